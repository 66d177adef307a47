import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "One, a member of ..., said ..." after a sentence naming a group of officials,
// then '"...," the official said.', with another official described a paragraph before.
describe('"the official" after "One, a member of X, said" in the same paragraph is that one', () => {
  it('not the official of the paragraph before', () => {
    const paras = [
      'A Dutch official was more relaxed. The quotas would hold, the official said, and “nobody is cheating yet.”',
      'Worry runs deepest among officials who license exports. One, a member of the board that grants the permits, said the paperwork had doubled. “We are drowning in forms,” the official said.',
    ];
    expect(speakerOf(paras, 'drowning in forms')).toMatch(/member of the board/u);
  });
  it('another official brought on in the same paragraph leaves it to nobody', () => {
    const paras = [
      'A Dutch official was more relaxed. The quotas would hold, the official said, and “nobody is cheating yet.”',
      'A Belgian official said the rules were clear. One, a member of the board that grants the permits, said the paperwork had doubled. “We are drowning in forms,” the official said.',
    ];
    expect(speakerOf(paras, 'drowning in forms')).not.toMatch(/Dutch/u);
  });
});
