import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

function speakers(paras: string[]): { get(start: string): string | null | undefined } {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2024-02-01', paras)));
  return { get: (start) => quotes.find((q) => q.quote.startsWith(start))?.speaker };
}

it('reads a name before a dash-set aside as the subject a later pronoun and bare surname mean', () => {
  const got = speakers([
    'Dr. Mehmet Arslan, a port historian in Trabzon, called the new ferry "a floating museum."',
    'The engineer Ece Arslan — no relation — was kinder. "The hull is sound," she said.',
    'Arslan added that the engines had "years left in them."',
  ]);
  expect(got.get('The hull is sound')).toBe('Ece Arslan');
  expect(got.get('years left')).toBe('Ece Arslan');
});

it('closes a name set off after a description at the first dash of an aside', () => {
  const got = speakers([
    'Dr. Mehmet Arslan, a port historian in Trabzon, called the new ferry "a floating museum."',
    'His namesake, the engineer Ece Arslan — a diver by training — was kinder. "The hull is sound," she said.',
  ]);
  expect(got.get('The hull is sound')).toBe('Ece Arslan');
});
