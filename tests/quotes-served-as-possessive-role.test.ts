import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): "who served as the OWNER's ROLE in YEAR" gives the
// bearer the former ROLE, never the owner's office; and "the former X" is not one the text calls "the X" now.
describe('"NAME, who served as the mayor\'s driver in the 1990s" and "the former mayor"', () => {
  it('does not make the driver the former mayor', () => {
    const paras = ['The mayor of Quillby opened a library on Monday.', "Tessa Grindle, who served as the mayor's driver in the 1990s, was among the guests.", '"He always took the long road," the former mayor said.'];
    expect(speakerOf(paras, 'He always took')).not.toBe('Tessa Grindle');
  });

  it('nor the mayor the text describes now', () => {
    const paras = ['The mayor of Quillby opened a library on Monday.', "Tessa Grindle, who served as the mayor's driver in the 1990s, was among the guests.", '"He always took the long road," the former mayor said.'];
    expect(speakerOf(paras, 'He always took')).not.toBe('the mayor of Quillby');
  });

  it('still makes the driver "the former driver"', () => {
    const paras = ['The mayor of Quillby opened a library on Monday.', "Tessa Grindle, who served as the mayor's driver in the 1990s, was among the guests.", '"He always took the long road," the former driver said.'];
    expect(speakerOf(paras, 'He always took')).toBe('Tessa Grindle');
  });
});
