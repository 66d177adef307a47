import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a man is the topic of a paragraph; its last sentence names
// "His brother, NAME," as its subject; a bare "he said" after it may mean either man.
describe('a person named as the relation of a "his" or "her" in the sentence before a pronoun', () => {
  it('"His younger brother, NAME, is still ...": a later "he said" is not credited to the brother', () => {
    const text = [
      'Tomas Vell, 58, listened in silence. He worked for two decades at the docks.',
      'His daughter, Lina Vell, is 26 and a nurse.',
      'The elder Vell laughed at that. Over coffee he explained why the news worried him. His younger brother, Arvo Vell, is still in the border town, as far as his cousins know, and the last letter came a year ago.',
      '"If the factory closes, my brother will go hungry," he said.',
    ];
    expect(speakerOf(text, 'If the factory closes')).not.toBe('Arvo Vell');
  });
  it('without "my daughter" in the quote, "Her daughter, NAME, was more animated." before "she said" is the daughter', () => {
    const text = [
      'Marta Oske, 61, runs the bakery on the square. "We saw nothing," she said.',
      'Her daughter, Lina Oske, who works at the depot, was more animated. "The whole street was closed," she said.',
    ];
    expect(speakerOf(text, 'The whole street was closed')).toBe('Lina Oske');
  });
  it('"Her husband, NAME, ..." before a "he said" still gives the words to the husband', () => {
    const text = [
      'Marta Oske runs the bakery on the square. Her husband, Jonas Oske, repairs boats at the harbour.',
      '"The sea has been kind this year," he said.',
    ];
    expect(speakerOf(text, 'The sea has been kind')).toBe('Jonas Oske');
  });
});
