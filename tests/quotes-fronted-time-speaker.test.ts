import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

const WORDS = 'Not again, not after all this time';

describe('a verb of speech inside a fronted clause of time', () => {
  it('gives the quote after the main clause to no one named in the fronted clause', () => {
    expect(speakersByQuote([`When Mara Olsen said the talks had failed, a clerk who works at the pier laughed: "${WORDS}."`]).get(WORDS)).toBeNull();
    expect(speakersByQuote([`When Mara Olsen said the talks had failed, a clerk who works at the pier laughed, "${WORDS}."`]).get(WORDS)).toBeNull();
  });

  it('gives it to the main clause subject when that is read', () => {
    expect(speakersByQuote([`When Mara Olsen said the talks had failed, Piet Vos laughed: "${WORDS}."`]).get(WORDS)).toBe('Piet Vos');
    expect(speakersByQuote([`When Mara Olsen said the talks had failed, a clerk laughed: "${WORDS}."`]).get(WORDS)).toBe('a clerk');
  });

  it('keeps "As NAME put it" and a pronoun after the fronted clause', () => {
    expect(speakersByQuote([`As Mara Olsen put it, as I was leaving the pier: "${WORDS}."`]).get(WORDS)).toBe('Mara Olsen');
    expect(speakersByQuote([`When Mara Olsen spoke, she said: "${WORDS}."`]).get(WORDS)).toBe('Mara Olsen');
  });
});
