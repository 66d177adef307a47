import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { possessivePronounWords } from '../src/quotes/possessive-pronoun-words.ts';

// Passages written for these tests: a report and a transcript turn, invented people.
describe('`His line then was "..."` after the one it means', () => {
  it('gives the words to the man of the sentence before', () => {
    expect(speakerOf(['Tom Hale said the same about the ferries last year. His line then was "We have nothing to hide."'], 'nothing to hide')).toBe('Tom Hale');
  });
  it('gives "Her answer was: "..."" to the woman of the sentence before', () => {
    expect(speakerOf(['Ann Roe was asked whether the port would close. Her answer was: "Not this year."'], 'Not this year')).toBe('Ann Roe');
  });
  it('in a transcript turn, gives the words to the one the turn names', () => {
    const paras = ['ANALYST (JO PARK): It is what they always say. Tom Hale said the same about the ferries last year. His line then was "We have nothing to hide." That turned out to be generous.'];
    expect(speakerOf(paras, 'nothing to hide')).toBe('Tom Hale');
  });
});

describe('possessivePronounWords', () => {
  it('reads "His line then was", "Her reply was simply"', () => {
    expect(possessivePronounWords('His line then was ')).toBe('he');
    expect(possessivePronounWords('Her reply was simply ')).toBe('she');
  });
  it('not a name given: "His nickname was"', () => {
    expect(possessivePronounWords('His nickname was ')).toBeNull();
  });
});
