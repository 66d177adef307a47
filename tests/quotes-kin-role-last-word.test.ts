import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: 'NAME1 ... ¶ His brother NAME2, a retired colonel, disagrees. "...,"
// the colonel said. ¶ His brother, the professor, had the last word: "..."': the one brought in as "his brother" who
// spoke last is "he", so his brother is the other (no one is his own brother); and a description had the last word.

const first = 'Arno Pellek, a professor of history in Brevik, calls it a turning point. "It is a turning point," Pellek said.';
const second = 'His brother Tomas Pellek, a retired colonel, disagrees. "Nothing changes," the colonel said.';

describe('"his brother" right after the brother himself spoke', () => {
  it('"His brother said:" is the one whose brother he was brought in as, not himself', () => {
    expect(speakerOf([first, second, 'His brother said: "None of this will matter in ten years."'], 'ten years')).toBe('Arno Pellek');
  });
  it('so when he was brought in by his given name alone', () => {
    const given = 'His brother Tomas, a retired colonel, disagrees. "Nothing changes," the colonel said.';
    expect(speakerOf([first, given, 'His brother said: "None of this will matter in ten years."'], 'ten years')).toBe('Arno Pellek');
  });
});

describe('a description that "had the last word" before a colon', () => {
  it('a word of kin with a role set off: the brother', () => {
    expect(speakerOf([first, second, 'His brother, the professor, had the last word, as professors tend to: "None of this will matter in ten years."'], 'ten years')).toBe('Arno Pellek');
  });
  it('"The professor had the last word:": the professor named before', () => {
    expect(speakerOf([first, second, 'The professor had the last word: "None of this will matter in ten years."'], 'ten years')).toBe('Arno Pellek');
  });
});
