import { describe, expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests: a relation brought in with a courtesy title before the name ("her
// husband, Dr. NAME") is brought in all the same, so "His wife" later is the woman whose husband he was.

describe('"NAME1 ... and her husband, Dr. NAME2" then "His wife, reached later, agreed."', () => {
  it('the wife is the woman who brought her husband in, after another man spoke between', () => {
    const text = [
      'Two analysts share a table. Dr. Rina Calder, who directs a program at the Lakeside Forum, and her husband, Dr. Amos Calder, a historian at Vale College, disagree.',
      '"This is a marriage of convenience," Rina Calder said.',
      'Amos Calder laughed when the paper read him that line. "It means yes," he said.',
      'Tom Birk nodded. "Sure," he said.',
      'The last word went to Amos Calder. "Watch the ships," he said. His wife, reached later, agreed, for once. "On that," she said, "he is right."',
    ];
    expect(speakersByOpening(text).get('On that')).toBe('Rina Calder');
  });
});
