import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a quote after a colon, its clause's subject an
// initialled name after an honorific set off after a description, or one's "last word" to the writer.
describe('a colon after a description and "Ms. I.NAME" set off', () => {
  it('"A trader at PLACE, Ms. I.NAME, put it this way: \\"...\\""', () => {
    const paras = ['Fuel prices rose again in the capital.', 'A stallholder at the Naran market, Ms. E.Tsetseg, put it this way: "Every new friend of Moscow costs us a little more."'];
    expect(speakerOf(paras, 'Every new friend')).toBe('E.Tsetseg');
  });
});

describe('"NAME\'s last word to me was ...: \\"...\\""', () => {
  it('is that person\'s words, not another\'s named after him', () => {
    const paras = [
      'My colleague Anselm Trivek, who has worked in the Tallinn archives for years, was less surprised.',
      'Our dean, Rosa Bellamy, thought otherwise.',
      'Trivek\'s last word to me was characteristically dry: "Paper outlives promises."',
    ];
    expect(speakerOf(paras, 'Paper outlives')).toBe('Anselm Trivek');
  });
});

describe('"\\"...\\" That was the verdict of Mr. I.NAME, ..." after another\'s quote ended the paragraph before', () => {
  it('is the one the next sentence names, not the speaker before', () => {
    const paras = [
      'A stallholder at the Naran market, Ms. E.Tsetseg, put it this way: "Every new friend of Moscow costs us a little more."',
      '"Diesel will follow the ruble." That was the verdict of Mr. G.Baatar, a fuel dealer in Sukhbaatar town.',
    ];
    expect(speakerOf(paras, 'Diesel will follow')).toBe('G.Baatar');
  });

  it('so with a plain full name: "That was the verdict of NAME SURNAME, ..."', () => {
    const paras = [
      '"Every new friend of Moscow costs us a little more," said Edda Morrow, a stallholder.',
      '"Diesel will follow the pound." That was the verdict of Tobin Harwick, a fuel dealer in Dunmere.',
    ];
    expect(speakerOf(paras, 'Diesel will follow')).toBe('Tobin Harwick');
  });
});
