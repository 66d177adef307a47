import { expect, it } from 'vitest';
import { deniedWords } from '../src/quotes/denied-words.ts';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits nobody with words the sentence says were denied', () => {
  const got = speakers([
    'Senator Ruth Calder faced questions on Monday about a leaked recording.',
    'Calder denied saying the governor was "a coward".',
    'She also denied ever calling the plan "a scam", and rejected claims that she had described voters as "sheep".',
    'Calder said the recording was "doctored".',
  ]);
  expect(got.get('a coward')).toBeNull();
  expect(got.get('a scam')).toBeNull();
  expect(got.get('sheep')).toBeNull();
  expect(got.get('doctored')).toBe('Ruth Calder');
});

it('reads a denial only before the quote, not a plain saying', () => {
  expect(deniedWords('Calder denied having said that the port was ')).toBe(true);
  expect(deniedWords('He disputed reports that he had told aides the deal was ')).toBe(true);
  expect(deniedWords('Calder said the port was ')).toBe(false);
  expect(deniedWords('Calder denied the report, saying it was ')).toBe(false);
});
