import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Session 56 (h6): a titled teller ("Judge NAME said he had told police "..."") is known by the given name after the
// title; an inner "he"/"she" of the other sex is someone else, and the words are not the teller's.

it('gives no titled woman the words an inner "he" told', () => {
  expect(speakerOf(['Sentencing Osric Pellham, Judge Marianne Quellbrook said he had told police "I would do it again".'], 'I would do it again')).toBeNull();
  expect(speakerOf(['Senator Gwendolen Arkwright said he had told her "the vote is bought".'], 'the vote is bought')).toBeNull();
});

it('gives no titled man the words an inner "she" told', () => {
  expect(speakerOf(['Inspector Barnabas Whitlow said she had told officers "nobody saw me".'], 'nobody saw me')).toBeNull();
});

it('keeps the teller’s own words when the inner pronoun may be the teller', () => {
  expect(speakerOf(['Judge Marianne Quellbrook said she had told the jury "take your time".'], 'take your time')).toBe('Marianne Quellbrook');
});

it('reads the teller’s sex from a title that tells it ("Mrs", "Dame"), before the lists read the title as a given name', () => {
  expect(speakerOf(['Mrs Philomena Garrowby said he had told her "the gate was open".'], 'the gate was open')).toBeNull();
  expect(speakerOf(['Dame Ottoline Fairbrass said he had told the board "the money is gone".'], 'the money is gone')).toBeNull();
  expect(speakerOf(['Dame Ottoline Fairbrass said she had told the board "the money is gone".'], 'the money is gone')).toBe('Dame Ottoline Fairbrass');
});
