import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { isSpeechVerb } from '../src/quotes/attribution.ts';

// Passages written for this test (invented bodies and places): live-blog items in the present tense, where a
// spokesperson "repeats:" or "reiterates:" words, as "adds:" does.
describe('"repeats:" and "reiterates:" as verbs of saying', () => {
  it('credits the one described before the colon', () => {
    const by = speakersByOpening(['A port authority spokesperson in Velmar, asked twice, repeats: "We have nothing further at this hour."']);
    expect(by.get('We have nothing')).toBe('a port authority spokesperson in Velmar');
  });
  it('knows the present tense of both', () => {
    expect(isSpeechVerb('repeats')).toBe(true);
    expect(isSpeechVerb('reiterates')).toBe(true);
  });
});
