import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { introducedObject } from '../src/quotes/introduced-object.ts';

// A man brought in as an object, his name set off after a word of kin or a verb, his role and a "who" clause of
// what he did after it, is the "he" of the quote that follows, not the man quoted before.
it('gives the "he" after an object brought in with a role and a who-clause to him', () => {
  for (const lead of ["That did not satisfy Belova's son, Igor Belov, a taxi driver, who stood up.", 'That did not satisfy Igor Belov, a taxi driver, who stood up.']) {
    const got = speakersByQuote([
      'Anna Belova, 71, was the first to speak at the meeting in the town hall.',
      '"We were never told," said Piotr Varga, the mayor. "Nobody came to us."',
      `${lead} "Nobody came, nobody came," he repeated. "So you knew?"`,
    ]);
    expect(got.get('Nobody came, nobody came'), lead).toBe('Igor Belov');
    expect(got.get('So you knew?'), lead).toBe('Igor Belov');
  }
});

it('brings no one in when the who-clause names someone else', () => {
  expect(introducedObject('That did not satisfy Igor Belov, a taxi driver, who stood up beside Ivo Brandt.')).toBeNull();
  expect(introducedObject("That did not satisfy Belova's son, Igor Belov, a taxi driver, who stood up.")).toEqual({ name: 'Igor Belov', role: 'a taxi driver' });
});
