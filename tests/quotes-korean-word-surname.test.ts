import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a Korean family name that is also an English word ("Oh"), before a
// hyphenated given name, named after the quote.

describe('a Korean family name that is also an interjection', () => {
  it('"said Oh Min-seo, an analyst at ...": the analyst', () => {
    const text = ['"The order is a rumour until it is signed," said Oh Min-seo, an analyst at Fjord Securities in Oslo, who calls the shares fairly priced.'];
    expect(speakerOf(text, 'until it is signed')).toBe('Oh Min-seo');
  });

  it('"Oh," as an interjection opening a quote\'s credit is still no name', () => {
    const text = ['"Oh, well, the market will decide," said Ola Vik, an analyst at Fjord Securities.'];
    expect(speakerOf(text, 'the market will decide')).toBe('Ola Vik');
  });
});
