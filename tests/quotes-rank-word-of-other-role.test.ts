import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a rank word ("deputy", "vice") makes a lower office only in a
// role that holds the description's head; "Lieutenant General Jo Roe, a former deputy commander" is still "the
// general", while "Deputy Governor Jo Roe" stays no "governor".
describe('a rank word of another role makes no lower office', () => {
  it('"Lieutenant General NAME, a former deputy commander, told ..." then "He added ... "...," the general said."', () => {
    const paras = [
      '"The stocks are old," Lieutenant General Mark Vale, a former deputy commander of the northern corps, told the paper.',
      'He added that the real question was the price. "If the price is engines, the bill lands elsewhere," the general said.',
    ];
    expect(speakerOf(paras, 'If the price is engines')).toBe('Mark Vale');
  });
  it('a deputy governor is still no "the governor"', () => {
    const paras = ['"The roads are closed," Deputy Governor Mark Vale told the paper.', 'He added that the bridges were shut. "Nobody crosses tonight," the governor said.'];
    expect(speakerOf(paras, 'Nobody crosses tonight')).not.toBe('Mark Vale');
  });
});
