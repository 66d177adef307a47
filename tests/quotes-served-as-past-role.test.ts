import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { leftOfficeRole } from '../src/quotes/left-office-role.ts';

// Passages written for these tests, with invented people and places: a "who served as ... in YEAR" clause after a
// name gives its bearer the former role a later "the former ROLE said" means.
describe('"NAME, who served as X\'s ROLE in ... in the early 2000s,"', () => {
  it('"the former envoy said" is that person, across a paragraph about someone else\'s arrival', () => {
    const got = speakersByQuote([
      'R.K. Varman, who served as Ostrel\'s envoy in Varn in the early 2000s, said the site was chosen with care. "Nobody meets at a harbour by accident," said Mr. Varman.',
      '"The son has learned the father\'s lessons," the former envoy said.',
    ]);
    expect(got.get("The son has learned the father's lessons")).toBe('R.K. Varman');
  });
  it('"served as" with no time past is no former role (it may be held now)', () => {
    const text = 'Ana Roe, who served as a harbour pilot for years, said so.';
    expect(leftOfficeRole(text, 0, 7)).toBeNull();
    const past = 'Ana Roe, who served as a harbour pilot from 1998, said so.';
    expect(leftOfficeRole(past, 0, 7)).toBe('former harbour pilot');
  });
});
