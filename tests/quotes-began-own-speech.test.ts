import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): starting one's own speech before a colon
// ("began her speech:") introduces that subject's words, reported or not.
describe('"NAME began her speech: "..."" is the subject\'s', () => {
  it('in a clause another reports, the one who began, not the teller', () => {
    expect(speakerOf(['Rolf Dinter said the governor, Marit Oskes, began her speech: "Friends, the treasury is empty."'], 'treasury is empty')).toBe('Marit Oskes');
  });
  it('standing alone too', () => {
    expect(speakerOf(['The governor, Marit Oskes, opened the session and began her speech: "Friends, the treasury is empty."'], 'treasury is empty')).toBe('Marit Oskes');
  });
  it('a going on with no speech of the subject\'s own before the colon still leaves the teller\'s ("talks were continuing:")', () => {
    expect(speakerOf(['Rolf Dinter said talks with the governor were continuing: "We meet again on Friday."'], 'meet again on Friday')).toBe('Rolf Dinter');
  });
});
