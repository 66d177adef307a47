import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { blankWriterAsides } from '../src/quotes/writer-aside.ts';
import { findQuoteSpans } from '../src/quotes/attribution.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences written for these tests.
function speakerOf(paragraphs: string[], words: string): string | null | undefined {
  return extractQuotes(passagesOf(doc('t', '2024-05-02', paragraphs))).quotes.find((q) => q.quote.includes(words))?.speaker;
}

describe("the writer's aside between a speech verb and its quote", () => {
  it('is read as blank, so the credit before it reaches the quote', () => {
    expect(speakerOf(['Mirja Talvik runs the harbour board.', 'She told me, and I copied it into my notebook, "The port stays open."'], 'port stays open')).toBe('Mirja Talvik');
    expect(speakerOf(['Oskar Lehtmets chairs the strike committee.', 'Lehtmets said, I quote, "We are not going back."'], 'not going back')).toBe('Oskar Lehtmets');
  });
  it('only after a speech verb, and only a first-person clause between two commas', () => {
    const text = 'The ferry left, and I followed it, "a ghost ship" on the grey water.';
    expect(blankWriterAsides(text, text, findQuoteSpans(text))).toBe(text);
    const said = 'Kask said, and we all heard it, "No."';
    expect(blankWriterAsides(said, said, findQuoteSpans(said))).toBe(said);
  });
});
