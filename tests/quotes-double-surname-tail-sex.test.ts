import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented candidates and seat): a woman of two surnames called by both with
// "Ms", and a man whose one surname is her second.
describe('"Mr SURNAME" is not the woman called "Ms FIRST-SURNAME SURNAME"', () => {
  it('"NAME1 PART SURNAME and NAME2 SURNAME ... said Ms PART SURNAME ... Mr SURNAME said"', () => {
    const paras = ['Nia Morgan Pryce and Emlyn Pryce are standing for the Cwmnant seat.', '"The valley needs a clinic," said Ms Morgan Pryce.', '"The valley needs a road," Mr Pryce said.'];
    expect(speakerOf(paras, 'needs a road')).toBe('Emlyn Pryce');
    expect(speakerOf(paras, 'needs a clinic')).toBe('Nia Morgan Pryce');
  });
});
