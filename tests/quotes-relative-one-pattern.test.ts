// One pattern for "a relative clause closing on the quote's colon" (relative-speaker.ts's RELATIVE_COLON): the
// reader that undoes the main subject's credit and the reader that credits the antecedent read the same clause.
// Sentences and names invented for these tests.
import { describe, expect, it } from 'vitest';
import { relativeColonClause, relativeColonSpeaker, relativeSpeaker } from '../src/quotes/relative-speaker.ts';

describe('a relative clause closing on the colon', () => {
  it('is found at the same comma by both readers', () => {
    const before = 'Ines Marr wrote to Mayor Olek Brandt, who replied on Monday: ';
    expect(relativeColonClause(before)?.comma).toBe(before.indexOf(', who'));
    expect(relativeColonSpeaker(before)).toBe('Mayor Olek Brandt');
    expect(relativeSpeaker(before)).toBe('Mayor Olek Brandt');
  });
  it('credits the antecedent only when the clause is a verb of speech alone', () => {
    const before = 'Ines Marr met Olek Brandt, who later spoke to the board and said: ';
    expect(relativeColonClause(before)).not.toBeNull();
    expect(relativeColonSpeaker(before)).toBeNull();
  });
  it('with a name set off inside it, takes the antecedent of the last clause', () => {
    const before = 'Ines Marr went to Velden Hall, where the host, Olek Brandt, who said: ';
    expect(relativeColonClause(before)?.comma).toBe(before.indexOf(', where'));
    expect(relativeColonSpeaker(before)).toBe('Olek Brandt');
  });
});
