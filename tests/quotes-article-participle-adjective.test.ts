import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Passages written for this test (invented places and parties): a description credited after a quote whose
// adjective in "-ed" the tagger reads as a verb ("an unaligned strategist"), so the description stopped before
// its noun and no one was credited.
describe('an adjective in "-ed" after an article in a credit', () => {
  it('credits "an unaligned ... strategist" after "said"', () => {
    const by = speakersByOpening(['"There is no sign of a home advantage," said an unaligned Ostland Liberal strategist.']);
    expect(by.get('There is no')).toBe('an unaligned Ostland Liberal strategist');
  });
  it('credits "one unaligned strategist" after "said", and the bare quote after it', () => {
    const by = speakersByOpening(['Polls show Rennick trailing in the north. "Being local is worth nothing here," said one unaligned Ostland Liberal strategist. "There is no home advantage for either of them."']);
    expect(by.get('Being local is')).toBe('one unaligned Ostland Liberal strategist');
    expect(by.get('There is no')).toBe('one unaligned Ostland Liberal strategist');
  });
  it('leaves "one" a pronoun before its own verb', () => {
    const by = speakersByOpening(['Two clerks were at the desk. One asked questions while the other took notes. "Who sent you?" Mara Venn said.']);
    expect(by.get('Who sent you?')).toBe('Mara Venn');
  });
});
