import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../src/quotes/attribution.ts';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests: a quote within a quote written with the same curly double marks
// closes at the next curly closing mark after the inner pair, so the quotes and dash credits after it are read;
// a curly quote truly left open (another quote's opening mark next, or none) is read as before.

describe('a curly quote holding a curly quote', () => {
  it('closes after the inner pair, and the credits after it are read', () => {
    const text = ['Readers wrote in after the debate. “He was a bully all night.” ― Veronika Stahl “As a young farmer, I would rather live in what he calls “ruin” than live in a land he runs.” ― Ana Roth “He listens to nobody on the harbour board.” ― Marta Velling'];
    const by = speakersByOpening(text);
    expect(by.get('As a young')).toBe('Ana Roth');
    expect(by.get('He listens to')).toBe('Marta Velling');
  });

  it('the span ends at the outer closing mark', () => {
    const text = 'She wrote: “I read what they call “progress” and I laughed.” Then she left.';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('I read what they call “progress” and I laughed.');
  });

  it('a quote left open before another quote is still read as left open', () => {
    const text = '“The ferry will run until May. “We will see,” she said, and “soon.”';
    const spans = findQuoteSpans(text);
    expect(spans[0]!.closed).toBe(false);
  });
});
