import { describe, it, expect } from 'vitest';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { speakerOf } from './helpers/quotes.ts';

// Phrases and passages written for these tests: a role written before a full name whose surname opens with a
// lowercase particle ("van", "de") is that person's role, as before any other full name.
describe('a role before a name with a surname particle', () => {
  it('"Party spokesperson Karel van Dam" is Karel van Dam with his role', () => {
    expect(parseSpeakerPhrase('Party spokesperson Karel van Dam')).toEqual({ type: 'name', name: 'Karel van Dam', role: 'Party spokesperson', kind: 'person' });
  });
  it('"harbour master Ilse de Groot" is Ilse de Groot', () => {
    const parsed = parseSpeakerPhrase('harbour master Ilse de Groot');
    expect(parsed?.type === 'name' ? parsed.name : null).toBe('Ilse de Groot');
  });
  it('a later "he said" finds the name after its role', () => {
    const paras = ['Party spokesperson Karel van Dam left the chamber early.', '"We must now hear what was found," he said.'];
    expect(speakerOf(paras, 'what was found')).toBe('Karel van Dam');
  });
  it('a name with no particle is read as before', () => {
    expect(parseSpeakerPhrase('Party spokesperson Karel Dammers')).toEqual({ type: 'name', name: 'Karel Dammers', role: 'Party spokesperson', kind: 'person' });
  });
});

// Passages written for these tests: a description opening the sentence, then a full name set off by commas
// whose surname opens with a lowercase particle, then a lowercase verb; the name is the subject a later
// "he said" or "she said" means, as a name with no particle is.
describe('a name with a surname particle set off after a description', () => {
  it('"The spokesperson, Karel van Dam, left early." then "he said"', () => {
    const paras = ['The party\'s spokesperson, Karel van Dam, left the chamber early.', '"We must now hear what was found," he said.'];
    expect(speakerOf(paras, 'what was found')).toBe('Karel van Dam');
  });
  it('two particles: "Jan van der Berg"', () => {
    const paras = ['Her deputy, Jan van der Berg, stayed behind.', '"Nothing has changed for us," he said.'];
    expect(speakerOf(paras, 'Nothing has changed')).toBe('Jan van der Berg');
  });
  it('a woman: "Ilse de Groot" and "she said"', () => {
    const paras = ['The harbour master, Ilse de Groot, watched the ships come in.', '"The berths are full," she said.'];
    expect(speakerOf(paras, 'berths are full')).toBe('Ilse de Groot');
  });
});
