import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { clippedAlternatives, nearMeaningAlternatives } from '../src/search/lexicon.ts';
import { normalizeTerm, queryTerms } from '../src/text/terms.ts';
import { doc, passagesOf } from './helpers/docs.ts';

describe('a sale asked of what a report calls a supply', () => {
  it('reads "ammo" as ammunition and "selling" near supplying and transactions', () => {
    const q = 'is the militia selling ammo';
    expect(clippedAlternatives(queryTerms(q).map((w) => w.raw)).map((a) => a.term)).toContain(normalizeTerm('ammunition'));
    const near = nearMeaningAlternatives([normalizeTerm('selling')!]).map((a) => a.term);
    expect(near).toEqual(expect.arrayContaining(['supply', 'provision', 'transaction'].map((w) => normalizeTerm(w)!)));
  });

  it('finds the paragraph on a supply of ammunition before one that only names the parties', () => {
    const d = doc('border-arms', '2024-03-02', [
      'Officials in Ruritania and Elbonia met on Monday to talk about the long war along the river.',
      'Elbonia is running short of ammunition for the war, and Ruritania has long backed it, analysts said.',
      'The talks probably covered the provision of shells and ammunition to the Elbonian capital for its war, observers said.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(index.ask('is ruritania selling ammo to elbonia for the war', 3)[0]!.passage).toBe('border-arms#p3');
  });
});
