import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented members and seats: "the SEAT MP" when two were given that seat,
// one of them with words of time or office ("the current MP for", "MP for SEAT until 2019"), is no one for sure.
describe('"the SEAT MP" when two were given the seat', () => {
  it('a past member and "the current MP for" the seat: neither for sure', () => {
    const p = ['Ed Rusk, MP for Harwell until 2019, and Jana Pell, the current MP for Harwell, both spoke.', '"The hospital must stay open," the Harwell MP said.'];
    expect(speakerOf(p, 'The hospital must stay open')).not.toBe('Ed Rusk');
  });
  it('one member given the seat is still the one', () => {
    const p = ['Ed Rusk, MP for Harwell, spoke at the rally.', '"The hospital must stay open," the Harwell MP said.'];
    expect(speakerOf(p, 'The hospital must stay open')).toBe('Ed Rusk');
  });
});
