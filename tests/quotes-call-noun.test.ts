import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { endsInCallNoun } from '../src/quotes/call-noun.ts';

// Passages written for these tests: a wire report and a transcript, invented people.
describe('"on a call," before a quote', () => {
  it('`NAME said on a call, "..."` is the words of the one named', () => {
    expect(speakerOf(['Tom Hale said on a call, "We will not hesitate to act."'], 'We will not hesitate')).toBe('Tom Hale');
  });
  it('`a senior official told reporters on a phone call, "..."` is the official\'s', () => {
    expect(speakerOf(['The ministry has been blunt. A senior official told reporters on a phone call, "Every tool is on the table."'], 'Every tool')).toBe('a senior official');
  });
  it('leaves a term after the verb "call" to no one', () => {
    expect(speakerOf(['Tom Hale lives near the quarry, which locals call "the Pit".'], 'the Pit')).toBeNull();
  });
});

describe('endsInCallNoun', () => {
  it('reads "call" after a determiner or a kind of call as a noun', () => {
    expect(endsInCallNoun('told reporters on a call, "')).toBe(true);
    expect(endsInCallNoun('said in a conference call: ')).toBe(true);
  });
  it('not the verb after a subject', () => {
    expect(endsInCallNoun('what locals call "')).toBe(false);
    expect(endsInCallNoun('which critics call ')).toBe(false);
  });
});
