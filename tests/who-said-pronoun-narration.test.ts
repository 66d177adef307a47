import { describe, it, expect } from 'vitest';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// An article written for these tests: the reporter writes of a guest by name where a claim says "her".
const article = doc('harbour-podcast', '2025-05-02', [
  'This week the host talks to Lidia Marrow-Hune, a former harbour pilot who now advises ferry operators.',
  '"The tides do not care about timetables," Marrow-Hune said.',
  "Marrow-Hune's firm advises ferry operators but has no clients on the northern islands, she told us.",
]);
const passages = passagesOf(article);
const book = QuoteBook.build(passages, [article]);
const ask = (typed: string) => book.whoSaid(typed, 5, passages);

describe("who-said: a claim's opening pronoun read as the speaker it names, against the reporter's words", () => {
  it("shows the narration for 'X said her firm ...' when the reporter wrote 'X's firm ...'", () => {
    const a = ask('marrow-hune said her firm has no clients on the northern islands');
    expect(a.matches).toEqual([]);
    expect(a.narration.map((n) => n.text)).toEqual([expect.stringContaining('no clients on the northern islands')]);
  });
  it('not when the claim changes what the reporter wrote', () => {
    expect(ask('marrow-hune said her firm has many clients on the northern islands').narration).toEqual([]);
  });
});
