import { describe, expect, it } from 'vitest';
import { isCompoundAdjective } from '../src/quotes/compound-adjective.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: a pronoun's credit reaching back over a
// sentence whose subject is a description holding a place made an adjective ("The Vessby-based pilot").
describe('NAME is no relation. The PLACE-based ROLE, who ..., thinks .... "...," he said.', () => {
  it('the place made an adjective is no rival to the man just named', () => {
    const got = speakersByQuote([
      'Jorun Falkvik, the harbour director, said nothing on Monday.',
      'Henrik Ostberg is no relation. The Vessby-based ferry pilot, who has crossed the sound for twenty years, thinks the council is late. "Everyone on the quay knew the ships were leaving," he said.',
    ]);
    expect(got.get('Everyone on the quay knew the ships were leaving')).toBe('Henrik Ostberg');
  });
});

describe('isCompoundAdjective', () => {
  it('reads a capitalised word with a tail of origin, not a hyphenated given name', () => {
    expect(isCompoundAdjective('Vessby-based')).toBe(true);
    expect(isCompoundAdjective('Kremlin-backed')).toBe(true);
    expect(isCompoundAdjective('Soviet-era')).toBe(true);
    expect(isCompoundAdjective('Un-jong')).toBe(false);
    expect(isCompoundAdjective('Vessby')).toBe(false);
  });
});
