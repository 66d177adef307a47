import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a second "that" clause of a pronoun's state after one with a named speaker.
describe('"X said that Y had called him "..." and that he was "..."": the state is the main subject\'s words', () => {
  it('gives the second quote to the one reporting, not the one named in the first clause', () => {
    const paras = ['Councillor Corin Vass said that Councillor Hedda Krohn had called him "a liar" and that he was "deeply hurt".'];
    expect(speakerOf(paras, 'a liar')).toBe('Hedda Krohn');
    expect(speakerOf(paras, 'deeply hurt')).not.toBe('Hedda Krohn');
  });
  it('so for a "she" and a first clause with no quote', () => {
    const paras = ['Councillor Corin Vass said that Hedda Krohn had been unfair and that she was "a disgrace".'];
    expect(speakerOf(paras, 'a disgrace')).not.toBe('Hedda Krohn');
  });
});
