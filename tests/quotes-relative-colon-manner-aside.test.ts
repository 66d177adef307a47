import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented names): a relative clause of speech closing on the quote's colon is
// read through a short aside of manner or time set off before the colon ("..., who told her, half in jest:").
describe('"NAME recalls OTHER, who told her, ASIDE: "..."', () => {
  it('does not give the words to the one who remembers the telling', () => {
    const s = 'Ada Marsh recalls a meeting with a Norland diplomat in Vienna years ago, who told her, half in jest: "We never forget a debt."';
    expect(speakerOf([s], 'never forget')).not.toBe('Ada Marsh');
    expect(speakerOf(['Ada Marsh recalls a meeting with a Norland diplomat in Vienna, who told her, smiling: "We never forget a debt."'], 'never forget')).not.toBe('Ada Marsh');
  });

  it('gives them to the named antecedent of "who"', () => {
    expect(speakerOf(['Ada Marsh met Piet Voss, who told her, smiling: "We never forget a debt."'], 'never forget')).toBe('Piet Voss');
  });

  it('leaves an aside that is a credit of its own as it was', () => {
    expect(speakerOf(['Ada Marsh met Piet Voss, who told her, she says: "We never forget a debt."'], 'never forget')).toBe('Ada Marsh');
  });
});
