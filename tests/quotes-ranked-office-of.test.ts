import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: an agency's English feed, offices set before names with patronymics.
describe('a rank before an office "of" a body, then the name', () => {
  it('`Deputy Chairwoman of BODY NAME said ... "...," she told AGENCY` is the woman named, not "Chairwoman"', () => {
    const paras = [
      'Governor of the Vetluga Region Pavel Ilyich Dorokhov met the guests.',
      'Deputy Chairwoman of the Vetluga Regional Legislative Assembly Marina Olegovna Dorokhova, no relation of the governor, said the farms wanted workers. "Our fields need hands," she told the agency.',
    ];
    expect(speakerOf(paras, 'Our fields need hands')).toBe('Marina Olegovna Dorokhova');
  });
  it('`Deputy Head of BODY NAME said ...` reads the name with the whole office as its role', () => {
    expect(parseSpeakerPhrase('Deputy Head of the Vetluga Regional Assembly Pavel Kostin')).toEqual({ type: 'name', name: 'Pavel Kostin', role: 'Deputy Head of the Vetluga Regional Assembly', kind: 'person' });
  });
  it('leaves "Deputy Chairman" alone a description', () => {
    expect(parseSpeakerPhrase('Deputy Chairman')?.type).toBe('description');
  });
});
