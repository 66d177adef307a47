import { describe, it, expect } from 'vitest';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// An article written for these tests: the reporter's sentences, with asides and titles a claim leaves out.
const article = doc('bridge-vote', '2025-04-09', [
  'Several engineers said the cables Dr. Weller inspected — two of the twelve that hold the deck — were unlikely to last another decade.',
  'The council voted on Tuesday to close the old bridge to lorries from May.',
  'The village of Dravik, home to the workers of the Osten mill, woke up on Monday to flooded lanes and sandbags at every door.',
  '"We will not wait for a collapse," the mayor, Rosa Lind, said.',
]);
const passages = passagesOf(article);
const book = QuoteBook.build(passages, [article]);
const ask = (typed: string) => book.whoSaid(typed, 5, passages);

describe('who-said: the reporter\'s words with a title or an aside more', () => {
  it('shows the narration when the claim is the reporter\'s sentence less an aside and a title', () => {
    const a = ask('engineers said the cables weller inspected were unlikely to last another decade');
    expect(a.matches).toEqual([]);
    expect(a.narration.map((n) => n.text)).toEqual([expect.stringContaining('were unlikely to last another decade')]);
  });

  it('not when the claim changes what the reporter wrote, nor when it shares only some of it', () => {
    expect(ask('engineers said the cables weller inspected were likely to last another decade').narration).toEqual([]);
    expect(ask('engineers said the cables weller inspected would last a century').narration).toEqual([]);
    expect(ask('the council voted to close the new tunnel to buses').narration).toEqual([]);
  });

  it('a quote still answers before the narration', () => {
    expect(ask('the mayor said we will not wait for a collapse').matches[0]).toMatchObject({ speaker: 'Rosa Lind' });
  });

  it('the reporter\'s sentence less an aside set off by commas and the words by it', () => {
    const a = ask('did the mayor say the village woke up to flooded lanes and sandbags at every door');
    expect(a.matches).toEqual([]);
    expect(a.narration.map((n) => n.text)).toEqual([expect.stringContaining('sandbags at every door')]);
    expect(ask('did the mayor say the village woke up to dry lanes and sandbags at every door').narration).toEqual([]);
  });
});
