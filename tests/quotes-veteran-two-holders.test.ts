import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// "The veteran diplomat" in an obituary of a diplomat, after a friend brought in as "a former diplomat": either may be meant.
const LEAD = 'Tomas Reed, a diplomat for forty years, died on Monday at 81.';
const FRIEND = 'His friend Jan Olek, a former diplomat, visited him often in his last years.';

describe('"the veteran ..." when two people the text gave that calling may be meant', () => {
  it('credits nobody, as speaker or as the subject a "he" goes back to', () => {
    // (Since session 52 the description may stand as a speaker of its own, untied: the text's own words, no one named.)
    const own = speakerOf([LEAD, FRIEND, '"They never understood what we were doing," the veteran diplomat said.'], 'never understood');
    expect(own === null || own === 'the veteran diplomat').toBe(true);
    expect(speakerOf([LEAD, FRIEND, 'The veteran diplomat was less patient with critics. "They never understood what we were doing," he said.'], 'never understood')).toBeNull();
  });

  it('still reads it as the one diplomat when the obituary subject followed another calling', () => {
    expect(speakerOf(['Tomas Reed, a painter, died on Monday at 81.', FRIEND, 'The veteran diplomat was less patient with critics. "They never understood what we were doing," he said.'], 'never understood')).toBe('Jan Olek');
  });

  it('still reads it as the obituary subject when no one else was given the calling', () => {
    expect(speakerOf([LEAD, 'His friend Jan Olek visited him often in his last years.', '"They never understood what we were doing," the veteran diplomat said.'], 'never understood')).toBe('Tomas Reed');
  });
});
