import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: invented people and places.
describe('an epithet in -ed before a title and a name is the person\'s, not a verb', () => {
  it('reads "the respected Comrade NAME" as the named person', () => {
    expect(parseSpeakerPhrase('the respected Comrade Pak Tong Su')).toMatchObject({ type: 'name', name: 'Pak Tong Su', kind: 'person' });
    expect(parseSpeakerPhrase('The retired General Ilse Varn')).toMatchObject({ type: 'name', name: 'Ilse Varn', kind: 'person' });
  });
  it('gives a later "He said:" to the one the honorific run names', () => {
    const paragraphs = ['At a banquet in honour of the visit, the respected Comrade Pak Tong Su made a speech. He said: "The friendship between our ports is unbreakable."'];
    expect(speakerOf(paragraphs, 'The friendship')).toBe('Pak Tong Su');
  });
  it('still reads no one from an -ed word before a bare name', () => {
    expect(parseSpeakerPhrase('the respected Ilse Varn')).toBeNull();
  });
});
