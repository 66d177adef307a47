import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// A transcript written for these tests (invented people and station): a one-word label is the one full name of that
// surname named before the turn, though its given name is one the name lists lack ("the geologist Vesko Marrowby"),
// so a namesake the turn itself names does not take the turn.
describe('"HOST: With me is the geologist GIVEN SURNAME. ¶ SURNAME: ... My cousin GIVEN2 SURNAME ..."', () => {
  const paras = [
    'This is a transcript of the Evening Desk on Radio Tollmere.',
    'HOST: With me is the geologist Vesko Marrowby.',
    'MARROWBY: Thank you. My cousin Agnes Marrowby, who keeps the museum, told me once, "Nothing here is ever thrown away."',
    'HOST: Is that so?',
    'MARROWBY: Mostly, I would say.',
  ];
  const { quotes } = extractQuotes(passagesOf(doc('t', '2025-03-01', paras)));
  it('does not give the turn to the namesake the turn names', () => {
    const turn = quotes.find((q) => q.quote.startsWith('Thank you. My cousin'));
    expect(turn?.speaker).not.toBe('Agnes Marrowby');
  });
});
