import { describe, it, expect } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests: "It said" after a body the sentence before named or described as its subject.
describe('"It said" for the body the sentence before opens with', () => {
  it('a named body: "The Harbour Families\' Council, which ..., issued a statement ... It said ..."', () => {
    const read = quoteOpeningWith(['The Harbour Families\' Council, which Tom Hale\'s father founded, issued a statement calling on the town not to let the pier be "forgotten". It said the closure made talks "more necessary, not less".']);
    expect(read.get('more necessary')).toEqual({ speaker: "the Harbour Families' Council", kind: 'organisation' });
  });
  it('a body described: "The town council closed the pier. It said ..."', () => {
    const read = quoteOpeningWith(['The town council voted on Tuesday to close the old ferry pier. It said in a statement that the pier was "no longer safe for anyone."']);
    expect(read.get('no longer safe')).toEqual({ speaker: 'the town council', kind: 'organisation' });
  });
  it('is the subject, not the object, when the sentence before names two bodies (as with names)', () => {
    const read = quoteOpeningWith(['The town council met the harbour board on Tuesday to discuss the pier. It said in a statement that the pier was "no longer safe for anyone."']);
    expect(read.get('no longer safe').speaker).toBe('the town council');
  });
  it('is no one when a person opens the sentence before', () => {
    const read = quoteOpeningWith(['Mayor Ivo Sand told the town council on Tuesday to close the pier. It said in a statement that the pier was "no longer safe for anyone."']);
    expect(read.get('no longer safe').speaker ?? null).toBeNull();
  });
});
