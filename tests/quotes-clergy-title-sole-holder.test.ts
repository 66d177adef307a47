import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: one clergyman named with the courtesy title "the Rev.", then "the pastor"
// paragraphs later: the one person the text gave that title.
describe('"The Rev. NAME ..." then, paragraphs on, "The pastor said"', () => {
  it('the one reverend named', () => {
    const paras = [
      'Members of the chapel met on Sunday.',
      'The Rev. Tom Hale, who has led the chapel since 2004, said members had asked him to pray. "They remember the flood," Hale said.',
      'His wife, Ida Hale, said the children asked about the rain. "They want to know when it stops," she said.',
      'The pastor, for his part, said he would keep the matter in the evening prayers "until the river goes down."',
    ];
    expect(speakerOf(paras, 'until the river goes down')).toBe('Tom Hale');
  });

  it('not with two reverends named', () => {
    const paras = [
      'Members of two chapels met on Sunday.',
      'The Rev. Tom Hale said members had asked him to pray. "They remember the flood," Hale said.',
      'The Rev. Per Lund said the same. "We pray every week," Lund said.',
      'The children asked about the rain.',
      'The pastor said he would keep the matter in the prayers "until the river goes down."',
    ];
    expect(speakerOf(paras, 'until the river goes down')).not.toBe('Tom Hale');
    expect(speakerOf(paras, 'until the river goes down')).not.toBe('Per Lund');
  });
});
