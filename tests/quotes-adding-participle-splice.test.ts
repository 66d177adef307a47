import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a sentence that is only a participle of going on speaking
// ("Adding,", "Continuing:") and a quote has no subject of its own; it goes on from the one credited by name in
// the sentence before, as a connective's splice ("Instead, "..."") does.

describe('"NAME said X "...". Adding, "..."', () => {
  it('goes on from the one named in the sentence before', () => {
    const text = ['Late in the broadcast, Ilse Marrow said of the ferry affair that the audit "was not good." Adding, "Now, as with all their plans, the idea is never that bad. It is how they handle it."'];
    expect(speakerOf(text, 'never that bad')).toBe('Ilse Marrow');
  });

  it('"Continuing:" after a full quote credited by name', () => {
    const plain = ['"The pier has to be rebuilt before winter," Oskar Velling said. Continuing: "We cannot ask the fishermen to wait another year."'];
    expect(speakerOf(plain, 'ask the fishermen')).toBe('Oskar Velling');
  });

  it('not after words put to someone named, nor after a pronoun credit', () => {
    expect(speakerOf(['"The audit was poor," Brell told Ilse Marrow. Adding, "Now, the idea is never that bad."'], 'never that bad')).toBe(null);
    expect(speakerOf(['"The audit was poor," he said. Adding, "Now, the idea is never that bad."'], 'never that bad')).toBe(null);
  });

  it('not a participle with words of its own ("Adding that ...")', () => {
    expect(speakerOf(['Ilse Marrow said the audit "was not good." Adding that Brell disagreed, "The idea is never that bad."'], 'never that bad')).toBe(null);
  });
});
