import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { purposeWhatItCalled } from '../src/quotes/what-called.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]): Map<string, string | null> => speakersByOpening(paras, 'a', '2024-03-01');

it('reads "it" in a clause of purpose as the body the sentence opens with', () => {
  expect(purposeWhatItCalled('The Harbour Board of Valdor summoned a senior foreign diplomat on Thursday to protest against what it called "')).toBe('The Harbour Board of Valdor');
  // Another body between the verb and the "to" could be the "it": no reading.
  expect(purposeWhatItCalled('The Valdor Port Authority summoned the Dolmast Ferry Company on Thursday to protest against what it called "')).toBeNull();
  // A person opening the sentence is no "it".
  expect(purposeWhatItCalled('Jane Roe summoned a senior foreign diplomat on Thursday to protest against what it called "')).toBeNull();
  // Another clause between: no reading.
  expect(purposeWhatItCalled('The Valdor Port Authority met a diplomat who came to protest against what it called "')).toBeNull();
});

it('credits the partial quote of "to protest against what it called" to the body that opens the sentence', () => {
  const got = speakers([
    'The Harbour Board of Valdor summoned a senior foreign diplomat on Thursday to protest against what it called "reckless dredging" in the strait.',
    'The Valdor Port Authority summoned the Dolmast Ferry Company on Thursday to complain about what it called "idle berths" in the port.',
  ]);
  expect(got.get('reckless dredging')).toBe('the Harbour Board of Valdor');
  expect(got.get('idle berths')).toBeNull();
});
