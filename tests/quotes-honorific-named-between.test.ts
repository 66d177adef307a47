import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a bare quote opening its paragraph, a sentence
// of the writer's naming a titled person, then a later partial credited to someone else.
describe('a titled person named in a sentence between a bare quote and a later credit', () => {
  it('"\\"...\\" That was the verdict of Mr. I.NAME, ... He said GROUP had warned of \\"...\\"": not the group\'s words', () => {
    const paras = [
      'Bread prices rose again in the north.',
      '"Flour will follow the tugrik." That was the verdict of Mr. O.Dashdorj, a miller in Erdenet, who buys his wheat from Omsk. He said Siberian growers had already warned of "a thin harvest" this year.',
    ];
    // The engine may leave the first words to no one; it must not give them to the growers.
    expect(speakerOf(paras, 'Flour will follow')).not.toBe('Siberian growers');
  });

  it('the credited speaker himself named with his title between still lends the first words back', () => {
    const paras = [
      'Bread prices rose again in the north.',
      '"Flour will follow the pound." That is the view of Mr. Harwick, a baker in Dunmere. Tobin Harwick said the mills were "a year behind."',
    ];
    expect(speakerOf(paras, 'Flour will follow')).toBe('Tobin Harwick');
  });
});
