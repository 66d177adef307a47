import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a fronted phrase of place whose institution is followed by its town, set off.
describe('the town set off after a fronted institution is no speaker; the name set off after it is', () => {
  it('"At the University of Vell, Dorne, Professor NAME, who ..., said" is the professor\'s', () => {
    const paras = ['At the University of Vell, Dorne, Professor Ada Brill-Okafor, who teaches maritime law, said the ruling was "a hollow victory."'];
    expect(speakerOf(paras, 'a hollow victory')).toBe('Ada Brill-Okafor');
  });
  it('a plain name set off: "In the Harbour Hospital, Tarsk, Ivo Lemme, who runs ..., said"', () => {
    const paras = ['In the Harbour Hospital, Tarsk, Ivo Lemme, who runs the night ward, said the wards were "full to the doors."'];
    expect(speakerOf(paras, 'full to the doors')).toBe('Ivo Lemme');
  });
  it('a possessive after the word is no name set off: the reading stays as it was', () => {
    const paras = ['At the Vell works, Dorne, Ada Brill\'s lawyer, said the claim was "without merit."'];
    expect(speakerOf(paras, 'without merit')).not.toBe('Ada Brill');
  });
});
