import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a toast whose raiser and verb have an adverb between ("He also raised a toast").
describe('"He also raised a toast to "..."" credits the one who raised the glass', () => {
  it('"he" with "also" before the verb of toasting', () => {
    const paras = ['At the start of the talks, Mayor Tomas Vell of Brisk said: “We are here to build, not to bargain.”', 'He also raised a toast to “the long life of the harbour” at the dinner that followed, according to local media.'];
    expect(speakerOf(paras, 'long life of the harbour')).toBe('Tomas Vell');
  });
  it('a surname with "later" before "proposed a toast"', () => {
    const paras = ['Mayor Tomas Vell of Brisk opened the talks with the trader Ivo Rusk.', 'Vell later proposed a toast to “our patient hosts” at the dinner, according to local media.'];
    expect(speakerOf(paras, 'our patient hosts')).toBe('Tomas Vell');
  });
});
