import { describe, expect, it } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// A compound typed closed up, hyphenated or as two words is one word spelt another way.
describe('a compound spelt closed up or hyphenated', () => {
  it('reads "knowhow" for "know-how" and "cease fire" for "ceasefire" as close', () => {
    expect(compareClaim('the valley guards its farming knowhow jealously', 'The valley guards its farming know-how jealously').verdict).toBe('close');
    expect(compareClaim('the cease fire held for a week', 'The ceasefire held for a week').verdict).toBe('close');
    expect(compareClaim('the ceasefire held for a week', 'The cease-fire held for a week').verdict).toBe('close');
  });
  it('still tells other letters', () => {
    expect(compareClaim('the valley guards its farming knowledge jealously', 'The valley guards its farming know-how jealously').verdict).toBe('different');
    expect(compareClaim('the cease fire failed within a week', 'The ceasefire held for a week').verdict).toBe('different');
  });
});
