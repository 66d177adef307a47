import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: an agency's English feed, an office "of" a region before a name with a
// patronymic whose given name the name lists know and the lexicon lacks.
describe('an office "of" a body before a given name only the name lists know', () => {
  it('reads "Governor of the REGION Oleg PATRONYMIC SURNAME" as the person, the office as the role', () => {
    expect(parseSpeakerPhrase('Governor of the Vetluga Region Oleg Ivanovich Dorokhov')).toEqual({ type: 'name', name: 'Oleg Ivanovich Dorokhov', role: 'Governor of the Vetluga Region', kind: 'person' });
  });
  it('ties a later "the governor noted" to him', () => {
    const paras = [
      'Governor of the Vetluga Region Oleg Ivanovich Dorokhov, who met the delegations, told the agency that the region was ready.',
      'The governor noted that the site had received "more than two hundred guests" in one day.',
    ];
    expect(speakerOf(paras, 'more than two hundred guests')).toBe('Oleg Ivanovich Dorokhov');
  });
  it('leaves an office of a body of words WordNet has a description', () => {
    expect(parseSpeakerPhrase('Head of the Asia Pacific Desk')?.type).toBe('description');
  });
});
