import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): India's honorifics ("Shri", "Smt.") and the
// Indonesian forms of address ("Pak", "Bu") before a name are titles, not the name's first word, so "Shri Roe"
// or "Hendra said" after "Pak Hendra" is the person the text named in full.
describe('honorifics and forms of address before a name', () => {
  it('"Shri SURNAME said" is the one introduced as "Shri GIVEN SURNAME"', () => {
    const got = speakersByQuote([
      'Shri Devanand Kolhatkar, a member of the Rajpur municipal council, said the monsoon work had not begun.',
      '"The drains were promised in March and it is now September," Shri Kolhatkar said.',
    ]);
    expect(got.get('The drains were promised in March and it is now September')).toBe('Devanand Kolhatkar');
  });

  it('"Smt SURNAME" (no full stop) likewise', () => {
    const got = speakersByQuote([
      'Smt Kamini Deshpande, who chairs the Rajpur water board, spoke after him.',
      '"We will dig the drains ourselves if we must," Smt Deshpande said.',
    ]);
    expect(got.get('We will dig the drains ourselves if we must')).toBe('Kamini Deshpande');
  });

  it('"GIVEN said" after "Pak GIVEN" inside a quotation is the man named in full, not "Pak GIVEN"', () => {
    const got = speakersByQuote([
      'Hendra Wijaya, who sells rattan chairs in Pontianak, said orders from Perth had slowed.',
      'His wife, Lestari Puspita, keeps the accounts. "Pak Hendra works until midnight anyway," Lestari said.',
      '"Buyers in Perth have stopped writing to us," Hendra said.',
    ]);
    expect(got.get('Buyers in Perth have stopped writing to us')).toBe('Hendra Wijaya');
  });

  it('"GIVEN said" after "Bu GIVEN" inside a quotation is the woman named in full', () => {
    const got = speakersByQuote([
      'Kartika Anjani, a lecturer in law at a university in Malang, said the new rules were unclear.',
      'Her colleague, Yusuf Ramadhan, agreed. "Bu Kartika has read them more closely than anyone," he said.',
      '"Nobody in the ministry can tell me what a licence now costs," Kartika said.',
    ]);
    expect(got.get('Nobody in the ministry can tell me what a licence now costs')).toBe('Kartika Anjani');
  });

  it('a Korean family name "Pak" before a given name stays the name', () => {
    const got = speakersByQuote([
      'Pak Sol-hui, a defector who left Chongjin in 2011, said the markets there had changed.',
      '"Everyone sells something now," Pak said.',
    ]);
    expect(got.get('Everyone sells something now')).toBe('Pak Sol-hui');
  });
});
