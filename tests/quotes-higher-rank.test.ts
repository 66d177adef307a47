import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { higherRankOnly } from '../src/quotes/office-rank.ts';

// Sentences and names written for these tests: a foreign minister is named, then a deputy minister whose office
// the reading cannot tie to his name; "the deputy minister" is never the foreign minister.

describe('a description naming a lower rank does not fit one who holds only the higher office', () => {
  it('the rule', () => {
    expect(higherRankOnly(['Foreign Minister'], 'the deputy minister', 'minister')).toBe(true);
    expect(higherRankOnly(['Deputy Foreign Minister'], 'the deputy minister', 'minister')).toBe(false);
    expect(higherRankOnly([], 'the deputy minister', 'minister')).toBe(false);
    expect(higherRankOnly(['Foreign Minister'], 'the minister', 'minister')).toBe(false);
  });

  it('"Foreign Minister NAME ... ¶ ... told AGENCY .... "...," the deputy minister said." is not the foreign minister', () => {
    const text = [
      'Foreign Minister Arvo Kessel, who took part in the talks, told journalists that Velmar would keep "all its promises".',
      'Aldo Brisk, a deputy head of the ports office who travelled with the delegation, told the agency that a ferry line had been discussed. "The pier is the weak point. We will propose a working group on it," the deputy minister said.',
    ];
    expect(speakerOf(text, 'The pier is the weak point')).not.toBe('Arvo Kessel');
  });
});
