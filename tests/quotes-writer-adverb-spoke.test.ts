import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): the writer's "I also spoke to NAME" sets NAME up to answer.
describe('the writer\'s "I also spoke to NAME" (an adverb of sequence between "I" and the verb)', () => {
  it('"I also spoke to NAME, who teaches ...": a later "she said" is hers', () => {
    expect(speakerOf(['I also spoke to Galia Renn, who teaches history at a college in Perm. "Nobody here expected it," she said.'], 'Nobody here expected it')).toBe('Galia Renn');
  });
  it('"We then met NAME in ...": a later "she said" is hers', () => {
    expect(speakerOf(['We then met Galia Renn in Perm. "Nobody here expected it," she said.'], 'Nobody here expected it')).toBe('Galia Renn');
  });
});
