import { describe, it, expect } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests: a regulator after a possessive place of two words speaks as a body.
describe('a regulator speaks as a body', () => {
  it('`New Tarsk\'s financial regulator said it was monitoring the market "..."` is the regulator, an organisation', () => {
    const q = quoteOpeningWith(['New Tarsk’s financial regulator said it was watching share trading “with extra care” this week.']).get('with extra care');
    expect(q.speaker).toBe('New Tarsk’s financial regulator');
    expect(q.kind).toBe('organisation');
  });
});
