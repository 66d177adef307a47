import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences, people and places invented for these tests: "his cashier" set off before a full name brings that
// person in by the phrase, so a later "His cashier laughed. '...,' she said." is them, as a word of kin would be.

describe('"His cashier" is the one the text brought in as "his cashier, NAME"', () => {
  it('ties the possessive description, and the pronoun after it, to the one so brought in', () => {
    const text = [
      'Tomas Reed runs a grocery in Velk. "Prices are up again," he said.',
      'At the register, his cashier, Ada Quill, no relation to anyone here, was less amused. "He says that every week," Quill said.',
      'Reed shrugged. "I am always right," he said.',
      'His cashier laughed at that. "He says that about everything," she said.',
    ];
    expect(speakerOf(text, 'about everything')).toBe('Ada Quill');
  });

  it('ties no one when the text brought in two people by that phrase', () => {
    const text = [
      'Tomas Reed runs a grocery in Velk. "Prices are up," he said. His cashier, Ada Quill, keeps the books. "He is right," Quill said.',
      'Omar Fenn runs the bakery next door. "Flour is dear," he said. His cashier, Lina Sorr, agreed. "Very dear," Sorr said.',
      'Reed and Fenn laughed. "It was ever so," Reed said.',
      'His cashier laughed at that. "He says that about everything," she said.',
    ];
    expect(speakerOf(text, 'about everything')).not.toMatch(/Quill|Sorr/u);
  });
});
