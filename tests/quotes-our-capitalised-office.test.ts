import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: a club's or church's own paper capitalises its officers' titles after "our";
// "Our Warden" is the officeholder described, as "our warden" is, and the "she said" after goes on with her.
describe('"Our" and a capitalised office', () => {
  it('`Our Bishop was asked ... on the radio. "...," she said.` is the bishop\'s', () => {
    const paras = ['The synod of Tarnby met on Friday.', 'Our Bishop was asked this question on the radio on Monday. “The synod does not take sides,” she said.'];
    expect(speakerOf(paras, 'take sides')).toBe('Our Bishop');
  });
  it('`Our Chaplain said: "..."` is the chaplain\'s', () => {
    expect(speakerOf(['Our Chaplain said: “The hall stays open all winter.”'], 'hall stays open')).toBe('Our Chaplain');
  });
  it('reads the office as one described, and a name of faith as nobody', () => {
    expect(parseSpeakerPhrase('Our Bishop')).toMatchObject({ type: 'description', head: 'bishop', kind: 'unnamed' });
    expect(parseSpeakerPhrase('Our Lady')).toBeNull();
  });
});
