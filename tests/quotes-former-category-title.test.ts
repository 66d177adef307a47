import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented people and yards.
function speakerOf(paragraphs: string[], words: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2024-05-02', paragraphs))).quotes.find((x) => x.quote.includes(words));
  return q?.speaker ?? null;
}

it('does not give "the former lawmaker" to one titled "Rep." now', () => {
  const text = ['Rep. Orla Quenby met Tavo Rennick, a former lawmaker who now sells boats, on Friday.', '"The tax will kill the yards," the former lawmaker said.'];
  expect(speakerOf(text, 'The tax will kill the yards')).not.toBe('Orla Quenby');
});

it('does not give "the former lawmaker" to one titled "Senator" now', () => {
  const text = ['Senator Orla Quenby met Tavo Rennick on Friday.', '"The tax will kill the yards," the former lawmaker said.'];
  expect(speakerOf(text, 'The tax will kill the yards')).not.toBe('Orla Quenby');
});

it('still gives "the lawmaker" to one titled "Senator" now', () => {
  const text = ['Senator Orla Quenby met Tavo Rennick on Friday.', '"The tax will kill the yards," the lawmaker said.'];
  expect(speakerOf(text, 'The tax will kill the yards')).toBe('Orla Quenby');
});
