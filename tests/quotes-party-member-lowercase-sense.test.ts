import { describe, it, expect } from 'vitest';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Phrases and passages written for these tests: a party's member written with a capital after an article and
// lowercase modifiers ("a leading Liberal", "a veteran Socialist") is someone unnamed described, though WordNet
// files the word under its lowercase sense alone; titles before a name ("Lt.", "Liberal leader") stay roles.
describe('"a leading Liberal" is a description, not a person named "Liberal"', () => {
  it('after the quote', () => {
    const quotes = speakersByQuote(['"We will win the seat back," said a leading Liberal.']);
    expect(quotes.get('We will win the seat back')).toBe('a leading Liberal');
  });

  it('"a veteran Socialist" before the verb', () => {
    const quotes = speakersByQuote(['A veteran Socialist said the vote was "a warning to us all".']);
    expect(quotes.get('a warning to us all')).not.toBe('Socialist');
  });

  it('"Liberal leader Tom Hale" and "Lt. Tom Berg" are those people, their titles roles', () => {
    expect(parseSpeakerPhrase('Liberal leader Tom Hale')).toEqual({ type: 'name', name: 'Tom Hale', role: 'Liberal leader', kind: 'person' });
    expect(parseSpeakerPhrase('Lt. Tom Berg')).toEqual({ type: 'name', name: 'Tom Berg', role: 'Lt.', kind: 'person' });
  });
});
