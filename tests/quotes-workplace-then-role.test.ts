import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people, places and bodies: where a person works, a body in
// capitals after "of" (and perhaps its town), may stand between the name and the role set off after it; the role
// is still the person's, for a later description.
describe('Dr. NAME of the BODY in TOWN, a former ROLE, .... "...," the former ROLE says.', () => {
  it('ties the description to the one named, past the body and its town', () => {
    const got = speakersByQuote([
      'Dr. Lotte Weilacher of the Institute for Harbour Studies in Marstadt, a former officer of the coast guard, is calmer than her colleagues.',
      '"Most of these ships are too old to matter," the former officer says.',
    ]);
    expect(got.get('Most of these ships are too old to matter')).toBe('Lotte Weilacher');
  });
});
