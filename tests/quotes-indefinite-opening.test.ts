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

// Written for these tests: "Whether", "Whereas" and "Unless" open a clause; the name after them is its subject.
describe('a subordinating "Whether" opening a sentence is no part of the name after it', () => {
  it('a later credit by surname reaches the person, not "Whether Brandt"', () => {
    const paras = [
      'Mayor Jonas Brandt faces a hard race this autumn.',
      'Whether Brandt can win back the suburbs is unclear. Brandt said the new plan was "a disaster."',
    ];
    expect(speakerOf(paras, 'a disaster')).toBe('Jonas Brandt');
  });
  it('parses "Whether Lindgren" down to the name', () => {
    expect(parseSubjectPhrase('Whether Lindgren')).toMatchObject({ type: 'name', name: 'Lindgren' });
  });
});

// Written for these tests: a quantifier opening a sentence ("Several Brandt allies") is no part of the name.
describe('a quantifier opening a sentence is no part of the name after it', () => {
  it('parses "Several Lindgren" and "Both Lindgren" down to the name', () => {
    expect(parseSubjectPhrase('Several Lindgren')).toMatchObject({ type: 'name', name: 'Lindgren' });
    expect(parseSubjectPhrase('Both Lindgren')).toMatchObject({ type: 'name', name: 'Lindgren' });
  });
  it('a later credit by surname reaches the person, not "Several Brandt"', () => {
    const paras = [
      'Mayor Jonas Brandt faces a hard race this autumn.',
      'Several Brandt donors have left the campaign. Brandt called the defections "a disappointment."',
    ];
    expect(speakerOf(paras, 'a disappointment')).toBe('Jonas Brandt');
  });
});
