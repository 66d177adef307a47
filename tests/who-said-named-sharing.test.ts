import { describe, it, expect } from 'vitest';
import { doc, passagesOf } from './helpers/docs.ts';
import { QuoteBook } from '../src/quotes/quotes.ts';

// Passages written for these tests.
const docs = [
  doc('a', '2024-06-01', [
    'Harbour master Olaf Brenner said conditions were "deeply worrying" for the fleet.',
    '"I have worked on these docks for fifteen years," Mr. Brenner said.',
  ]),
];
const passages = passagesOf(...docs);
const book = QuoteBook.build(passages, docs);

describe('a claim that changes a named speaker\'s quote with a word put in', () => {
  it('"Brenner said conditions were not worrying" is something different from his "deeply worrying"', () => {
    const a = book.whoSaid('brenner said conditions were not worrying', 3, passages);
    expect(a.matches[0]?.verdict).toBe('different');
    expect(a.matches[0]?.speaker).toBe('Olaf Brenner');
  });
  it('a changed number is told apart, the speaker typed with a title', () => {
    const a = book.whoSaid('mr brenner said i have worked on these docks for twenty years', 3, passages);
    expect(a.matches[0]?.verdict).toBe('different');
    expect(a.matches[0]?.speakerMatches).toBe(true);
    // (A title of the other sex than the text's "Mr. Brenner" is someone else: session 53's claims25.)
    const b = book.whoSaid('ms brenner said i have worked on these docks for twenty years', 3, passages);
    expect(b.matches[0]?.verdict).toBe('different');
    expect(b.matches[0]?.speakerMatches).toBe(false);
  });
  it('an invented claim sharing one word with his quotes is still nobody\'s', () => {
    const a = book.whoSaid('brenner said the storm will close the bridge', 3, passages);
    expect(a.matches).toHaveLength(0);
  });
});

describe('a difference found in the reporter\'s words around a one-word quote', () => {
  const d2 = [doc('b', '2024-06-02', ['Mayor Ines Kovac vowed on Monday to "firmly" oppose the new toll.'])];
  const p2 = passagesOf(...d2);
  it('marks a point of the quote and shows the quote\'s own words there (none), not the reporter\'s', () => {
    const a = QuoteBook.build(p2, d2).whoSaid('not firmly', 3, p2);
    const m = a.matches.find((x) => x.quote === 'firmly');
    expect(m?.verdict).toBe('different');
    for (const d of m!.differences) expect(d.quote).toBe(m!.quote.slice(d.quoteStart, d.quoteEnd));
  });
});
