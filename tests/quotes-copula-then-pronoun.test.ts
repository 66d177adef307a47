import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('a name said to be someone ("is a nurse") is the "she said" that opens the next sentence', () => {
  expect(speakerOf(['Mara Olsen is a nurse at the port clinic in Kelso. She said, "We need more beds before the winter."'], 'more beds')).toBe('Mara Olsen');
  expect(speakerOf(['Sen. Ivo Rask is the long shot of the county race. He told voters on Monday that he would "need every volunteer in Delmar."'], 'every volunteer')).toBe('Ivo Rask');
  expect(speakerOf(['Tomas Berg was the harbour master for a decade. He told reporters on Monday, "The cranes are older than I am."'], 'cranes are older')).toBe('Tomas Berg');
});

it('not one of the other sex, and not when the next sentence does not open on the pronoun saying something', () => {
  expect(speakerOf(['Mara Olsen is a nurse at the port clinic in Kelso. He said, "We need more beds before the winter."'], 'more beds')).not.toBe('Mara Olsen');
  expect(speakerOf(['Mara Olsen is a nurse at the port clinic in Kelso. The clinic has twelve beds. "We need more beds before the winter," she said.'], 'more beds')).toBeNull();
});
