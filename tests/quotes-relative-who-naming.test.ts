import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a "who" clause of naming holding the quote, after the main clause's subject.
describe('a "who" clause that names something in the words quoted', () => {
  it('is not the main clause\'s subject\'s: `X was praised by judge Y, who called her cake "..."`', () => {
    const paras = ['Baker Tilda Moss, 20, won the county prize. Moss was praised by judge Oren Vast, who called her plum cake "the finest I have tasted in years".'];
    expect(speakerOf(paras, 'finest I have tasted')).not.toBe('Tilda Moss');
  });
  it('nor with "described ... as"', () => {
    const paras = ['Tilda Moss thanked the judge, Oren Vast, who described her bread as "a small miracle".'];
    expect(speakerOf(paras, 'small miracle')).not.toBe('Tilda Moss');
  });
});
