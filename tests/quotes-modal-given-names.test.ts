import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): given names that are also a modal or an
// auxiliary ("Will", "Can", "Do"), in credits after the quote.
describe('"said Will NAME" keeps the given name', () => {
  it('"Will NAME and his son, William NAME ... said the elder, Will NAME": not the son', () => {
    const paras = ['Will Castellack and his son, William Castellack, both ring the bells at St Anet.', '"The tenor bell is cracked," said the elder, Will Castellack.'];
    expect(speakerOf(paras, 'tenor bell')).toBe('Will Castellack');
  });

  it('"Do NAME NAME and her brother, Do NAME2 NAME2 ... her brother said"', () => {
    const paras = ['Do Thi Hanh and her brother, Do Van Luong, sell fish in Cam Thuy market.', '"We open at four," said Ms Do.', '"And we close when the ice melts," her brother said.'];
    expect(speakerOf(paras, 'close when the ice')).toBe('Do Van Luong');
  });

  it('"Can NAME" in a credit is the name in full', () => {
    const paras = ['The coach picked Can Yurtsever for the final in Barsdorf.', '"I was not expecting it," said Can Yurtsever.'];
    expect(speakerOf(paras, 'not expecting it')).toBe('Can Yurtsever');
  });
});
