import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
function speakers(paras: string[]): { get(start: string): string | null | undefined } {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2024-03-02', paras)));
  return { get: (start) => quotes.find((q) => q.quote.startsWith(start))?.speaker };
}

it('gives "he said" to the name set off after a description when "retired" qualifies the rank before it', () => {
  const got = speakers([
    'The harbour board met in Bergen on Tuesday to discuss the new tariffs.',
    'Its longest-serving member, retired Rear Admiral Olav Brekke, 68, was unmoved. “We have heard this every spring,” he said.',
  ]);
  expect(got.get('We have heard')).toBe('Olav Brekke');
});

it('does the same for "former" before a capitalised title and the name', () => {
  const got = speakers([
    'Her predecessor at the ministry, former Deputy Minister Ragna Holm, disagreed. “The tariffs were overdue,” she said.',
  ]);
  expect(got.get('The tariffs were overdue')).toBe('Ragna Holm');
});
