import { describe, expect, it } from 'vitest';
import { firstPassage } from './helpers/towns.ts';

// An invented report: the second paragraph holds the question's nouns and "known", which WordNet gives as a sense of
// "think"; the third has the mayor's stance on the road.
const ROAD_TALKS = [
  'The mayors of Eastburg and Westfield met on Friday at the old mill.',
  'Details of the talks are not known, but they are likely to have touched on the toll road.',
  'Mayor Ann Holt expressed her "full" backing for the toll road.',
  'Westfield needs more buses for its schools.',
  'The toll road would run from Eastburg to the coast.',
];

describe('an opinion asked ("what does X think of Y")', () => {
  it('answers with the paragraph giving X\'s stance, not one whose "known" meets the frame\'s "think"', () => {
    expect(firstPassage(ROAD_TALKS, 'what does the mayor think of the toll road')).toBe('towns#p3');
    expect(firstPassage(ROAD_TALKS, 'how does holt feel about the toll road?')).toBe('towns#p3');
  });
});
