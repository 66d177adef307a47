import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented sentences: a reporter tells of what someone named said to him, then the words after a colon.
function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2025-09-20', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote containing "${contains}"`);
  return q.speaker;
}

describe('"X told police that Y had said to him:" gives Y the words', () => {
  it('a possessed description with the teller\'s name set off', () => {
    expect(speakerOf(['Heming Rud told investigators that his business partner, Solveig Aamodt, had said to him: "Burn the ledgers."'], 'Burn the ledgers')).toBe('Solveig Aamodt');
  });

  it('the teller named bare after "said that", shouting at her', () => {
    expect(speakerOf(['Norunn Bjerke said that Trygve Lillevik once shouted at her: "You will never sing here again."'], 'never sing')).toBe('Trygve Lillevik');
  });

  it('the reporter telling what she herself said stays hers', () => {
    expect(speakerOf(['Norunn Bjerke told the court: "I said nothing to him."'], 'said nothing')).toBe('Norunn Bjerke');
  });
});
