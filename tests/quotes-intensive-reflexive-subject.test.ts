import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: "herself"/"himself" after a subject's full name or description only stresses
// it; after a bare surname it is left alone, as a namesake of the other sex may share that surname.
describe('an intensive reflexive after the subject', () => {
  it('`..., and Mara Olsen herself, asked how it felt, said only: "..."` is Olsen\'s', () => {
    const paras = ['The second goal came from substitute Mara Olsen, who headed in a corner. Her coach called it “a gift,” and Mara Olsen herself, asked how it felt, said only: “Very good.”'];
    expect(speakerOf(paras, 'Very good')).toBe('Mara Olsen');
  });
  it('reads the phrase before the reflexive', () => {
    expect(parseSpeakerPhrase('the captain himself')).toMatchObject({ type: 'description', head: 'captain' });
    expect(parseSpeakerPhrase('Jon Dahl himself')).toMatchObject({ type: 'name', name: 'Jon Dahl' });
  });
  it('leaves a bare surname with a reflexive unread', () => {
    const paras = ['Coach Jon Dahl watched from the bench.', 'The winner came from substitute Mara Dahl. Dahl himself, asked how it felt, said only: “Very good.”'];
    expect(speakerOf(paras, 'Very good')).toBeNull();
  });
});
