import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: invented people and places.
describe('"played a clip of NAME telling reporters that ... "..."": the one the recording is of speaks', () => {
  it('gives the words to the person in the clip, not to those who played it', () => {
    expect(speakerOf(['The hosts then played a clip of harbour master Tom Hale telling reporters that the ferries had left "on schedule."'], 'on schedule')).toBe('Tom Hale');
    expect(speakerOf(['The presenters showed a video of Mayor Ines Kolb saying the bridge would reopen "within weeks."'], 'within weeks')).toBe('Ines Kolb');
  });
  it('still gives "footage of NAME saying" to that name', () => {
    expect(speakerOf(['Footage of Tom Hale saying the ferries had left "on schedule" spread fast.'], 'on schedule')).toBe('Tom Hale');
  });
});
