import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: names written as Mongolian names are, a patronymic's initial close up to the
// given name ("B.Oyun"), set off after a description or a role, then "she said".
describe('an initialled name set off as the subject', () => {
  it('"Her colleague, B.Oyun, was less certain."', () => {
    const paras = [
      '"Every deal is felt on our tracks," said D.Saran, head of planning at a haulage firm. Saran said her firm had questions.',
      'Her colleague, B.Oyun, was less certain. "It is a long way round from here," she said.',
    ];
    expect(speakerOf(paras, 'long way round')).toBe('B.Oyun');
  });

  it('"Her colleague at the same desk, B.Oyun, who is not related to her, was less certain."', () => {
    const paras = [
      '"Every deal is felt on our tracks," said D.Oyun, head of planning at a haulage firm.',
      'Her colleague at the same desk, B.Oyun, who is not related to her, was less certain. "It is a long way round from here," she said.',
    ];
    expect(speakerOf(paras, 'long way round')).toBe('B.Oyun');
  });
});

describe('a role before a name, then an aside ("meanwhile") set off before the verb', () => {
  it('"Herders\' association leader S.Naran, meanwhile, worried ..."', () => {
    const paras = ['Wool prices fell again.', 'Herders\' association leader S.Naran, meanwhile, worried about wool exports. "Small sellers are always forgotten," she said.'];
    expect(speakerOf(paras, 'Small sellers')).toBe('S.Naran');
  });

  it('"Farmers\' union chair Ida Roe, for her part, doubted ..."', () => {
    const paras = ['Wool prices fell again.', 'Farmers\' union chair Ida Roe, for her part, doubted the figures. "Nobody believes them," she said.'];
    expect(speakerOf(paras, 'Nobody believes')).toBe('Ida Roe');
  });
});
