import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a wire typed without a dash key sets an aside off with two hyphens
// ("Mara Lamm -- no relation -- who ..."); the aside is no part of the subject, as it is between true dashes.
describe('an aside between pairs of hyphens after a name', () => {
  const first = 'The port was picked on purpose, said Piet Lamm, a fellow at the Oster Institute. “A port says trade,” he said.';
  it('`NAME -- no relation -- who ..., pointed out that ... "...," she said.` is the second namesake\'s', () => {
    const paras = [first, 'Mara Lamm -- no relation -- who teaches history at Brill College, pointed out that the fair was in town anyway. “Sometimes a place is handy,” she said.'];
    expect(speakerOf(paras, 'Sometimes a place')).toBe('Mara Lamm');
  });
  it('reads the same as true dashes', () => {
    const paras = [first, 'Mara Lamm — no relation — who teaches history at Brill College, said the fair was in town anyway. “Sometimes a place is handy,” she said.'];
    expect(speakerOf(paras, 'Sometimes a place')).toBe('Mara Lamm');
  });
});
