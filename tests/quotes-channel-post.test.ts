import { describe, it, expect } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests: a post credited by the channel that published it.
describe('"A post on the (Telegram) channel NAME stated: "...""', () => {
  it('gives the words to the channel, as a body', () => {
    const q = quoteOpeningWith(['A post on the Telegram channel Red Harbour stated on Monday: "The ferry deal is done. Source: our people at the port."']).get('The ferry deal');
    expect(q).toEqual({ speaker: 'Red Harbour', kind: 'organisation' });
  });
  it('does so for a page', () => {
    const q = quoteOpeningWith(['A post on the page Coastline Truth said: "We never claimed the ferry was sold."']).get('We never claimed');
    expect(q).toEqual({ speaker: 'Coastline Truth', kind: 'organisation' });
  });
  it('gives no one a post on a platform named alone', () => {
    const q = quoteOpeningWith(['A post on Facebook said: "The ferry deal is done."']).get('The ferry deal');
    expect(q.speaker ?? null).toBeNull();
  });
});
