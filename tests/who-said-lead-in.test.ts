import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests: a short fragment after the reporter's lead-in words.
const ferry = doc('old-ferry', '2024-07-02', [
  'The council met on Monday. Its view remains, as the mayor put it last week, that the ferry "must not become a museum".',
  '"We will repaint the hull in spring," shipwright Jonas Berg said.',
]);
const docs = [ferry];
const ask = whoSaidOver(...docs);

describe('who-said: a claim opening with the reporter\'s lead-in to a fragment it changes', () => {
  it('the negation dropped: different, the "not" marked, not nobody', () => {
    const a = ask('the mayor said the ferry must become a museum');
    expect(a.matches[0]?.verdict).toBe('different');
    expect(a.matches[0]?.differences.map((d) => d.quote.trim())).toContain('not');
  });

  it('words the sentence does not have before the fragment find nothing', () => {
    // (Not "the mayor said ...": the mayor is now credited with the fragment, and a claim naming its speaker is
    // compared with that speaker's nearest quote by another rule.)
    const a = ask('the harbour board said the bridge must become a museum');
    expect(a.matches.every((m) => m.verdict === 'different')).toBe(true);
    expect(a.matches.some((m) => m.quote.includes('museum'))).toBe(false);
  });

  it('the lead-in and the fragment as written are never something different', () => {
    const a = ask('the mayor said the ferry must not become a museum');
    expect(a.matches.every((m) => m.verdict !== 'different')).toBe(true);
  });
});
