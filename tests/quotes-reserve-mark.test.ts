import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a bracketed reserve or retirement mark with a full stop between an
// abbreviated rank and a name ("Brig. Gen. (res.) NAME", "Col. (ret.) NAME") neither breaks the name nor ends
// the sentence, so a credit after the quote reads the officer as its subject.

describe('a bracketed reserve or retirement mark with a full stop', () => {
  it('"(res.)" between "Brig. Gen." and the name: the officer credited after the quote', () => {
    const paras = ['"Every crate that crosses the strait is noted," Brig. Gen. (res.) Arik Tavor, a former head of the coastal command, told the paper on Monday. "Then it is counted again."'];
    expect(speakerOf(paras, 'Every crate')).toBe('Arik Tavor');
    expect(speakerOf(paras, 'counted again')).toBe('Arik Tavor');
  });

  it('"(ret.)" after a one-word abbreviated rank, with the verb right after the name', () => {
    const paras = ['"The depots are half empty," Col. (ret.) Dana Merrow said.'];
    expect(speakerOf(paras, 'depots are half empty')).toBe('Dana Merrow');
  });
});
