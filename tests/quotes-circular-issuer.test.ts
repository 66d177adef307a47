import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: an insurer says something in a circular, then "the circular said".
describe('"the circular said" speaks for the body the text says issued it, and for no one else', () => {
  it("credits the insurer named as saying it in a circular", () => {
    const paragraphs = [
      'Harbor Mutual, which insures about 900 trawlers, said in a circular to members on Friday that it "cannot rule out" new limits.',
      '"Members should check every charter twice," the circular said.',
    ];
    expect(speakerOf(paragraphs, 'Members should check')).toBe('Harbor Mutual');
  });

  it('leaves a circular whose issuer the text does not tell unattributed', () => {
    const paragraphs = ['Insurers along the coast are nervous this week.', '"Members should check every charter twice," the circular said.'];
    expect(speakerOf(paragraphs, 'Members should check')).toBeNull();
  });
});
