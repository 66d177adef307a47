import { expect, it } from 'vitest';
import { speakersByWholeQuote } from './helpers/quotes.ts';

/** Each quote's words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByWholeQuote(paras, 'p', '2025-05-01');

it('gives the quote to the person before a contact clause, not the place inside it', () => {
  const got = speakers([
    'A Norwegian harbour master I met in Tromsø called the new quay "a monument to optimism".',
    'An engineer we interviewed at the yard in Gdansk said the hull was "sound enough".',
    'A spokesman for the ferry line whom I reached on Friday described the timetable as "provisional".',
  ]);
  expect(got.get('a monument to optimism')).toBe('a Norwegian harbour master');
  expect(got.get('sound enough')).toBe('an engineer');
  expect(got.get('provisional')).toBe('a spokesman for the ferry line');
});

it('credits no one when the contact clause follows a word for many people', () => {
  const got = speakers(['Everyone I spoke to in Tromsø called the quay "a waste".']);
  expect(got.get('a waste')).toBeNull();
});
