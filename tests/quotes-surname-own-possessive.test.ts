import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { surnameOwnGender } from '../src/quotes/surname-own-possessive.ts';

// Passages written for this test: a man and a woman share a surname; the narration has the bare surname own
// something as "her" ("Marsh let her staff believe ..."), so a later bare "Marsh" is the woman, not the man
// named last.
describe('a bare surname the narration gave a possessive', () => {
  const paras = [
    'Marsh Hid Knee Trouble',
    'Jane Marsh’s health was worse than she let on, records show.',
    'Dr. Olaf Brun, physician under former Governor Paul Marsh, said the injury was serious. Marsh let her staff believe it was a sprain, he said.',
    '“I can walk it off,” Marsh wrote in a note to an aide.',
  ];
  it('goes to the holder of that sex', () => {
    expect(speakerOf(paras, 'walk it off')).toBe('Jane Marsh');
  });
  it('reads only a possessive before a noun, in the bare surname\'s own clause', () => {
    expect(surnameOwnGender(['Marsh let her staff believe it.'], 'Marsh')).toBe('f');
    expect(surnameOwnGender(['Marsh thanked her for the help.'], 'Marsh')).toBeNull();
    expect(surnameOwnGender(['Paul Marsh hid his knee.'], 'Marsh')).toBeNull();
    expect(surnameOwnGender(['Marsh hid his knee. Marsh let her staff go.'], 'Marsh')).toBeNull();
  });
  it('with no such sign and neither at hand, the bare surname goes to no one rather than the one named last', () => {
    const bare = [
      'Jane Marsh’s health was worse than she let on, records show.',
      'Dr. Olaf Brun, physician under former Governor Paul Marsh, said the injury was serious.',
      '“I can walk it off,” Marsh wrote in a note to an aide.',
    ];
    expect(speakerOf(bare, 'walk it off')).toBeNull();
    // (One of them at hand, a subject just before, keeps the surname.)
    const atHand = [
      'Jane Marsh’s health was worse than she let on, records show.',
      'Dr. Olaf Brun, physician under former Governor Paul Marsh, said the injury was serious.',
      'Jane Marsh told aides she was fine. “I can walk it off,” Marsh wrote in a note.',
    ];
    expect(speakerOf(atHand, 'walk it off')).toBe('Jane Marsh');
  });
});

