import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "as X put it" where the role comes before the name (set off, or as a
// lowercase title), or a clause of time stands between "put it" and the colon.
describe('"as our editor, X, put it when ...:" and "as prosecutor X put it" credit X', () => {
  it('`As our publisher, NAME, put it when we opened this page: "..."`', () => {
    const paras = ['Readers may send us letters. As our publisher, Miriam Feldhaus, put it when we opened this page: “We answer every letter, even the rude ones.”'];
    expect(speakerOf(paras, 'every letter')).toBe('Miriam Feldhaus');
  });
  it('`As prosecutor NAME put it, "..."`', () => {
    const paras = ['The trial went on for weeks. As prosecutor Dalia Okonkwo put it, “The ledger does not lie, but the men who kept it did.”'];
    expect(speakerOf(paras, 'ledger does not lie')).toBe('Dalia Okonkwo');
  });
  it('a clause of time holding a verb of saying is left alone', () => {
    const paras = ['As our editor, Miriam Feldhaus, put it when the mayor told us: “We are not moving the market.”'];
    expect(speakerOf(paras, 'moving the market')).not.toBe('Miriam Feldhaus');
  });
  it('`As well as NAME, the judge spoke.` gives NAME nothing', () => {
    const paras = ['As well as Dalia Okonkwo, the judge spoke. “Order in the court,” she said.'];
    expect(speakerOf(paras, 'Order in the court')).not.toBe('Dalia Okonkwo');
  });
});
