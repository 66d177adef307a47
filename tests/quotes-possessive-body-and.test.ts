import { describe, it, expect } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Sentences and names written for these tests: a ministry whose name joins two fields with "and" ("Ministry of
// Economy and Finance"), opened by a country's possessive ("Velmaria's") rather than "the". The whole is the
// body's name; "and Finance" is no person, and "Finance" alone is no subject.

describe('a body named "X\'s Ministry of A and B"', () => {
  it('reads "Velmaria\'s Ministry of Trade and Finance" as one body', () => {
    const parsed = parseSpeakerPhrase("Velmaria's Ministry of Trade and Finance");
    expect(parsed).toMatchObject({ type: 'name', kind: 'organisation', name: "Velmaria's Ministry of Trade and Finance" });
  });

  it('reads "Ministry of Trade and Finance" without an opener as a body, never a person "and Finance"', () => {
    const parsed = parseSpeakerPhrase('Ministry of Trade and Finance');
    expect(parsed?.type === 'name' && parsed.kind === 'person').toBe(false);
  });

  it('credits the whole body for "X\'s Ministry of Trade and Finance said in a statement it would "...""', () => {
    const text = ['The krone slipped on Monday.', 'Velmaria\'s Ministry of Trade and Finance said in a statement it would "watch the markets closely" for a week.'];
    const q = quoteOpeningWith(text).get('watch the markets');
    expect(q.speaker).toBe("Velmaria's Ministry of Trade and Finance");
    expect(q.kind).toBe('organisation');
  });

  it('two people joined by "and" after a role stay no body', () => {
    const parsed = parseSpeakerPhrase('Minister Ola Brisk and Jon Vatne');
    expect(parsed?.type === 'name' && parsed.kind === 'organisation').toBe(false);
  });
});
