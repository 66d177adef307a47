import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a two-word Chinese name written family name first, whose family
// name the English first-name lists also hold as a man's given name, tells no sex; a "she" after it is hers.

describe('a Chinese name, family name first, whose family name an English list holds as a given name', () => {
  it('"NAME, a professor ..., said ... \\"...\\"" then "\\"...,\\" she said": the woman named', () => {
    const text = [
      'Wang Suyin, a lecturer at Lakeside Normal University, said the reaction showed "an old habit" in some ministries.',
      '"Whenever two neighbours talk, someone calls it a plot," she said. "That is not serious analysis."',
    ];
    expect(speakerOf(text, 'Whenever two neighbours')).toBe('Wang Suyin');
  });

  it('after a man of the same family name, "she" goes to the woman named last', () => {
    const text = [
      'Wang Jiemin, a fellow at the Riverside Institute, said the visit was "routine."',
      '"The border has always been busy," he said.',
      'Wang Suyin, a lecturer at Lakeside Normal University, said the reaction showed "an old habit" in some ministries.',
      '"Whenever two neighbours talk, someone calls it a plot," she said.',
    ];
    expect(speakerOf(text, 'The border has always')).toBe('Wang Jiemin');
    expect(speakerOf(text, 'Whenever two neighbours')).toBe('Wang Suyin');
  });
});
