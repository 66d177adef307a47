import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

const opening = ["The parish council's chair, Morag Fenn, opened the meeting on Tuesday.", 'Her sister, Eilidh Fenn, runs a bakery on the square.'];

it('lets a role set off with a title and surname tell which of two namesakes, one brought in as kin, speaks', () => {
  expect(speakerOf([...opening, 'Its chair, Ms Fenn, said: "We will not close the library."'], 'close the library')).toBe('Morag Fenn');
  expect(speakerOf([...opening, '"We will not close the library," said Ms Fenn, the chair.'], 'close the library')).toBe('Morag Fenn');
});

it('credits no one when the role set off was given to neither namesake', () => {
  expect(speakerOf([...opening, 'Its treasurer, Ms Fenn, said: "We will not close the library."'], 'close the library')).toBeNull();
});

it('keeps a title for the one namesake of its sex', () => {
  const paras = ['At the Lark Cafe, Nell Varga and her husband, Tibor Varga, have served walkers for years.', '"The path floods every spring," said Mr. Varga, who grew up in the valley.'];
  expect(speakerOf(paras, 'path floods')).toBe('Tibor Varga');
});
