import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { ageEpithet } from '../src/quotes/stated-ages.ts';

// Passages written for these tests, with invented people: an age epithet with a noun of a person, never given
// before, opening the paragraph after the one where the only person named or heard spoke last.
describe('an age epithet after the paragraph of the one speaker just heard', () => {
  it('"the 61-year-old diplomat" after a paragraph where only Vell, by his surname, spoke', () => {
    const got = speakersByQuote([
      'Deputy Minister Arnaud Vell said the region wanted calm.',
      'Speaking again after the forum, Vell said he was sure the bloc would stay "a harbour, not a fortress."',
      '"We are few, but we are not silent," the 61-year-old diplomat said.',
    ]);
    expect(got.get('We are few, but we are not silent')).toBe('Arnaud Vell');
  });
  it('"The 49-year-old nurse said" after a paragraph naming the wife early and ending on her "she said"', () => {
    const got = speakersByQuote([
      'Captain Olav Brekke, 58, said the crew were calm. "We carry timber, not rifles," Brekke said.',
      'In Tromso, his wife, Sigrid Brekke, said she followed the news online. "I light a lamp every night for him," she said.',
      'The 49-year-old nurse said her husband had promised to retire. "He said that three winters ago too," she added, laughing.',
    ]);
    expect(got.get('He said that three winters ago too')).toBe('Sigrid Brekke');
  });
  it('not when two people spoke in the paragraph before', () => {
    const got = speakersByQuote([
      'Deputy Minister Arnaud Vell and Councillor Petra Lind spoke after the forum. "We want calm," Vell said. "So do we," Lind said.',
      '"We are few, but we are not silent," the 61-year-old diplomat said.',
    ]);
    expect(got.get('We are few, but we are not silent')).not.toBe('Arnaud Vell');
    expect(got.get('We are few, but we are not silent')).not.toBe('Petra Lind');
  });
  it('ageEpithet takes any noun of a person, not a thing', () => {
    expect(ageEpithet('the 61-year-old diplomat')).toEqual({ age: 61, gender: null });
    expect(ageEpithet('the 49-year-old nurse')).toEqual({ age: 49, gender: null });
    expect(ageEpithet('the 70-year-old treaty')).toBeNull();
  });
});
