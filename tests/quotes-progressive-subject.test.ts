import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-02');

it('gives "she says" to the full name before a verb in the progressive ("was reading the papers")', () => {
  const got = speakers([
    'Margit Sandvik was reading the morning papers in her kitchen in Tromsø when the ferry strike began. She is 71 and has seen strikes before.',
    '“Four of them,” she says, tapping the table. “Each one ended the same way.”',
  ]);
  expect(got.get('Four of them')).toBe('Margit Sandvik');
});

it('gives "he said" to a full name before "was" and a present participle, not before "was" and a noun in -ing', () => {
  const got = speakers([
    'Tomas Eklund was running the harbour office alone that winter.',
    '“Nobody else wanted the job,” he said.',
  ]);
  expect(got.get('Nobody else wanted')).toBe('Tomas Eklund');
  const other = speakers(['Harbour Spring was nothing like the old market.', '“It was a mistake,” he said.']);
  expect(other.get('It was a mistake')).toBeNull();
});
