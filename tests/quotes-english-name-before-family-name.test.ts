import { describe, it, expect } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { givenBeforeFamilyName, nameWords } from '../src/quotes/names.ts';

// Passages written for these tests: an English given name before a name written family name first with a
// hyphenated given name ("Vivian Ho Siu-wah") files its bearer under the middle word, which a later "Ms Ho"
// means, whether or not a list of family names holds it; and an owner's possessive before a bare surname
// ("Harbour's Ho") is no second person's full name.
describe('an English given name before a family-name-first name', () => {
  it('reads a short middle word no given name as the family name', () => {
    expect(givenBeforeFamilyName(nameWords('Vivian Ho Siu-wah'))).toBe(true);
    expect(givenBeforeFamilyName(nameWords('Vivian Yip Mei-kuen'))).toBe(true);
    expect(givenBeforeFamilyName(nameWords('Anna Maria Smith'))).toBe(false);
    expect(givenBeforeFamilyName(nameWords('Anna Louise Smith-jones'))).toBe(false);
  });
  it('"Ms Ho" is the woman named so, not the man Ho named before her', () => {
    const q = speakersByQuote([
      '"Prices are steady," Ho Ka-chun, head of research at Harbour Securities, told me. He is usually right.',
      'Vivian Ho Siu-wah, who runs a fund at Peak Capital, said she had sold her shipping shares.',
      '"I fear the sanctions more than the rockets," Ms Ho said.',
      'Mr Ho, for his part, thinks the fall was overdone. "The exposure is tiny," he said.',
      'Stocks rose later, and Harbour\'s Ho thinks the rally can last.',
    ]);
    expect(q.get('I fear the sanctions more than the rockets')).toBe('Vivian Ho Siu-wah');
    expect(q.get('The exposure is tiny')).toBe('Ho Ka-chun');
  });
});
