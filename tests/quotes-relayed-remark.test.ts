import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a journalist reading out another's remark at a briefing.
describe('words read out as a remark or comment by someone are that person\'s', () => {
  it('"A reporter read out a remark by NAME:" credits NAME', () => {
    const paras = ['A reporter read out a remark by the shadow treasurer, Odile Verran: "The budget is a fantasy." The minister, Hal Kimber, said: "It is costed."'];
    expect(speakerOf(paras, 'The budget is a fantasy')).toBe('Odile Verran');
  });
  it('"read out a comment from NAME," too', () => {
    const paras = ['The host read out a comment from a listener, Basil Threlkeld: "Bring back the old theme tune."'];
    expect(speakerOf(paras, 'Bring back the old theme tune')).toBe('Basil Threlkeld');
  });
});
