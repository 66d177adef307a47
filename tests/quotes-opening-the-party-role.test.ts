import { describe, it, expect } from 'vitest';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { speakerOf } from './helpers/quotes.ts';

// Phrases and passages written for these tests: "The" opening a sentence before a capitalised party or body word,
// a lowercase role and a full name is the article of "the Harbour Party spokeswoman Mara Olsen", not the first
// word of a name.
describe('"The" + a capitalised modifier + a role + a full name opening a sentence', () => {
  it('"The Harbour spokeswoman Mara Olsen" is Mara Olsen with her role', () => {
    expect(parseSpeakerPhrase('The Harbour spokeswoman Mara Olsen')).toEqual({ type: 'name', name: 'Mara Olsen', role: 'Harbour spokeswoman', kind: 'person' });
  });
  it('a hyphenated role and a title: "The Harbour foreign-policy spokesman Dr. Ivo Brandt"', () => {
    const parsed = parseSpeakerPhrase('The Harbour foreign-policy spokesman Dr. Ivo Brandt');
    expect(parsed?.type === 'name' ? parsed.name : null).toBe('Ivo Brandt');
  });
  it('a later "she said" finds the woman named as the subject', () => {
    const paras = ['Dr. Tomas Varga called the deal "a pact of the lonely."', 'The Harbour spokeswoman Mara Olsen called for a firmer reply. "Anyone who still trusts them should look again," she said.'];
    expect(speakerOf(paras, 'still trusts them')).toBe('Mara Olsen');
  });
  it('a description with no name is read as before', () => {
    expect(parseSpeakerPhrase('The Harbour spokeswoman')).toMatchObject({ type: 'description', head: 'spokeswoman' });
  });
  it('a sentence-initial body name alone is not made a person', () => {
    const parsed = parseSpeakerPhrase('The Harbour Council');
    expect(parsed && parsed.type !== 'pronoun' ? parsed.kind : null).not.toBe('person');
  });
});
