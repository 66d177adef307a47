import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): given names that are also a modal or an
// auxiliary ("Will", "Can", "Do"), in credits after the quote.
describe('"said Will NAME" keeps the given name', () => {
  it('"Will NAME and his son, William NAME ... said the elder, Will NAME": not the son', () => {
    const paras = ['Will Castellack and his son, William Castellack, both ring the bells at St Anet.', '"The tenor bell is cracked," said the elder, Will Castellack.'];
    expect(speakerOf(paras, 'tenor bell')).toBe('Will Castellack');
  });

  it('not "Do", a family name written first: "Mr Do" after two of it in full, neither\'s sex told, is neither', () => {
    const paras = ['Do Van Luong and Do Thi Hanh are not related, though both sell fish in Cam Thuy market.', '"Fish is cheaper here," said Mr Do.'];
    expect(speakerOf(paras, 'Fish is cheaper')).not.toBe('Do Thi Hanh');
  });

  it('"Can NAME" in a credit is the name in full', () => {
    const paras = ['The coach picked Can Yurtsever for the final in Barsdorf.', '"I was not expecting it," said Can Yurtsever.'];
    expect(speakerOf(paras, 'not expecting it')).toBe('Can Yurtsever');
  });
  it('"Game over. Will NAME come down ...?": a question\'s auxiliary before a surname names no "Will NAME" for the "he" after', () => {
    const paras = ['Game over. Will Harwick come down off the ledge?', 'After Tuesday night, Tom Harwick\'s chance of winning rests on one vote.', 'Harwick seemed torn on Tuesday night when he gave a speech. He vowed to "fight on to the convention."'];
    expect(speakerOf(paras, 'fight on to the convention')).toBe('Tom Harwick');
  });
});
