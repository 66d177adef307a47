import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a phrase of place opened by "From" put first ("From Kyiv, ...", "From the
// opposition benches, ...") is no part of the subject after its comma, the one a "she said" after it means.
describe('"From PLACE, NAME raised ..." then "she said"', () => {
  it('"From Kyiv, Anna Berg raised"', () => {
    const paras = ['The hearing ran late on Tuesday.', 'From Kyiv, Anna Berg raised the matter of the grain ships. "We have waited long enough for an answer," she said.'];
    expect(speakerOf(paras, 'waited long enough')).toBe('Anna Berg');
  });

  it('"From the opposition benches, Baroness Ferrow raised"', () => {
    const paras = ['Peers met on Monday.', 'From the opposition benches, Baroness Ferrow raised the fate of the miners. "Nobody speaks for them," she said.'];
    expect(speakerOf(paras, 'Nobody speaks')).toBe('Baroness Ferrow');
  });

  it('a place after the name and a "no relation of" aside, after the fronted phrase', () => {
    const paras = [
      'Lord Ferrow of Hale asked about the ferries.',
      'From the Green benches, Baroness Ferrow of Tarn, no relation of the Labour peer, raised the fate of the miners. "Nobody asks who digs the ore," she said.',
    ];
    expect(speakerOf(paras, 'who digs the ore')).toBe('Baroness Ferrow');
  });

  it('a place after the name and a role set off, after the fronted phrase', () => {
    const paras = ['Peers met on Monday.', 'In the chamber, Baroness Ferrow of Tarn, a former teacher, raised the fate of the miners. "Nobody counts them," she said.'];
    expect(speakerOf(paras, 'Nobody counts')).toBe('Baroness Ferrow');
  });
});
