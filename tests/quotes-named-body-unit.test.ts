import { describe, it, expect } from 'vitest';
import { quoteOpeningWith, speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a body's unit named in capitals, then "of the" and the body's own name.
describe('"The Northern Branch of the National Post Office said ..."', () => {
  it('is a body, never a person named "Northern Branch"', () => {
    const read = quoteOpeningWith(['The Northern Branch of the Velmark Post Office said the depot was "operating normally" this week.']);
    expect(read.get('operating')).toEqual({ speaker: 'the Northern Branch of the Velmark Post Office', kind: 'organisation' });
  });
  it('reads the other units so: a division of an authority, a command of a guard', () => {
    expect(speakerOf(['The Eastern Division of the Brask Railway Authority said on Monday that trains were "running on time."'], 'running on time')).toBe('the Eastern Division of the Brask Railway Authority');
    expect(speakerOf(['The Southern Command of the Orrin Coast Guard said the cutter had been "recalled to port."'], 'recalled')).toBe('the Southern Command of the Orrin Coast Guard');
  });
  it('is a body when a given name places it, after "The"', () => {
    expect(speakerOf(['The Ada Branch of the Velmark Post Office said the depot was "operating normally" this week.'], 'operating')).toBe('the Ada Branch of the Velmark Post Office');
  });
  it('leaves the unit out of the people the document names in full', () => {
    expect(speakerOf(['Staff at the Northern Branch of the Velmark Post Office were told on Friday. "It is closed," Branch said.'], 'It is closed')).not.toBe('Northern Branch');
  });
});
