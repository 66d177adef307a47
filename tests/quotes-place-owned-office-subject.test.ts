import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: 'COUNTRY's chief cabinet secretary was no less direct. "...," he
// said.': a sentence opening on a possessive that names no person, then an office, makes that office its subject,
// the one the pronoun right after means.

describe("a place's office with no holder named as a sentence's subject", () => {
  it('a stance, then "he said"', () => {
    const text = ["Veldoria's chief cabinet secretary was no less direct. \"We will not be rushed,\" he said."];
    expect(speakerOf(text, 'not be rushed')).toBe("Veldoria's chief cabinet secretary");
  });
  it('"said on Monday that ...", then "he told reporters"', () => {
    const text = ["Veldoria's chief cabinet secretary said on Monday that the government would study the proposal. \"We will not be rushed into anything,\" he told reporters."];
    expect(speakerOf(text, 'rushed into anything')).toBe("Veldoria's chief cabinet secretary");
  });
  it('a pronoun in a clause set off inside the next sentence', () => {
    const text = ["Veldoria's chief cabinet secretary was no less direct. Any deal that breaks the treaty, he told a press conference in Osten, would be \"unacceptable\"."];
    expect(speakerOf(text, 'unacceptable')).toBe("Veldoria's chief cabinet secretary");
  });
  it('not a word of kin after the possessive', () => {
    const text = ["Tarvik's sister was no less direct. \"We will not be rushed,\" he said."];
    expect(speakerOf(text, 'not be rushed')).not.toBe("Tarvik's sister");
  });
});
