import { describe, expect, it } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// A word typed in its clipped form ("tech", "govt", "intel") is the word it stands for.
describe('clipped words', () => {
  it('reads "tech" for "technology" and "govt" for "government" as close', () => {
    expect(compareClaim("the valley wants tech it can't build", 'The valley wants technology it cannot build').verdict).toBe('close');
    expect(compareClaim('the govt has no plan for the harbour', 'The government has no plan for the harbour').verdict).toBe('close');
  });
  it('still tells another word', () => {
    expect(compareClaim('the valley wants money it cannot build', 'The valley wants technology it cannot build').verdict).toBe('different');
    expect(compareClaim('the intel has no plan for the harbour', 'The government has no plan for the harbour').verdict).toBe('different');
  });
});
