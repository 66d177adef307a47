import { describe, expect, it } from 'vitest';
import { sentenceHas } from '../src/search/question-kind.ts';
import { firstPassage } from './helpers/towns.ts';

describe('what an event means, asked', () => {
  it('reads "marked their first ... since" as a record, not as a word of weight', () => {
    expect(sentenceHas('significance', 'It marked their first meeting since 2019.', '2024-03-08')).toBe(false);
    expect(sentenceHas('significance', 'The visit marks the first time since 2019 that the two sat down.', '2024-03-08')).toBe(false);
    expect(sentenceHas('significance', 'The meeting marked a turning point for the valley.', '2024-03-08')).toBe(true);
    expect(sentenceHas('significance', 'Observers said the meeting marks a thaw.', '2024-03-08')).toBe(true);
  });

  it('puts a paragraph saying what the meeting means before one saying nothing of its weight', () => {
    // The second paragraph only dates the meeting ("marked their first meeting since"); the third says what it means.
    const mill = [
      'Eastburg and Westfield sit on opposite banks of the river.',
      'The two mayors sat down Friday at the mill. It marked their first meeting since 2019.',
      'Observers said the long meeting of the two rival mayors on the future of the river, its bridges, its fish and its ferries signals a thaw between the towns.',
      'Westfield wants more buses for its schools.',
    ];
    expect(firstPassage(mill, 'why does the meeting matter')).toBe('towns#p3');
  });

  it('answers "what\'s the big deal" with the lead that says it, over a shorter paragraph saying the same less', () => {
    const lead = [
      'The meeting between the mayors of Eastburg and Westfield, rival towns on opposite banks of the river, has served as a turning point for the valley, observers say.',
      'Council members said the meeting signals a thaw.',
      'The two mayors sat down Friday at the mill.',
      'Westfield wants more buses for its schools.',
    ];
    expect(firstPassage(lead, 'so whats the big deal about this meeting')).toBe('towns#p1');
  });
});
