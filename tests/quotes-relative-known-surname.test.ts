import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: the words are reported in a "who" clause hung on a bare surname the text
// named in full before.
describe('"NAME2 pointed to remarks by SURNAME, who told reporters that PLACE "...""', () => {
  it('gives the words to the one named in full before', () => {
    const paras = ['Tobias Renn toured the dockyard at Valmora.', 'Edda Brill pointed to remarks by Renn, who told reporters at the dockyard that Merovia "acts strictly within the rules" in its trade.'];
    expect(speakerOf(paras, 'acts strictly within the rules')).toBe('Tobias Renn');
  });
  it('not a one-word name the text never gave in full', () => {
    const paras = ['Edda Brill pointed to remarks by Renn, who told reporters at the dockyard that Merovia "acts strictly within the rules" in its trade.'];
    expect(speakerOf(paras, 'acts strictly within the rules')).toBeNull();
  });
});
