import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: a person called by a given name that is
// neither the first nor the last word of the full name the text gave.
describe('a one-word credit that is an inner given name of one full name', () => {
  it('"Harun told reporters" after "Deputy Trade Minister Datuk Mohd Harun Latif said"', () => {
    const got = speakersByQuote([
      'Deputy Trade Minister Datuk Mohd Harun Latif said Kelantia was "watching the talks closely" and hoped for calm.',
      '"Our stand has not changed. We support dialogue," Harun told reporters after opening a fair in Tanjung Emas yesterday.',
      'He said no request had come in. "If there is a need, we will act," he added.',
      'Asked about trade, Harun said there was "no reason to worry" now.',
    ]);
    expect(got.get('Our stand has not changed. We support dialogue')).toBe('Mohd Harun Latif');
    expect(got.get('If there is a need, we will act')).toBe('Mohd Harun Latif');
    expect(got.get('no reason to worry')).toBe('Mohd Harun Latif');
  });
  it('not when the word is also another person\'s first name', () => {
    const got = speakersByQuote([
      'Deputy Trade Minister Datuk Mohd Harun Latif said Kelantia was "watching the talks closely."',
      'A trader, Harun Wirasto, was less calm. Prices had doubled, he said.',
      '"Our stand has not changed," Harun told reporters.',
    ]);
    expect(got.get('Our stand has not changed')).not.toBe('Mohd Harun Latif');
  });
  it('not when two full names hold the word inside', () => {
    const got = speakersByQuote([
      'Deputy Trade Minister Datuk Mohd Harun Latif said Kelantia was "watching the talks closely."',
      'His aide, Rosnah Harun Bakri, said the ministry would write to both embassies.',
      '"Our stand has not changed," Harun told reporters.',
    ]);
    expect(got.get('Our stand has not changed')).not.toBe('Mohd Harun Latif');
    expect(got.get('Our stand has not changed')).not.toBe('Rosnah Harun Bakri');
  });
  it('not a word inside the name of a body', () => {
    const got = speakersByQuote([
      'Dr Farid Osmanu of Universiti Telaga Perak said the region should stay "calm and neutral."',
      '"We are a small country," Telaga said.',
    ]);
    expect(got.get('We are a small country')).not.toBe('Universiti Telaga Perak');
    expect(got.get('We are a small country')).not.toBe('Farid Osmanu');
  });
});

// The reading of two surnames ("Marta Ruiz Castaño" is "Ruiz") takes only a name a known first name opens; a word
// that two full names hold inside is either's.
describe('a word two full names hold inside, one opened by a known first name', () => {
  it('"Harun told reporters" beside "Mohd Harun Latif" and "Siti Harun Bakri" is neither', () => {
    const got = speakersByQuote([
      'Deputy Trade Minister Datuk Mohd Harun Latif said Kelantia was "watching the talks closely."',
      'His aide, Siti Harun Bakri, said the ministry would write to both embassies.',
      '"Our stand has not changed," Harun told reporters.',
    ]);
    expect(got.get('Our stand has not changed')).not.toBe('Siti Harun Bakri');
    expect(got.get('Our stand has not changed')).not.toBe('Mohd Harun Latif');
  });
});

describe('the inner given name with a title', () => {
  it('"Mr. Harun said" after "Datuk Mohd Harun Latif" is still him', () => {
    const got = speakersByQuote([
      'Deputy Trade Minister Datuk Mohd Harun Latif said Kelantia was "watching the talks closely."',
      'Mr. Harun said later there was "no reason to worry" yet.',
      '"Our stand has not changed," Harun told reporters.',
    ]);
    expect(got.get('no reason to worry')).toBe('Mohd Harun Latif');
    expect(got.get('Our stand has not changed')).toBe('Mohd Harun Latif');
  });
});
