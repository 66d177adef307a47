import { describe, it, expect } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: two roles of one person joined by "and" before the person's full name.
describe('"His friend and rival NAME"', () => {
  it('reads the name as one person with both roles', () => {
    expect(parseSpeakerPhrase('His friend and rival Ilse Verhulst')).toMatchObject({ type: 'name', name: 'Ilse Verhulst', kind: 'person' });
    expect(parseSpeakerPhrase('her compatriot and political opponent Tomas Verhulst')).toMatchObject({ type: 'name', name: 'Tomas Verhulst', kind: 'person' });
  });
  it('reads no one from two words of kin, which may be two people', () => {
    expect(parseSpeakerPhrase('His wife and daughter Anna Verhulst')).toBeNull();
  });
  it('gives the "she" after the sentence to the one so named, past an aside of party and surname', () => {
    const by = speakersByStart([
      'The Dutch member Tomas Verhulst, of the liberal group, said the port should "stay open."',
      'His compatriot and political opponent Ilse Verhulst, of the Green group, who shares his surname, answered him directly. "My colleague confuses dredging with drowning," she said.',
    ]);
    expect(by.get('My colleague confuses')).toBe('Ilse Verhulst');
  });
  it('gives the "she" to the one named after two plain joined roles', () => {
    const by = speakersByStart([
      'The Dutch member Tomas Verhulst said the port should "stay open."',
      'His friend and rival Ilse Verhulst answered him directly. "My colleague confuses dredging with drowning," she said.',
    ]);
    expect(by.get('My colleague confuses')).toBe('Ilse Verhulst');
  });
});
