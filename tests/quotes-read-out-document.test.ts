import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: invented people and places.
describe('a message read out before a colon is its writer\'s, never the reader\'s', () => {
  it('gives the words to the one the letter is from', () => {
    expect(speakerOf(['Ben Arlow read out a letter from his neighbour Tom Hale: "The hedge is yours to cut."'], 'The hedge')).toBe('Tom Hale');
  });
  it('gives the words to the one the same sentence says sent the message', () => {
    const speaker = speakerOf(['Their mother, who the hosts say hears every show, texted Ava Brill during the recording, and Ava read the message out on air: "Tell Leo to stop it."'], 'Tell Leo');
    expect(speaker).toBe('Their mother');
  });
  it('leaves the words to no one when the writer goes untold', () => {
    expect(speakerOf(['Ben Arlow read the letter aloud: "Tell Sam to stop shouting."'], 'Tell Sam')).toBeNull();
  });
  it('still gives a reader his own letter', () => {
    expect(speakerOf(['Ben Arlow read out his own letter: "I will not stand again."'], 'I will not')).toBe('Ben Arlow');
  });
});
