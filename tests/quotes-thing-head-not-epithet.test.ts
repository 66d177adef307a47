import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented people, forum and harbour.
function speakerOf(paragraphs: string[], words: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2024-05-02', paragraphs))).quotes.find((x) => x.quote.includes(words));
  return q?.speaker ?? null;
}

it('does not read "the top comment" after a fronted phrase as the one who opened the sentence before', () => {
  const text = ['Orla Quenby posted her objection on Monday. On the thread about the Vessby harbour deal, the top comment reads: "Sold for a song."'];
  expect(speakerOf(text, 'Sold for a song')).not.toBe('Orla Quenby');
});

it('does not read "the top comment" opening its sentence as the one who opened the sentence before', () => {
  const text = ['Orla Quenby posted her objection on Monday. The top comment reads: "Sold for a song."'];
  expect(speakerOf(text, 'Sold for a song')).not.toBe('Orla Quenby');
});

it('still reads a fresh epithet of a person as the subject just before', () => {
  const text = ['Orla Quenby walked into the hall. "We are done here," the veteran said.'];
  expect(speakerOf(text, 'We are done here')).toBe('Orla Quenby');
});
