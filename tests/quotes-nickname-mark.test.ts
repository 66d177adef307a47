import { describe, expect, it } from 'vitest';
import { speakerOf, speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people): a nickname in quotation marks between a given name and a
// surname ('Capt. Rolando "Dodong" Ferrer') is part of the name, not a quote, and not a break in it.
describe('a nickname in quotation marks inside a name', () => {
  const paragraphs = [
    'Capt. Rolando "Dodong" Ferrer, 58, master of a tanker on the northern run, said his crew was worried.',
    '"The boys ask me every night whether we will be paid," Ferrer said by phone.',
    'In Tarlac, his sister, Imelda Ferrer, said she watched the news every evening. "I pray for him," she said.',
  ];
  it('the bare surname after it is the man named with the nickname, not the later namesake', () => {
    expect(speakerOf(paragraphs, 'The boys ask me')).toBe('Rolando Ferrer');
  });
  it('the nickname is no quote of anyone', () => {
    expect(speakersByQuote(paragraphs).has('Dodong')).toBe(false);
  });
  it('a quoted word between capitalised words that do not open on a given name is left a quote', () => {
    const text = ['The ferry line renamed its boat the Northern "Gull" Express last spring, Mara Olsen said.'];
    expect(speakersByQuote(text).has('Gull')).toBe(true);
  });
});
