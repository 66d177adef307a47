import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { correctedListItems, listNumber, listNumberLength } from '../src/quotes/numbered-item-correction.ts';

// Passages written for these tests: a wire's numbered "quotes of the day" box, each quote credited by a dash line
// set under it, and a correction at its foot naming an item by its number.
const box = [
  'A selection of remarks from the day the ministers of Varnia and Oskel met at the Tolvik launch site.',
  '1. "We came here because the rockets are here. Our guest wants to see them."',
  '— Petra Lunn, 58, Varnian foreign minister, to reporters at the gate',
  '2. "Nobody told the village anything. We saw the cars, that is all."',
  '— Oskar Brandvik, 31, a baker in Tolvik',
  '3. "Two lonely governments have found each other, and both know it."',
  '— Ines Dorrow, 44, analyst at the Kelmar Institute',
];

describe('a numbered box of quotes, each credited by the dash line under it', () => {
  it('credits the dash line under an item that opens on its number', () => {
    expect(speakerOf(box, 'rockets are here')).toBe('Petra Lunn');
    expect(speakerOf(box, 'Nobody told the village')).toBe('Oskar Brandvik');
  });
  it('still reads no credit into a paragraph that has words besides its number and quote', () => {
    const page = ['The ministers met on Monday.', '1. At the gate: "We came here because the rockets are here."', '— Petra Lunn, foreign minister'];
    expect(speakerOf(page, 'rockets are here')).toBeNull();
  });
});

describe("a correction naming a box's item by its number", () => {
  it('gives the item to the one the note names after, not the dash line', () => {
    const page = [...box, 'CORRECTION: An earlier version of this box credited quote 3 to Ines Dorrow. The remark was made by her colleague Tomas Wendt, 39, a researcher at the same institute.'];
    expect(speakerOf(page, 'Two lonely governments')).toBe('Tomas Wendt');
    expect(speakerOf(page, 'rockets are here')).toBe('Petra Lunn');
  });
  it('gives the item to no one when the note names no one', () => {
    const page = [...box, 'Correction: An earlier version of this box wrongly credited quote 3 to Ines Dorrow.'];
    expect(speakerOf(page, 'Two lonely governments')).toBeNull();
  });
  it('leaves the item alone when the sentence is no correction', () => {
    const page = [...box, 'The Kelmar Institute credited quote 3 to Ines Dorrow in its own newsletter.'];
    expect(speakerOf(page, 'Two lonely governments')).toBe('Ines Dorrow');
  });
});

describe('the list number and correction readers', () => {
  it('reads a number only right before a quotation mark', () => {
    expect(listNumber('9. "Words."')).toBe(9);
    expect(listNumber('9) "Words."')).toBe(9);
    expect(listNumber('9. The words "here".')).toBeNull();
    expect(listNumberLength('12. "Words."')).toBe(4);
  });
  it('reads the item and the one named after', () => {
    expect(correctedListItems(['An earlier version credited item 4 to Ana Roe.', 'It was said by Jon Vik.'])).toEqual([{ item: 4, owner: 'Jon Vik' }]);
    expect(correctedListItems(['The box credited item 4 to Ana Roe.'])).toEqual([]);
  });
});
