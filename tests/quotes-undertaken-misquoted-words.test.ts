import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Session 54 (h5): words not (yet) said by the one the sentence names — a forecast whose subject has a name set off,
// words only promised or due, and words a misquote put in someone's mouth — are credited to no one.

it('reads a forecast whose subject has a name set off by commas', () => {
  expect(speakerOf(['Economists expect the finance minister, Halvard Brekke, to say that growth will be "modest at best".'], 'modest at best')).toBeNull();
  expect(speakerOf(['Parents hoped the headmistress, Signe Aasen, would say the school was "safe for good".'], 'safe for good')).toBeNull();
});

it('reads words only promised, planned or due to be said', () => {
  expect(speakerOf(['The singer Eirik Rustad has promised to say "thank you" to every fan at the gate.'], 'thank you')).toBeNull();
  expect(speakerOf(['The chairwoman, Randi Fossum, is due to tell shareholders that the year was "the best in a decade".'], 'the best in a decade')).toBeNull();
  // (A promise's own words are the one who promised: "promised to "fight for every job"".)
  expect(speakerOf(['The candidate Eirik Rustad promised to "fight for every job" in the valley.'], 'fight for every job')).toBe('Eirik Rustad');
});

it('reads "was misquoted as saying": the misquote’s words are not the one misquoted', () => {
  expect(speakerOf(['The curator Liv Sandvik was misquoted as saying the museum was "a shed full of junk".'], 'a shed full of junk')).toBeNull();
  expect(speakerOf(['The curator Liv Sandvik said the museum was "a treasure house".'], 'a treasure house')).toBe('Liv Sandvik');
});
