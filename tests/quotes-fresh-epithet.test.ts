import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people: a definite description the text gives no one before,
// crediting a quote that opens the paragraph after the one where a single person spoke.
describe('a fresh epithet for the speaker just heard', () => {
  it('"the analyst added" after a paragraph where only Tessa Moor spoke is hers', () => {
    const got = speakersByQuote([
      'Tessa Moor, a senior fellow at the Lund Institute for Baltic Studies (LIBS), said the pact was a "marriage of habit".',
      '"Oslo needs fish, Riga needs coal. It is a trade, not a union," she said.',
      '"The risk," the analyst added, "is that a trade repeated often enough becomes a union."',
    ]);
    expect(got.get('The risk')).toBe('Tessa Moor');
    expect(got.get('is that a trade repeated often enough becomes a union')).toBe('Tessa Moor');
  });
  it('not a reply: "the witness replied" after the one who asked is another turn', () => {
    const got = speakersByQuote([
      'Counsel for the port, Edgar Pell, pressed on. "Was that a guess?" Pell asked.',
      '"It is a reasoned estimate," the witness replied.',
    ]);
    expect(got.get('It is a reasoned estimate')).not.toBe('Edgar Pell');
  });
  it('not a noun the text already gave someone: "the analyst" after an analyst was brought in', () => {
    const got = speakersByQuote([
      'An analyst at a Riga bank said the pact would not last.',
      'Tessa Moor, a senior fellow, disagreed. "It is a trade, not a union," she said.',
      '"The risk is slow," the analyst added.',
    ]);
    expect(got.get('The risk is slow')).not.toBe('Tessa Moor');
  });
  it('not a noun of age: "the teenager" after a paragraph where only a 34-year-old spoke', () => {
    const got = speakersByQuote([
      'Fifteen-year-old Rika Veld beat 36-year-old Hanne Osk in the final on Sunday.',
      'Osk said Veld played "like a pro". "I had nothing," the 36-year-old said.',
      '"I am just glad," the teenager said.',
    ]);
    expect(got.get('I am just glad')).not.toBe('Hanne Osk');
  });
  it('"The ex-soldier added: ..." opening the paragraph, a colon before the quote, is the one just heard too', () => {
    const got = speakersByQuote([
      'Paul Verne, 70, who served with the engineers in Cyprus, said the bridge was "a disgrace."',
      '"They painted it and called it mended," Verne told the Courier.',
      'The ex-soldier added: "Paint holds nothing up. Steel does."',
    ]);
    expect(got.get('Paint holds nothing up. Steel does')).toBe('Paul Verne');
  });
});
