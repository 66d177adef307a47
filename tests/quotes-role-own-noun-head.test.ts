import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests: a role's own noun before its complement ("an archivist at the X
// Archive") is a head a later "the archivist" finds, though the lists of roles lack the noun.

describe('"the archivist" after "NAME, an archivist at BODY"', () => {
  it('a pronoun\'s sentence between, naming another, leaves the archivist the one meant', () => {
    const got = speakersByOpening([
      'Greta Lindholm, an archivist at the Northern Broadcast Archive, checked the full broadcast for us. "There is no Moon in the footage," Lindholm said.',
      'She said the closest Putin came to the subject was a remark about training. "He said it the way one says many things in principle," the archivist said.',
    ]);
    expect(got.get('He said it')).toBe('Greta Lindholm');
  });

});
