import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

function speakers(paras: string[]): { get(start: string): string | null | undefined } {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2024-02-01', paras)));
  return { get: (start) => quotes.find((q) => q.quote.startsWith(start))?.speaker };
}

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
