import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "continued" with a partial quote right after it, no comma or colon, inside a
// reported clause ("the ministry said that traffic continued "..."") goes on in a state; the clause's subject
// (a canal, a trade) is no speaker, and the body whose "said" reports the clause is.
describe('"continued" taking a quote as its complement', () => {
  it('`ORG said that traffic through PLACE continued "..."` is the body\'s', () => {
    const paras = ['The Harbour Works Department said that traffic through the Kessel Canal continued "in line with the old treaty" on Monday.'];
    expect(speakerOf(paras, 'old treaty')).toBe('the Harbour Works Department');
  });
  it('keeps the body across a second partial: `... continued "..." and that COUNTRY was "..."`', () => {
    const paras = ['The Harbour Works Department said in a written statement that the passage of barges through the Kessel Canal continued "in line with the old treaty" and that Norland was "watching closely."'];
    expect(speakerOf(paras, 'old treaty')).toBe('the Harbour Works Department');
    expect(speakerOf(paras, 'watching closely')).toBe('the Harbour Works Department');
  });
  it('still reads "continued" with a colon as speech: `NAME continued: "..."`', () => {
    const paras = ['Canal pilot Mara Olsen spoke for an hour. Olsen continued: "We have never seen so many barges."'];
    expect(speakerOf(paras, 'so many barges')).toBe('Mara Olsen');
  });
});
