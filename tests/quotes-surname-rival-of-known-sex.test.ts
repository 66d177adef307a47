import { describe, it, expect } from 'vitest';
import { surnameOnlyRival } from '../src/quotes/surname-only-rival.ts';

// Sentences written for these tests. `ends` counts the full names the document gives ending in a word; `sexes`
// gives the sex of each person named in full with it by a first name the lists know.
describe('a surname alone as a rival of a pronoun', () => {
  const ends = (w: string): number => (['dahl', 'brekke', 'state'].includes(w) ? 1 : 0);
  it('counts one whose bearer may be of the pronoun\'s sex ("Marit Dahl" for a "she")', () => {
    const sexes = (w: string) => (w === 'dahl' ? (['f'] as const) : []);
    expect(surnameOnlyRival('Back to Professor Dahl in Tromso, who told Peter Quist she doubted it.', ['Peter Quist'], 'f', ends, sexes)).toBe(true);
  });
  it('counts none whose every bearer in full is of the other sex ("Tomas Brekke" for a "she")', () => {
    const sexes = (w: string) => (w === 'brekke' ? (['m'] as const) : []);
    expect(surnameOnlyRival('On Tuesday Ingrid Halvorsen thanked Piotr Lunde and mocked Brekke.', ['Ingrid Halvorsen', 'Piotr Lunde'], 'f', ends, sexes)).toBe(false);
  });
  it('counts no word that ends no person\'s full name ("Secretary of State")', () => {
    const sexes = (): readonly ('m' | 'f' | null)[] => [];
    expect(surnameOnlyRival('But the other candidate, former Secretary of State Ingrid Halvorsen, drew a contrast.', ['Ingrid Halvorsen'], 'f', ends, sexes)).toBe(false);
  });
});
