import { describe, it, expect } from 'vitest';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// An article written for these tests: one described, then quoted; claims describe her in other words.
const article = doc('ferry-ramp', '2025-06-11', [
  'At the ferry ramp, a man in a yellow coat, who would not give his name, was waiting for a boat that had left an hour earlier.',
  '"Nothing runs on time here," he said.',
]);
const passages = passagesOf(article);
const book = QuoteBook.build(passages, [article]);
const ask = (typed: string) => book.whoSaid(typed, 5, passages);

describe('who-said: a description typed in other words', () => {
  it('"the man in the yellow coat" is "a man in a yellow coat": articles tell no one apart', () => {
    const a = ask('did the man in the yellow coat say nothing runs on time here');
    expect(a.matches[0]).toMatchObject({ speaker: 'a man in a yellow coat', verdict: 'same', speakerMatches: true });
  });
  it('"the man at the ferry ramp" finds the man\'s quote to show a misquote, without confirming the description', () => {
    const a = ask('did the man at the ferry ramp say everything runs on time here');
    expect(a.matches[0]).toMatchObject({ speaker: 'a man in a yellow coat', verdict: 'different', speakerMatches: false });
  });
  it('a description of someone else is still not confirmed', () => {
    const a = ask('did the man in the red coat say nothing runs on time here');
    expect(a.matches[0]?.speakerMatches).not.toBe(true);
  });
});
