import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: a body with a relative clause set off after its name says something "in a statement",
// and "the statement" speaks in the next paragraph.
describe('"BODY, which ..., said in a statement that ..." makes BODY the voice of "the statement said"', () => {
  it('reads the issuer past the relative clause set off by commas', () => {
    const paragraphs = [
      'Harbor Mutual, which insures about 900 trawlers, said in a statement on Friday that it "cannot rule out" new limits.',
      '"Members should check every charter twice," the statement said.',
    ];
    expect(speakerOf(paragraphs, 'Members should check')).toBe('Harbor Mutual');
  });
});
