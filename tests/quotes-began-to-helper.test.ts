import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Sentences written for these tests (invented people and places): a fronted clause whose subject "began to" do
// something, then a main clause whose second verb, joined by "and", introduces the quote.

describe('"began to" and a verb is no verb of saying for a verb joined later in the sentence', () => {
  it('\'As the crowd began to chant, NAME walked on stage and joked, "..."\': the main clause\'s subject', () => {
    const got = speakersByQuote(['As the crowd began to chant, Mara Quell walked on stage and joked, "Harbour people, you are being silly."']);
    expect(got.get('Harbour people, you are being silly')).toBe('Mara Quell');
  });

  it('"When ... began to leave" before "stood and said"', () => {
    const got = speakersByQuote(['When the ferry crew began to leave, Mara Quell stood up and said, "Nobody goes home until the nets are in."']);
    expect(got.get('Nobody goes home until the nets are in')).toBe('Mara Quell');
  });
});
