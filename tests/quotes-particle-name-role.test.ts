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
