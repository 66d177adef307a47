import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a kin description with an age set off after it ("His sister, 38, laughed
// at that.") opens the sentence before '"...," she said.' right after the relation's other side spoke; the text
// brought the two in as kin from the other side ("her brother Emil"), so the words are hers.
const passage = (kin: string): string[] => [
  'In the harbour town, the broker Mara Olsen runs a small office with her brother Emil, who handles insurance.',
  '"Honestly, I think it changes nothing for us," Mara Olsen said.',
  'Her brother shook his head. "She is wrong, and she knows it," Emil Olsen said. "The clubs read the news."',
  'Olsen, 41, said two of his clients had received letters from their club. "They want a signature on paper," he said.',
  `${kin} laughed at that. "A signature is exactly what costs nothing," she said.`,
];

describe('"His sister, 38, laughed" before "she said"', () => {
  it('the age set off is no name: the sister the text brought in speaks', () => {
    expect(speakerOf(passage('His sister, 38,'), 'costs nothing')).toBe('Mara Olsen');
  });

  it('as without the age', () => {
    expect(speakerOf(passage('His sister'), 'costs nothing')).toBe('Mara Olsen');
  });
});
