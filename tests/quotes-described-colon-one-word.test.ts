import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a one-word name set off after a description of a person, then a copula of
// how they spoke and a colon.
describe('"His wife, NAME, was blunter: "..."" with a one-word name', () => {
  const before = 'Herder Bat Tumur, 55, who keeps goats near the border, watched the news on his phone. "Nobody tells us anything," he said, grinning.';
  it('credits a given name the reading has not met', () => {
    expect(speakerOf([`${before} His wife, Oyuna, was blunter: "Let them build bridges. We need a road."`], 'Let them')).toBe('Oyuna');
  });
  it('credits a given name with a patronymic initial written close up', () => {
    expect(speakerOf([`${before} His wife, T.Oyuna, was blunter: "Let them build bridges. We need a road."`], 'Let them')).toBe('T.Oyuna');
  });
  it('does not make a person of a word set off after a description of a thing', () => {
    expect(speakerOf([`${before} His favourite paper, Vestbladet, was blunter: "Let them build bridges. We need a road."`], 'Let them')).not.toBe('Vestbladet');
  });
});

describe('"His wife, NAME, was blunter." then the quote alone, with a one-word name', () => {
  const before = 'Herder Bat Tumur, 55, who keeps goats near the border, watched the news on his phone. "Nobody tells us anything," he said, grinning.';
  it('is the wife\'s, not a continuation of her husband\'s words', () => {
    expect(speakerOf([`${before} His wife, Oyuna, was blunter. "Let them build bridges. We need a road."`], 'Let them')).toBe('Oyuna');
    expect(speakerOf([`${before} His wife, T.Oyuna, was blunter. "Let them build bridges. We need a road."`], 'Let them')).toBe('T.Oyuna');
  });
  it('keeps the husband\'s when the word set off is no person\'s: his paper', () => {
    expect(speakerOf([`${before} His favourite paper, Vestbladet, was blunter. "Let them build bridges. We need a road."`], 'Let them')).not.toBe('Vestbladet');
  });
});
