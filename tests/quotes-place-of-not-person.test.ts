import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a name after a noun of place and "of" ("the port of Tarvik") is a
// place, not someone else a pronoun skipping over that sentence may mean.

describe('"the port of PLACE" in a sentence a pronoun reaches over', () => {
  const text = (place: string): string[] => [
    `Oskar Brenner, a former naval officer, takes the other road. His book is about ships, not men, and it opens in the port of ${place}. He writes that "the crates were loaded before the train left," a claim he supports with photographs.`,
  ];

  it('a place no lexicon knows after "the port of": the thread goes on to the one named', () => {
    expect(speakerOf(text('Tarvik'), 'the crates were loaded')).toBe('Oskar Brenner');
  });

  it('"the village of", "the island of" too', () => {
    const t = ['Oskar Brenner, a former naval officer, takes the other road. His book opens on the island of Sarnholm. He writes that "the crates were loaded before the train left," a claim he supports with photographs.'];
    expect(speakerOf(t, 'the crates were loaded')).toBe('Oskar Brenner');
  });

  it('a name of a person of the pronoun\'s sex in the sentence between still stops the thread', () => {
    const t = ['Oskar Brenner, a former naval officer, takes the other road. His book opens with a letter from Piet Tarvik. He writes that "the crates were loaded before the train left," a claim he supports with photographs.'];
    expect(speakerOf(t, 'the crates were loaded')).toBeNull();
  });
});
