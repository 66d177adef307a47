import { describe, it, expect } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// Sentences written for these tests; none comes from an evaluation set.
describe('misquote: "each other\'s" typed without its apostrophe', () => {
  it('"each others" and "one anothers" are the possessive pronoun as written', () => {
    expect(compareClaim('they were two cooks tasting each others soup', "They were two cooks tasting each other's soup").verdict).toBe('same');
    expect(compareClaim('the rivals copied one anothers plans', 'The rivals copied one another’s plans').verdict).toBe('same');
  });

  it('a changed word after it is still a changed word', () => {
    expect(compareClaim('they tasted each others soup', "They tasted each other's bread").verdict).toBe('different');
  });
});
