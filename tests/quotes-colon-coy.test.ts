import { describe, expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests: a copula before a colon that says how the subject spoke ("was
// coy", "was evasive", "was guarded", "was more sober") makes the subject the speaker of the full sentence quoted
// after the colon, as "was blunt" does.

describe('"NAME, asked ..., was coy: ..."', () => {
  it('"was coy" after a participle of being asked', () => {
    const text = ['Oskar Velling, asked by reporters whether the ferry line would be sold, was coy: "There are many offers, and we read all of them."'];
    expect(speakersByOpening(text).get('There are many')).toBe('Oskar Velling');
  });

  it('"was evasive" and "was more sober"', () => {
    expect(speakersByOpening(['Ilse Marrow was evasive: "We will see in the spring."']).get('We will see')).toBe('Ilse Marrow');
    expect(speakersByOpening(['Tomas Brell was more sober: "Nothing is signed."']).get('Nothing is signed.')).toBe('Tomas Brell');
  });
});
