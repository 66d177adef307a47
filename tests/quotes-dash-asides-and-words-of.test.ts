import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('credits the owner of "in the words of NAME" closing the sentence after the quote', () => {
  const got = speakers(['Inspectors had warned that the dredging was "far behind schedule", in the words of harbour spokeswoman Tilde Varn.']);
  expect(got.get('far behind schedule')).toBe('Tilde Varn');
});

it('reads a subject past an aside set off by a pair of dashes before its verb of saying', () => {
  const got = speakers([
    'A senior customs officer — speaking under a promise of secrecy to discuss the audit — said the board had "no reason to doubt" the tallies.',
    'Harbour master Kai Lunde — who has run the quay for a decade — said the cracks were "nothing new."',
  ]);
  expect(got.get('no reason to doubt')).toBe('a senior customs officer');
  expect(got.get('nothing new')).toBe('Kai Lunde');
});

it('credits a digest line that names the speaker, then a dash, then the words', () => {
  const got = speakers([
    'What the council said',
    '- Councillor Emre Dost — "This is a failure of planning, full stop."',
    '- The report — "Repairs must begin before the storms."',
  ]);
  expect(got.get('This is a failure')).toBe('Emre Dost');
  expect(got.get('Repairs must begin')).toBeFalsy();
});

it('credits no one for a digest line that lists a work by its maker: a title in quotation marks is no one\'s words', () => {
  const got = speakers([
    'New on the shelves',
    'Oskar Venn — "The Tin Lantern" (Harrow Press, 2022), a novel of the northern mines.',
    'Greta Moll — "Come Back to the Harbour"',
    'Ilse Brandt — "We should have built the sea wall twenty years ago."',
  ]);
  expect(got.get('The Tin Lantern')).toBeFalsy();
  expect(got.get('Come Back to the Harbour')).toBeFalsy();
  expect(got.get('We should have built')).toBe('Ilse Brandt');
});

it('reads "As NAME put it last year:" past "last", which is no verb there', () => {
  const got = speakers(['As our editor, Noor Lasko, put it last spring: "We weigh the facts, never the feelings."']);
  expect(got.get('We weigh the facts')).toBe('Noor Lasko');
});

it('reads "The engineer, asked about that view, shrugged:" as the engineer answering, past the participle of asking', () => {
  const got = speakers([
    '"We saw the flood coming," said a senior river commission engineer, speaking on condition of anonymity.',
    'The engineer, asked about the new forecast, shrugged: "Slow leaks still drown cattle."',
  ]);
  expect(got.get('Slow leaks')).toBe('a senior river commission engineer');
});

it('a name set off inside the participle of asking is what was asked about, not the speaker', () => {
  const got = speakers([
    'The goalkeeper, asked about his captain, Ruben Sall, said: "He carries us."',
    'The skipper, pressed on the new rules, Article 9 and Article 12, replied: "We will cope."',
  ]);
  expect(got.get('He carries us')).not.toBe('Ruben Sall');
});
