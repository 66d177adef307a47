import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** The speaker of the tightest quote holding `contains`: the inner quote, not the outer one around it. */
function speakerOf(paragraphs: string[], contains: string): string | null {
  const found = extractQuotes(passagesOf(doc('p', '2024-05-02', paragraphs))).quotes.filter((x) => x.quote.includes(contains));
  if (found.length === 0) throw new Error(`no quote holds "${contains}"`);
  return found.sort((a, b) => a.quote.length - b.quote.length)[0]!.speaker;
}

// Sentences and names written for these tests: quotes inside a quote whose inner verb is followed by when it was
// said ("said to me on Tuesday,", "told me in 1989:"), whose teller stands in a clause of "what", or whose hearer
// is named ("I used to tell Pernille, '...'").

describe('a quote inside a quote, its credit inside the outer quote', () => {
  it('"what my own captain told me in 1989: \'...\'": the outer speaker\'s captain', () => {
    const text = ['Captain Ivo Rask, whose trawler worked the Faroe banks for years, said his son had been offered double pay. "I told him what my own captain told me in 1989: \'Quick money sinks a boat,\'" Rask said.'];
    expect(speakerOf(text, 'Quick money')).toBe("Ivo Rask's own captain");
  });

  it('"One Danish buyer said to me on Tuesday, \'...\'": the buyer', () => {
    const text = ['"One Danish buyer said to me on Tuesday, \'Quote us your catch for next year, not this one,\'" said Mette Lund, who runs the auction.'];
    expect(speakerOf(text, 'Quote us your catch')).toBe('one Danish buyer');
  });

  it('"I used to tell Pernille, \'...\'": the outer speaker herself', () => {
    const text = ['Before we left, Mrs. Dahl lifted the framed picture once more. "I used to tell Pernille, \'Your brother will walk through that door,\'" she said. "I do not say it anymore."'];
    expect(speakerOf(text, 'Your brother will walk')).toBe('Dahl');
  });

  it('a definite description telling it is still no one\'s ("the inspector said to me on Tuesday")', () => {
    const text = ['"The inspector said to me on Tuesday, \'Nothing will change before spring,\'" said Mette Lund, who runs the auction.'];
    expect(speakerOf(text, 'Nothing will change')).toBeNull();
  });
});
