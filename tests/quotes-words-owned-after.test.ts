import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented sentences: a quote standing alone, then a sentence saying whose words they were.
function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2025-09-20', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote containing "${contains}"`);
  return q.speaker;
}

describe('the sentence after a lone quote owns its words for someone', () => {
  it('"So said the ROLE NAME", another person named later in that sentence', () => {
    expect(speakerOf(['"The glacier is gone in ten years." So said the geologist Trude Vangsnes to the committee, and its chairman, Audun Kirkebø, thanked her.'], 'glacier')).toBe('Trude Vangsnes');
  });

  it('"Those were the words of the ROLE, NAME, after ..."', () => {
    expect(speakerOf(['"We will not sign." Those were the words of the trade minister, Ronja Helleland, after talks with her counterpart, Jussi Laakso, failed.'], 'not sign')).toBe('Ronja Helleland');
  });

  it('"That was how the ROLE NAME put it"', () => {
    expect(speakerOf(['"It is a sinking ship." That was how the broker Eilert Skaret put it when asked about the fund run by Vigdis Orre.'], 'sinking ship')).toBe('Eilert Skaret');
  });

  it('"Such was the verdict of NAME"', () => {
    expect(speakerOf(['"Dull and far too long." Such was the verdict of the reviewer Sunniva Brekkhus on the play.'], 'Dull and')).toBe('Sunniva Brekkhus');
  });

  it('a sentence after that only mentions someone gives them nothing', () => {
    expect(speakerOf(['"The tide is turning." The mayor, Audun Kirkebø, was not convinced.'], 'tide is turning')).toBeNull();
  });
});
