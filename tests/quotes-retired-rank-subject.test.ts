import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-02');

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
