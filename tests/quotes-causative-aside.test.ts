import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a causative verb ("led", "prompted", "caused") brings its object to speak in
// the infinitive after it ("to state", "to say"); a clause of "which" or "who" set off after the object does not
// hide it: the object is the one speaking, not the sentence's subject.
const paper = (sentence: string): string[] => ['The Coastal Herald printed the leaked memo on Sunday.', sentence];

describe('"The question led the Almanac, which rarely comments on rivals, to state, "...""', () => {
  it('a body with a clause of "which" set off', () => {
    expect(speakerOf(paper('The question led the Harbour Almanac, which rarely comments on rivals, to state, "We have no view on the memo."'), 'no view')).toBe('the Harbour Almanac');
  });

  it('a person with a clause of "who" set off, "prompted ... to say"', () => {
    expect(speakerOf(paper('The leak prompted Mara Olsen, who edits the rival weekly, to say, "We would never print it."'), 'never print')).toBe('Mara Olsen');
  });

  it('as before: a role set off, and nothing set off', () => {
    expect(speakerOf(paper('The leak prompted Mara Olsen, the weekly\'s editor, to say, "We would never print it."'), 'never print')).toBe('Mara Olsen');
    expect(speakerOf(paper('The report caused the Harbour Ministry to declare, "We have no view on the memo."'), 'no view')).toBe('the Harbour Ministry');
  });
});
