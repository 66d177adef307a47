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

// Two women of one surname, one brought in as the other's sister, and a plain "Ms Fenn said" with no role set off.
const chairCalled = ["The parish council's chair, Morag Fenn, opened the meeting on Tuesday. Ms Fenn said the roof needed work.", 'Her sister, Eilidh Fenn, runs a bakery on the square.'];

it('credits no one when the kin, named just before, may be set up to speak or only passed by', () => {
  expect(speakerOf([...opening, '"We will not close the library," Ms Fenn said.'], 'close the library')).toBeNull();
  expect(speakerOf([...chairCalled, '"We will not close the library," Ms Fenn said.'], 'close the library')).toBeNull();
});

it('goes on with the one the text called by title and surname before the kin was named', () => {
  expect(speakerOf([...chairCalled, 'The bakery opened in 1990.', '"We will not close the library," Ms Fenn said.'], 'close the library')).toBe('Morag Fenn');
});

it('credits no one when neither was called by title and surname before the kin was named', () => {
  expect(speakerOf([...opening, 'The bakery opened in 1990.', '"We will not close the library," Ms Fenn said.'], 'close the library')).toBeNull();
});

it('keeps the kin who spoke in the sentence just before', () => {
  expect(speakerOf([opening[0]!, 'Her sister, Eilidh Fenn, said trade had fallen. "We will not close the shop," Ms Fenn added.'], 'close the shop')).toBe('Eilidh Fenn');
});
