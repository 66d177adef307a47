import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for this test: a name, then a role set off by commas that opens on "a"/"the" and carries a
// place or body after a preposition before its own "who" clause; the role is the name's, so the name speaks.
describe('a role with a place before its who clause', () => {
  it('"NAME, a former candidate for mayor in PLACE who now runs ..., labeled X "..."" is NAME', () => {
    expect(speakerOf(['Vera Lund, a former candidate for mayor in Halvik who now runs a ferry line, labeled the plan “a costly mistake.”'], 'costly mistake')).toBe('Vera Lund');
  });
  it('"NAME, a lecturer at BODY who once advised ..., labeled X "..."" is NAME', () => {
    expect(speakerOf(['Oskar Brandt, a lecturer at Morrow College who once advised the governor, labeled the bill “a quiet revolution.”'], 'quiet revolution')).toBe('Oskar Brandt');
  });
  it('a role whose noun comes right before "who" still works', () => {
    expect(speakerOf(['Vera Lund, a former skipper who now runs a ferry line, labeled the plan “a costly mistake.”'], 'costly mistake')).toBe('Vera Lund');
  });
});
