import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { creditFollows } from '../src/quotes/own-credit-after.ts';

// Passages written for these tests: a paragraph ending on a colon that introduces a speech, then a quote opening
// the next paragraph with its own credit after it.
describe('a quote whose own credit follows it is not the introducing paragraph\'s', () => {
  it('`... and the Gazette has proof:` / `"...?" a reporter can be heard asking Tamm` is not the Gazette\'s', () => {
    const paras = ['Senator Ivo Tamm did not back the toll at first, and the Lind Gazette has proof:', '"Should there be a toll on the bridge?" a reporter can be heard asking Tamm after an event in Parnu.'];
    expect(speakerOf(paras, 'toll on the bridge')).not.toBe('the Lind Gazette');
  });
  it('a quote with no credit after it is still the introducer\'s', () => {
    const paras = ['Senator Ivo Tamm gave his answer on Friday:', '"There will be no toll on the bridge while I sit in this chamber."'];
    expect(speakerOf(paras, 'no toll on the bridge')).toBe('Ivo Tamm');
  });
});

describe('creditFollows', () => {
  it('reads a description or a name and a verb of saying after the closing mark', () => {
    const t = '"Why now?" a reporter can be heard asking him.';
    expect(creditFollows(t, t.indexOf('?"') + 1)).toBe(true);
    const u = '"Why now?" Vos asked.';
    expect(creditFollows(u, u.indexOf('?"') + 1)).toBe(true);
  });
  it('is false for a pronoun or for words that are no credit', () => {
    const t = '"Why now?" he asked.';
    expect(creditFollows(t, t.indexOf('?"') + 1)).toBe(false);
    const u = '"Why now?" The answer came a week later.';
    expect(creditFollows(u, u.indexOf('?"') + 1)).toBe(false);
  });
});
