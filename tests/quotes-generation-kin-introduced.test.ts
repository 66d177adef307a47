import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented family): "the elder X" right after the paragraph that brought in a
// bearer of X by a word of kin of that generation ("The pilot's father, NAME, 70,") is that bearer, though two
// others of the family spoke before him.
describe('"the elder X" after a parent brought in by a word of kin, in a family of four', () => {
  const paras = [
    'HARBOURTON. Mira Halvorsen, 14, had trained for the regatta since May. "They called it off at dawn," Mira said.',
    'Her father, pilot Tomas Halvorsen, is flying a cargo route this month. Her mother, Agnes Halvorsen, teaches music.',
    '"Tomas phoned us from the airfield on Sunday," Agnes Halvorsen said.',
    'The pilot\'s father, Ivar Halvorsen, 70, worked the harbour cranes for forty years before he retired.',
    '"In my day the regatta was never called off, not even for a king," the elder Halvorsen said.',
  ];
  it('the father brought in by "The pilot\'s father," not the mother who spoke before', () => {
    expect(speakerOf(paras, 'not even for a king')).toBe('Ivar Halvorsen');
  });
  it('"the younger X" after a daughter brought in by "Her daughter,"', () => {
    const younger = [
      ...paras.slice(0, 3),
      'Agnes Halvorsen\'s daughter, Lotte Halvorsen, 9, sat on the stairs with a kite.',
      '"I wanted to see the boats," the younger Halvorsen said.',
    ];
    expect(speakerOf(younger, 'see the boats')).toBe('Lotte Halvorsen');
  });
  it('not when the word of kin is of the other generation', () => {
    const other = [
      ...paras.slice(0, 3),
      'Agnes Halvorsen\'s daughter, Lotte Halvorsen, 9, sat on the stairs with a kite.',
      '"In my day the regatta was never called off," the elder Halvorsen said.',
    ];
    expect(speakerOf(other, 'never called off')).not.toBe('Lotte Halvorsen');
  });
});
