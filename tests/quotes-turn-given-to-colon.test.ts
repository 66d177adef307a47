import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented sentences: the turn to answer given to someone named right before the colon.
function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2025-09-20', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote containing "${contains}"`);
  return q.speaker;
}

describe('"the reply came from", "the last word went to", "it fell to X to answer" before a colon', () => {
  it('the reply came from the deputy, not the one asked', () => {
    expect(speakerOf(['The question was put to the governor, Åsmund Brekk. The reply came from his deputy, Silje Rognstad: "We do not comment on rumours."'], 'rumours')).toBe('Silje Rognstad');
  });

  it('the last word went to someone other than the one who spoke first', () => {
    expect(speakerOf(['Tormod Ekre spoke for an hour. But the last word went to Hjørdis Lunner: "Put it to a vote."'], 'Put it')).toBe('Hjørdis Lunner');
  });

  it('it fell to the spokeswoman to answer', () => {
    expect(speakerOf(['When the director, Ottar Dybvik, was asked about the fire, it fell to his spokeswoman, Liva Strømsnes, to answer: "The cause is unknown."'], 'cause is unknown')).toBe('Liva Strømsnes');
  });
});
