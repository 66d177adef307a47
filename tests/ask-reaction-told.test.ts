import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { doc, passagesOf } from './helpers/docs.ts';

describe('a reaction reported as what someone told reporters', () => {
  it('finds the official who told reporters, not a paragraph that only names the country', () => {
    const d = doc('dam-deal', '2024-06-11', [
      'Upstream and downstream states signed a water-sharing pact on Monday after months of talks.',
      'Farm groups in Veland plan to meet next week to look at the new quotas.',
      'A senior official at Veland\'s water ministry told reporters the quotas were "unworkable" for farmers.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    const hit = index.ask('any reaction from veland?', 3).find((r) => r.passage === 'dam-deal#p3');
    expect(hit?.matched?.some((m) => m.word === 'reaction' && m.term === 'tell')).toBe(true);
  });
});
