import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests: a sentence whose subject is a named person's view, answer or reply
// ("NAME's own view was that ...") gives the floor to that person; the "she" or "he" crediting the next quote is theirs.

describe('a possessive subject in the sentence before ("NAME\'s own view was that ...") names the next speaker', () => {
  it('the woman of the possessive, not another woman who spoke in the paragraph before', () => {
    const text = [
      '"Rates will hold through spring," said Odile Marchetti, chief economist at Pellworth Bank in Lyon.',
      'At a hearing in Brussels, Ingrid Solvang, a director at the agency, was asked about the forecast. "We do not comment on banks," Solvang said. "That has not changed."',
      'Back in Lyon, Marchetti\'s own view was that the real strain would show in the autumn. "When the harvest loans fall due, you will see who is short," she said.',
    ];
    expect(speakersByOpening(text).get('When the harvest')).toBe('Odile Marchetti');
  });

  it('"NAME\'s answer was ...": the man of the possessive', () => {
    const text = [
      'Teodor Blanik runs a ferry across the lake.',
      'Asked about the new toll, Mirek Havran, the harbour master, said he had no view. "It is not my decision," Havran said.',
      'Blanik\'s answer was blunter. "Nobody will pay it," he said.',
    ];
    expect(speakersByOpening(text).get('Nobody will pay')).toBe('Teodor Blanik');
  });

});
