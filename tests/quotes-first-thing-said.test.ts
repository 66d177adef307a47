import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: "The first thing X said was, "..."": the words are X's, not a "thing"'s.
describe('"the first thing the governor said was" credits the governor', () => {
  it('`The first thing the governor said was, "..."`', () => {
    const paras = ['The state library reopened on Tuesday.', 'The first thing the governor said was, “Nobody steals the dictionaries.”'];
    expect(speakerOf(paras, 'steals the dictionaries')).toBe('the governor');
  });
  it('reads the one who said it past the words for what was said', () => {
    expect(parseSpeakerPhrase('The last thing the governor')).toMatchObject({ type: 'description', head: 'governor' });
    expect(parseSpeakerPhrase('The only thing Vera Anholt')).toMatchObject({ type: 'name', name: 'Vera Anholt' });
  });
});
