import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented names): the German "so" of citation set off by commas right after the
// clause's copula, the predicate going on with the noun phrase that holds the quote, credits the one it names.
describe('"It was, so the BODY, a meeting "...""', () => {
  it('credits the body or person named after "so"', () => {
    expect(speakerOf(['It was, so the Harbour Board, a meeting "of old friends", and nobody disagreed.'], 'old friends')).toBe('the Harbour Board');
    expect(speakerOf(['It was, so Ivo Lind, a meeting "of old friends".'], 'old friends')).toBe('Ivo Lind');
  });

  it('leaves the conjunction "so" after another verb alone', () => {
    expect(speakerOf(['It rained, so the Harbour Board, a cautious body, cancelled the "great parade".'], 'great parade')).toBeNull();
  });
});
