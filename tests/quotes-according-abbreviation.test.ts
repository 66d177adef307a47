import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented names): an "according to" aside whose source is followed by its
// abbreviation in brackets only carries the words; the subject on the other side of the aside speaks.
describe('"NAME, according to the AGENCY (ABBR), said ..."', () => {
  it('gives the words to the subject, not the agency', () => {
    expect(speakerOf(['Tom Vell, according to the official Harbour News Agency (HNA), said the talks were "the first step" of many.'], 'first step')).toBe('Tom Vell');
  });

  it('does so after a verb of telling, before "that"', () => {
    expect(speakerOf(['Tom Vell told the council, according to the Harbour News Agency (HNA), that the talks were "the first step" of many.'], 'first step')).toBe('Tom Vell');
  });

  it('leaves a bracket that is no abbreviation as it was', () => {
    expect(speakerOf(['The talks were "the first step" of many, according to the Harbour News Agency (in a late bulletin).'], 'first step')).not.toBe('Tom Vell');
  });
});
