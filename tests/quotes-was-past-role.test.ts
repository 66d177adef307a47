import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people, places and bodies: a role given by a past "was" at a
// time past ("in 2021", "at the time") is one the holder has left, so a later "the former ROLE" is that holder.
describe('NAME was a ROLE ... in YEAR. / NAME, who was ROLE ... at the time, ...', () => {
  it('a sentence the name opens, "was" and a year', () => {
    const got = speakersByQuote([
      'Mirela Ostrand was an adviser on shipping at the Varn Maritime Council in 2021. The former adviser, who now runs a ferry company in Kessel, calls the treaty "a paper harbour".',
    ]);
    expect(got.get('a paper harbour')).toBe('Mirela Ostrand');
  });
  it('a "who was" clause set off after the name, "at the time"', () => {
    const got = speakersByQuote([
      'Piet Harlan, who was Ostrel\'s special envoy for the islands at the time and has since retired to Dunmore, remembers the day well.',
      '"We signed at noon and regretted it by dinner," the former envoy said.',
    ]);
    expect(got.get('We signed at noon and regretted it by dinner')).toBe('Piet Harlan');
  });
});
