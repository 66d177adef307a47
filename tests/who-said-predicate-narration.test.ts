import { describe, it, expect } from 'vitest';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// An article written for these tests: the reporter tells what people did, in words a claim may repeat.
const article = doc('orchard-fair', '2025-04-11', [
  'Mayor Ilse Brandt, who grows apples on the east slope, opened the orchard fair on Friday.',
  'She pledged to "quickly" rebuild the cider press that burned last winter.',
  '"We will always back the growers," Brandt told the crowd.',
  'Farmer Jonas Petit said he had come for the pruning contest.',
]);
const passages = passagesOf(article);
const book = QuoteBook.build(passages, [article]);
const ask = (typed: string) => book.whoSaid(typed, 5, passages);

describe('who-said: the reporter\'s words after the claim\'s own subject', () => {
  it('"X said she grows apples" finds the reporter\'s "who grows apples"', () => {
    const a = ask('did brandt say she grows apples on the east slope');
    expect(a.matches).toEqual([]);
    expect(a.narration.map((n) => n.text).join(' ')).toMatch(/grows apples on the east slope/u);
  });

  it('across a quoted word: "X said she will quickly rebuild the cider press"', () => {
    const a = ask('brandt said she will quickly rebuild the cider press');
    expect(a.matches).toEqual([]);
    expect((a.acrossQuotes ?? []).some((x) => x.narrated)).toBe(true);
  });

  it('not for a claim without a frame, nor for fewer than three words, nor instead of a quote found', () => {
    expect(ask('she grows apples on the east slope').narration).toEqual([]);
    expect(ask('brandt said she opened it').narration).toEqual([]);
    // The quote is found: its verdict is given, the reporter's words are not looked for after the subject.
    const q = ask('brandt said we will never back the growers');
    expect(q.matches[0]).toMatchObject({ speaker: 'Ilse Brandt', verdict: 'different' });
  });
});
