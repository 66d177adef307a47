import { describe, it, expect } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';
import { parseSubjectPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: a person's letter or statement named by "her" or "his" before its words.
describe('"Her letter was brief: ..."', () => {
  it('reads the document a possessive pronoun owns as that pronoun, its writer', () => {
    expect(parseSubjectPhrase('Her letter')).toEqual({ type: 'pronoun', pronoun: 'she' });
    expect(parseSubjectPhrase('His brief statement')).toEqual({ type: 'pronoun', pronoun: 'he' });
    expect(parseSubjectPhrase('Their letter')).toBeNull();
  });
  it('gives the words to the writer the sentence before named', () => {
    const by = speakersByStart(['A reader, Rina Vastholm of Kelso, wrote to remind me of it this week. Her letter was brief: "You said the port would never close."']);
    expect(by.get('You said the port')).toBe('Rina Vastholm');
  });
  it('follows the pronoun rules: the one of its sex when a man is named beside her', () => {
    const by = speakersByStart(['Tomas Vell met Rina Vastholm this week.', 'Her letter said: "You said the port would never close."']);
    expect(by.get('You said the port')).toBe('Rina Vastholm');
  });
});
