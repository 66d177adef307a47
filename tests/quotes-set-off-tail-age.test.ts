import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a name at the head of its sentence, long words set off after it (with a
// comma inside them), then the reporting verb; once with a title's full stop after the verb, once with an age
// before the name.
describe('a name with words set off before its verb', () => {
  it('`Senator NAME, the ... who heads the X, which oversees Y, said Ms. Roe\'s donations "..."`', () => {
    const paras = ["Senator Dale Whitcombe, the Ohio Republican who heads the Finance Committee, which oversees the bank, said Ms. Carver's donations \u201ccall into question the independence\u201d of the bank."];
    expect(speakerOf(paras, 'call into question')).toBe('Dale Whitcombe');
  });
  it('`81-year-old NAME, a ... who voted for ..., said that ...: "..."`', () => {
    const paras = ['The county has picked every winner since 1956. 81-year-old Parker Eames, a retired farmer who voted for both parties, said that given the field on both sides: \u201cThere is only one choice. He pays his own way.\u201d'];
    expect(speakerOf(paras, 'only one choice')).toBe('Parker Eames');
  });
});
