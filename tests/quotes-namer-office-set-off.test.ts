import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: one named after an office set off before the name, who "described" or
// "called" something by the quoted words, with a relaying credit after the quote (", the agency reported"): the
// namer's words, the relayer only passes them on.
describe('a namer named after an office set off, relayed after the quote', () => {
  it('`The party leader, X, described it as "...", the Y agency reported.` is X\'s', () => {
    const paras = ['The opposition leader, Kerttu Vahl, described the count as “a conjuring trick”, the Northgate news agency reported.'];
    expect(speakerOf(paras, 'conjuring trick')).toBe('Kerttu Vahl');
  });
  it('`The mayor, X, called the plan "...", Y said.` is X\'s', () => {
    const paras = ['The harbour mayor, Jonte Fell, called the plan “a gift to the gulls”, councillor Maud Preece said.'];
    expect(speakerOf(paras, 'gift to the gulls')).toBe('Jonte Fell');
  });
  it('keeps the plain namer first as before', () => {
    const paras = ['Kerttu Vahl called the count “a conjuring trick”, the Northgate news agency reported.'];
    expect(speakerOf(paras, 'conjuring trick')).toBe('Kerttu Vahl');
  });
});
