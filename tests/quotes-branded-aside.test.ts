import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2025-05-01');

it('credits "branded" past an aside set off after the subject, as "called" is', () => {
  const got = speakers([
    'The fishing talks in Vessby ended on Friday.',
    'A spokesman for the Valdorian Ministry of Fisheries, in a press statement issued on May 4, branded the reaction of Kessland "a nervous fit of the rival fleets."',
  ]);
  expect(got.get('a nervous fit')).toBe('a spokesman for the Valdorian Ministry of Fisheries');
});

it('gives a second verb joined by "and" before a colon the described subject named with its body', () => {
  const got = speakers([
    'The fishing talks in Vessby ended on Friday.',
    'A spokesman for the Valdorian Ministry of Fisheries, in a press statement, branded the reaction "a tired fit" and said: "Kessland had better keep its boats at home."',
  ]);
  expect(got.get('a tired fit')).toBe('a spokesman for the Valdorian Ministry of Fisheries');
  expect(got.get('Kessland had better')).toBe('a spokesman for the Valdorian Ministry of Fisheries');
});
