import { describe, expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { scanNameMentions } from '../src/quotes/name-mentions.ts';
import { SurnameHolders } from '../src/quotes/surname-holders.ts';

// Passages written for these tests (session 36): two people of one surname, an assistant the text calls by the
// bare surname first and a minister it names in full after her.
const opening = [
  'The transport minister defended the new harbour levy before a committee of the regional assembly on Tuesday.',
  'Her assistant, Tomas Vrell, handed out copies of the costings. "Members have had these for a week," Vrell said.',
];

describe('a bare surname after a namesake the paragraph before named as its subject', () => {
  it('goes on with the minister the paragraph before named in full as its subject', () => {
    const got = speakersByOpening([
      ...opening,
      'The minister, Ilka Vrell, said the levy would raise about 40 million a year. Dredging would start in May, she said.',
      '"The numbers are there for anyone to read," Vrell said.',
    ]);
    expect(got.get('Members have had')).toBe('Tomas Vrell');
    expect(got.get('The numbers are')).toBe('Ilka Vrell');
  });

  it('still goes on with the one called so first when the paragraph before brought the namesake in as kin', () => {
    const got = speakersByOpening([
      ...opening,
      'His sister, Ilka Vrell, works for the port authority. She said the levy was long overdue.',
      '"The numbers are there for anyone to read," Vrell said.',
    ]);
    expect(got.get('The numbers are')).toBe('Tomas Vrell');
  });
});

describe('the table of holders of a surname', () => {
  it('files each full name under its surname, in reading order, and tells who was brought in as kin', () => {
    const paragraphs = ['Senator Mara Quell spoke first.', 'Her son, Jonas Quell, said little. Quell left early.', 'Kim Dae-ho and Kim Sun-ja arrived later.'];
    const table = new SurnameHolders(paragraphs, scanNameMentions(paragraphs));
    expect(table.endingIn('quell').map((m) => m.compact)).toEqual(['maraquell', 'jonasquell']);
    const [mara, jonas] = table.endingIn('quell');
    expect(table.broughtInAsKin(mara!, 'quell')).toBe(false);
    expect(table.broughtInAsKin(jonas!, 'quell')).toBe(true);
    // (A name written family name first is filed under its first word.)
    expect(table.bearing('kim').map((m) => m.compact)).toEqual(['kimdaeho', 'kimsunja']);
    expect(table.endingIn('kim')).toEqual([]);
  });
});
