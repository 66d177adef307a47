import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { innerCredit, innerSpans } from '../src/quotes/nested-quotes.ts';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences written for these tests: a beekeeper recalling what others told her.
const article = doc('hive-notes', '2025-05-02', [
  'Ilse Brandvold has kept bees on the ridge for thirty years. The county inspector, Tomas Reyes, visited in April.',
  '"A neighbour leaned over the fence and said to me, \'Those hives will be gone by winter,\'" Brandvold recalls.',
  '"Reyes said \'the colonies look healthy\' and left. I took him at his word," Brandvold says.',
  '"I told him, \'Come back in June,\' and he did," she says.',
  '"My mother used to say the bees know before we do, and she was right about the rain," Brandvold adds.',
  '"He called it \'a model apiary\' in his report," she said. "We don\'t get many of those \'good\' days."',
]);
const passages = passagesOf(article);
const { quotes } = extractQuotes(passages);
const speakerOf = (words: string): string | null | undefined => quotes.find((q) => q.quote === words)?.speaker;

describe('quotes inside a quote', () => {
  it('are quotes of their own, credited by the grammar inside the outer quote', () => {
    expect(speakerOf('Those hives will be gone by winter')).toBe('a neighbour');
    expect(speakerOf('the colonies look healthy')).toBe('Tomas Reyes');
    // "I told him" inside Brandvold's quote: her own words.
    expect(speakerOf('Come back in June')).toBe('Ilse Brandvold');
  });

  it('are never given the outer speaker when nothing inside says who spoke', () => {
    // "He called it '...'": a pronoun inside someone's story is not read back to a person.
    expect(speakerOf('a model apiary')).not.toBe('Ilse Brandvold');
    expect(speakerOf('a model apiary')).toBeFalsy();
  });

  it('leave the outer quote whole and its speaker unchanged', () => {
    const outer = quotes.find((q) => q.quote.startsWith('A neighbour leaned over'));
    expect(outer?.speaker).toBe('Ilse Brandvold');
    expect(outer?.quote).toContain("'Those hives will be gone by winter,'");
  });

  it('are not read from apostrophes', () => {
    const text = '"We don\'t keep the bees\' honey past May, and six of \'em stay \'til June," she said.';
    expect(innerSpans(text, 1, text.lastIndexOf('"'), '"')).toEqual([]);
    expect(speakerOf("good")).toBeFalsy();
  });

  it('innerCredit: a name, an indefinite description or "I" before the quote, or a name after it', () => {
    expect(innerCredit('Reyes said ', '')).toMatchObject({ type: 'name', name: 'Reyes' });
    expect(innerCredit('A neighbour leaned over the fence and said to me, ', '')).toMatchObject({ type: 'description', head: 'neighbour' });
    expect(innerCredit('Then, at the gate, I said: ', '')).toBe('I');
    expect(innerCredit('', ', Reyes said, and left.')).toMatchObject({ type: 'name', name: 'Reyes' });
    // A definite description or a pronoun inside someone's story is left unread.
    expect(innerCredit('The inspector said ', '')).toBeNull();
    expect(innerCredit('He said ', '')).toBeNull();
    expect(innerCredit('Nobody believed ', '')).toBeNull();
  });

  it('innerSpans: every span lies inside the outer words and holds its own words verbatim', () => {
    const piece = fc.constantFrom('bees', "don't", 'the', "'hive'", "queens'", ' ', ', ', "'em", 'said', "'Go home,'", '‘yes’', 'honey.');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), (parts) => {
        const text = `"${parts.join(' ')}" she said.`;
        const to = text.lastIndexOf('"');
        for (const s of innerSpans(text, 1, to, '"')) {
          expect(s.open).toBeGreaterThanOrEqual(1);
          expect(s.close).toBeLessThan(to);
          expect(s.start).toBeGreaterThan(s.open);
          expect(s.end).toBeLessThanOrEqual(s.close);
          expect(["'", '‘']).toContain(text[s.open]);
          expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('who-said: words inside a quote inside a quote', () => {
  const book = QuoteBook.build(passages, [article]);
  const ask = (typed: string) => book.whoSaid(typed, 5, passages);

  it('are the inner speaker\'s, not the one who reports them', () => {
    const a = ask('reyes said the colonies look healthy');
    expect(a.matches[0]).toMatchObject({ speaker: 'Tomas Reyes', speakerMatches: true });
    expect(a.matches.some((m) => m.speaker === 'Ilse Brandvold')).toBe(false);
  });

  it('while the outer speaker keeps the words of her own around them', () => {
    const a = ask('brandvold said i took him at his word');
    expect(a.matches[0]).toMatchObject({ speaker: 'Ilse Brandvold', speakerMatches: true });
  });
});
