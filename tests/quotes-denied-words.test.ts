import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { deniedWords } from '../src/quotes/denied-words.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

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
