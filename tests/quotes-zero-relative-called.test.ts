import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "something he calls" with the relative pronoun left out.
describe('"..., something he calls "..."" (no relative pronoun) is the caller\'s words', () => {
  it('`..., something he calls "..."` goes to the "he" of the sentence', () => {
    const paras = ['Harbour pilot Tomas Reyk has been following the convoy all day. He says the tug crews worked through the night, something he calls "a quiet kind of heroism."'];
    expect(speakerOf(paras, 'a quiet kind of heroism')).toBe('Tomas Reyk');
  });
  it('`..., a step Ida Lunn called "..."` goes to the name', () => {
    const paras = ['The council voted to close the pier for the winter, a step Ida Lunn called "overdue but welcome."'];
    expect(speakerOf(paras, 'overdue but welcome')).toBe('Ida Lunn');
  });
  it('`in a move she called "..."` goes to the "she"', () => {
    const paras = ['Mayor Vera Holt has written to the ministry. She asked it to reopen the ferry line in a move she called "the least we can do."'];
    expect(speakerOf(paras, 'the least we can do')).toBe('Vera Holt');
  });
  it('a weekday is no one who calls: `a report Tuesday called "..."` names the report', () => {
    const paras = ['Vera Holt spoke on Monday.', 'The board released a report Tuesday called "Open Waters."'];
    expect(speakerOf(paras, 'Open Waters')).toBeNull();
  });
  it('without a noun before the name it stays as before: `critics call it "..."` is no one', () => {
    const paras = ['The new ferry, which critics call "the floating brick," sails on Friday.'];
    expect(speakerOf(paras, 'the floating brick')).toBeNull();
  });
});
