import { describe, it, expect } from 'vitest';
import { familyNameAlone, givenNameAlone } from '../src/quotes/given-name-alone.ts';
import { correctedListItems } from '../src/quotes/numbered-item-correction.ts';

// Sentences, people and places written for these tests. A dear expression is tried only where a cheap one finds
// its words (any case), and the given-name reading's cheap test is kept per text: asked again, with another word
// or by the other reading, and after the kept answers are emptied, every text must answer as it did the first time.

const says = 'A ferryman, who gave only his first name, Ilmar, said the river had frozen early.';
const family = 'A clerk asked to be identified only by her family name, Voss, and said the ledgers were lost.';
const silent = 'Ilmar Tamsalu, the harbour master of Kesvik, said the river had frozen early.';

describe('the given-name and family-name readings asked about the same texts again', () => {
  it('answer per word, not per text, however often a text is asked about', () => {
    for (let round = 0; round < 3; round++) {
      expect(givenNameAlone([says], 'Ilmar')).toBe(true);
      expect(givenNameAlone([says], 'river')).toBe(false);
      expect(givenNameAlone([silent], 'Ilmar')).toBe(false);
      expect(familyNameAlone([family], 'Voss')).toBe(true);
      expect(familyNameAlone([family], 'ledgers')).toBe(false);
      expect(givenNameAlone([family], 'Voss')).toBe(true);
      expect(familyNameAlone([says], 'Ilmar')).toBe(false);
    }
  });

  it('answer the same after many other texts were asked about', () => {
    for (let i = 0; i < 10_000; i++) expect(givenNameAlone([`Paragraph ${i} of the Kesvik harbour log says nothing of names.`], 'Kesvik')).toBe(false);
    expect(givenNameAlone([silent, says], 'Ilmar')).toBe(true);
    expect(familyNameAlone([silent, family], 'Voss')).toBe(true);
    expect(givenNameAlone([silent], 'Ilmar')).toBe(false);
  });
});

describe('the cheap tests find their words in any case', () => {
  it('a name given alone, written in capitals', () => {
    expect(givenNameAlone(['A FERRYMAN WHO GAVE ONLY HIS FIRST NAME, ILMAR, WAVED.'], 'Ilmar')).toBe(true);
    expect(familyNameAlone(['The clerk gave her Surname only as Voss.'], 'voss')).toBe(true);
  });

  it('a numbered item said to be wrongly credited, its verb capitalised', () => {
    const note = ['Correction: An earlier version of this list ATTRIBUTED quote 4 to Maret Kuusk.', 'The remark was made by Olev Sepp.'];
    expect(correctedListItems(note)).toEqual([{ item: 4, owner: 'Olev Sepp' }]);
    expect(correctedListItems(['Ascribed item No. 2 to the wrong person, an earlier version was mistaken.'])).toEqual([]);
    expect(correctedListItems(['The harbour log of Kesvik credited the crew with 40 rescues.'])).toEqual([]);
  });
});
