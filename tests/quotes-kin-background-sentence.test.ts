import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people, places and institutes): a relative brought in as
// "Her father, NAME2 SURNAME," in a sentence that only tells what he was, then '"...," SURNAME writes/said/argues'.
// Such a sentence is background on the one the text is about, not a set-up for the relative to speak: the bare
// surname is not his (news style keeps it for the one named first; the engine gives no one rather than guess).

const setUp = (given: string, verb: string): string[] => [
  `${given} Lind, an analyst at the Nordhavn Institute, studies the region.`,
  `Her father, Ove Lind, was a diplomat in Seoul for twenty years. "The border will stay quiet this winter," Lind ${verb}.`,
];

for (const verb of ['writes', 'said', 'argues']) {
  for (const given of ['Mara', 'Anna']) {
    it(`does not give "Lind ${verb}" to the father whose sentence only told what he was (${given})`, () => {
      expect(speakerOf(setUp(given, verb), 'The border will stay')).not.toBe('Ove Lind');
    });
  }
}

it('still gives it to the relative whose sentence set him up to speak', () => {
  const paras = [
    'Anna Lind, an analyst at the Nordhavn Institute, studies the region.',
    'Her father, Ove Lind, was more blunt. "The border will stay quiet this winter," Lind said.',
  ];
  expect(speakerOf(paras, 'The border will stay')).toBe('Ove Lind');
});
