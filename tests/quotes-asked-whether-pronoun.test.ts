import { expect, it } from 'vitest';
import { speakersByWholeQuote } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByWholeQuote(paras, 'p', '2024-05-06');

// "X asked Y whether ... "...," he said.": the words after a question put are most often the answer, and the one
// asked may be of the pronoun's gender; the asker is not the only one "he" may mean, so no one is credited.
it('credits no one with "he said" right after one man asked another whether', () => {
  const got = speakers([
    'Clinic records released in June showed the councillor was fit to serve.',
    'Last week, the Fenwick Courier’s Tom Hale asked Orrin Vask whether questions about his age were fair game in the race. “Sure it is. I have not missed a single council meeting,” he said.',
  ]);
  expect(got.has('Sure it is. I have not missed a single council meeting')).toBe(true);
  expect(got.get('Sure it is. I have not missed a single council meeting')).toBeFalsy();
});

it('still credits the asker when the one asked is of the other gender', () => {
  const got = speakers([
    'Tom Hale asked Anna Vask whether the budget would pass. “I doubt it,” he said.',
  ]);
  expect(got.get('I doubt it')).toBe('Tom Hale');
});
