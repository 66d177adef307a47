import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented towns, papers and people): "a NOUN from the BODY, NAME," set off after
// a fronted phrase that ends on a place.
describe('"a reporter from the Courier, NAME, asked" is the name\'s, not the place before it', () => {
  it('"At the press conference in TOWN, a reporter from the PAPER, NAME, asked the coach, NAME2: \\"...?\\""', () => {
    const paras = ['At the press conference in Ostervik, a reporter from the Lantern, Mireille Scorby, asked the coach, Tancred Oyelaran: "Will you resign?"'];
    expect(speakerOf(paras, 'Will you resign')).toBe('Mireille Scorby');
  });

  it('"In TOWN, a man from TOWN2, NAME, said: ..."', () => {
    const paras = ['In Ostervik, a fisherman from Lundholm, Aksel Pettersen-Brin, said: "The cod have gone north."'];
    expect(speakerOf(paras, 'cod have gone')).toBe('Aksel Pettersen-Brin');
  });
});
