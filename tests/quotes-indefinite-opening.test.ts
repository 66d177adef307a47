import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSubjectPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: an indefinite pronoun opening a clause ("Nothing Delacroix does ...") is the
// clause's subject, and the capitalised name after it is another clause's subject, not a person "Nothing Delacroix".
describe('an indefinite pronoun opening a sentence is no part of the name after it', () => {
  it('a later credit by surname reaches the person, not "Nothing Delacroix"', () => {
    const paras = [
      'Our reporter spoke with the analyst Ruth Abara about the budget vote.',
      'Abara: Nothing Delacroix does in front of a camera is an accident. Delacroix later called the vote "a formality."',
    ];
    expect(speakerOf(paras, 'a formality')).toBe('Delacroix');
  });
  it('"Everything Moreau touches" names no one called "Everything Moreau"', () => {
    const paras = ['Everything Moreau touches turns into a quarrel, her allies say.', 'Moreau called the report "a hatchet job."'];
    expect(speakerOf(paras, 'a hatchet job')).toBe('Moreau');
  });
  it('parses "Nobody Lindgren" down to the name', () => {
    expect(parseSubjectPhrase('Nobody Lindgren')).toMatchObject({ type: 'name', name: 'Lindgren' });
  });
});
