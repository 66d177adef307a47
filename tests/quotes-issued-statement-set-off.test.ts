import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: invented people, a news agency and a town.
describe('"NAME, a description set off, issued a statement .... "...," the statement said."', () => {
  it('gives the statement\'s words to the one who issued it, past the description set off after the name', () => {
    const paras = ["Ri Sol-hwa, the leader's aunt and a party official, issued a statement released through the Tarn News Agency on Sunday attacking the mayor. \"The clique should stop its babbling,\" the statement said."];
    expect(speakerOf(paras, 'The clique should stop')).toBe('Ri Sol-hwa');
  });
  it('with a short role too', () => {
    const paras = ['Ada Kell, a harbour official, issued a statement on Sunday. "The pier will reopen," the statement said.'];
    expect(speakerOf(paras, 'The pier will reopen')).toBe('Ada Kell');
  });
  it('not from a list of issuers, none of whom the statement is sure to be', () => {
    const paras = ['The ministry, the union and the party issued a statement on Sunday. "The pier will reopen," the statement said.'];
    expect(speakerOf(paras, 'The pier will reopen')).toBeNull();
  });
});
