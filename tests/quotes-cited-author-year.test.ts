import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented scholars and works): an author cited by surname and year before a
// quotation ("As Roe (2019) put it,", "Roe (2020: 114) notes that") is the one person of that surname the text
// names in full; with two of that surname (a scholar and a leader), no one.
describe('an author cited by surname and year', () => {
  it('"As SURNAME (YEAR) put it, "..."" is the one of that surname named in full', () => {
    const got = speakersByQuote([
      "Marta Quillfeather's 2018 article remains the best short account of the river trade.",
      'As Quillfeather (2018) put it, "Every barge on the Ostra carries two cargoes, one of them political."',
    ]);
    expect(got.get('Every barge on the Ostra carries two cargoes, one of them political')).toBe('Marta Quillfeather');
  });

  it('"SURNAME (YEAR: PAGE) notes that "..."" likewise', () => {
    const got = speakersByQuote([
      "Oren Taldwick's book on the harbour guilds appeared in 2021.",
      'Taldwick (2021: 88) notes that "no guild ever refused a loan from the crown".',
    ]);
    expect(got.get('no guild ever refused a loan from the crown')).toBe('Oren Taldwick');
  });

  it('a surname two people bear in full (a scholar and a president of it) is left to no one', () => {
    const got = speakersByQuote([
      "Lena Marrak's book The Quiet Client appeared some years ago.",
      'President Tomas Marrak, for his part, told reporters the talks were "a new chapter".',
      'Marrak (2020: 114) notes that "every patron complained and kept paying anyway".',
    ]);
    expect(got.get('every patron complained and kept paying anyway')).toBeNull();
  });

  // (h4, session 55: the text settles it when it gave one bearer alone with a work of the cited year.)
  it('a surname two people bear goes to the one the text gave with a work of the cited year', () => {
    const got = speakersByQuote([
      "Lena Marrak's book The Quiet Client appeared in 2020.",
      'President Tomas Marrak, for his part, told reporters the talks were "a new chapter".',
      'Marrak (2020: 114) notes that "every patron complained and kept paying anyway".',
    ]);
    expect(got.get('every patron complained and kept paying anyway')).toBe('Lena Marrak');
  });
});
