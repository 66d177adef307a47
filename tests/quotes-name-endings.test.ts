// One list of the words that end a body's or a place's name (names.ts's `nameEnding`), asked by the proper-name
// classifier, the relative clause "..., which said:" and the readers that set a person up from a name alone.
// Sentences and names invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { classifyProperName, nameEnding } from '../src/quotes/names.ts';
import { relativeSpeaker } from '../src/quotes/relative-speaker.ts';
import { doc, passagesOf } from './helpers/docs.ts';

describe('the last word of a body\'s or a place\'s name', () => {
  it('makes the name no person\'s', () => {
    for (const name of ['Kell Academy', 'Tarn Harbour Board', 'Orrin Wray Society', 'Harlow Street Clinic', 'Brisk Foods Plc', 'Velden Pier', 'Kelso Road', 'Tarn Station', 'Marta Inn']) {
      expect(classifyProperName(name)).toBe('organisation');
    }
    expect(nameEnding('the Lowton Supporters Trust')).toBe('body');
    expect(nameEnding('Velden Pier')).toBe('place');
  });

  it('leaves a place\'s word that is also a surname to the person ("Grace Park"), only a doubt', () => {
    expect(classifyProperName('Grace Park')).toBe('person');
    expect(classifyProperName('Nathan Lane')).toBe('person');
    expect(nameEnding('Hollin Park')).toBe('place or surname');
    expect(nameEnding('Jane Roe')).toBeNull();
  });
});

describe('"the X, which said:" after a body\'s name', () => {
  it('gives the words to a paper or a body named by any word of bodies, not to a document', () => {
    expect(relativeSpeaker('The row reached the Kelso Herald, which wrote:')).toBe('the Kelso Herald');
    expect(relativeSpeaker('They wrote to the Tarn Chamber, which replied:')).toBe('the Tarn Chamber');
    expect(relativeSpeaker('The council published the Harbour Report, which said:')).toBeNull();
  });
});

describe('a body\'s name opening on a given name', () => {
  it('is no person for the "she said" after it', () => {
    const { quotes } = extractQuotes(passagesOf(doc('p', '2026-03-01', [
      'The flood reached the town on Friday.',
      'Take Hollin Park, which lost every tree. "It will take years," she said.',
      'His result was confirmed by his tutor, Marta Vell Academy. "He was a fine pupil," she said.',
    ])));
    expect(quotes.find((q) => q.quote.startsWith('It will take'))?.speaker ?? null).not.toBe('Hollin Park');
    expect(quotes.find((q) => q.quote.startsWith('He was a fine'))?.speaker ?? null).not.toBe('Marta Vell Academy');
  });
});
