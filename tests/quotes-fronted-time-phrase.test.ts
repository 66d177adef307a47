import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a sentence opening on a noun phrase of time, then a description and the name it gives.
describe('a fronted noun phrase of time ("The next morning,") is no part of the subject', () => {
  it('"The next morning, the port\'s spokesman, NAME, says ... "..."" is the name\'s', () => {
    const paras = ['The next morning, the port\'s spokesman, Ivo Lemme, says the ships carried "nothing unusual" and that the checks were "routine."'];
    expect(speakerOf(paras, 'nothing unusual')).toBe('Ivo Lemme');
    expect(speakerOf(paras, 'routine')).toBe('Ivo Lemme');
  });
  it('"That evening, his lawyer, NAME, told ..." is the lawyer\'s', () => {
    const paras = ['That evening, his lawyer, Ada Brill, told reporters the claim was "without merit."'];
    expect(speakerOf(paras, 'without merit')).toBe('Ada Brill');
  });
});
