import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people, places and bodies: a quote standing alone as its
// sentence, credited by the sentence after it with the phrasal "summed up" ("That was how NAME summed up the mood").
describe('"..." That was how NAME, a role, summed up THING', () => {
  it('is the one named, not the body that spoke in the paragraph before', () => {
    const got = speakersByQuote([
      'The Dunmore freight firm Corvel Lines said in a statement that it had "paused sailings" to Ostrava Bay.',
      '"The harbour is holding its breath." That was how Mirela Ostrand, a partner at the broker Quayle Marine, summed up the mood on the trading floor.',
    ]);
    expect(got.get('paused sailings')).toBe('Corvel Lines');
    expect(got.get('The harbour is holding its breath')).toBe('Mirela Ostrand');
  });
  it('"summed it up" with the object before the particle', () => {
    const got = speakersByQuote([
      '"Nobody moves until the ships do," Piet Harlan said at the Dunmore exchange.',
      '"A market frozen in place." That was how Mirela Ostrand summed it up.',
    ]);
    expect(got.get('A market frozen in place')).toBe('Mirela Ostrand');
  });
});
