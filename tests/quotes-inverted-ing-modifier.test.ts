import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: an inverted credit whose role holds a word in "-ing" after a possessive.
describe('"said the BODY\'s managing director, NAME" credits the named director', () => {
  it('reads past "managing" and "acting" to the name set off after the role', () => {
    const paragraphs = [
      'The Norland Traders Federation said its members had "no dealings at all" with the new port.',
      '"Our members have been leaving that market for years," said the federation\'s managing director, Pell Brandt.',
      '"Nobody will go back," said the federation\'s acting chair, Ines Varga.',
    ];
    expect(speakerOf(paragraphs, 'Our members have been')).toBe('Pell Brandt');
    expect(speakerOf(paragraphs, 'Nobody will go back')).toBe('Ines Varga');
  });
});
