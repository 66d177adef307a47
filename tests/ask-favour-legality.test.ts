import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { sameMeaningAlternatives } from '../src/search/lexicon.ts';
import { normalizeTerm, queryTerms } from '../src/text/terms.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const ids = (index: SearchIndex, q: string): string[] => index.ask(q, 3).map((r) => r.passage);
const terms = (q: string): string[] => queryTerms(q).map((w) => w.terms[0]!);

describe('seeking favour, in chat idioms', () => {
  it('reads "cozying up to", "buddying up with", "getting closer to" as ties', () => {
    const tie = normalizeTerm('ties')!;
    for (const q of ['why is the club cozying up to the mayor', 'is the union buddying up with the owners', 'who is the league trying to get closer to', 'why is the firm sucking up to regulators']) {
      expect(sameMeaningAlternatives(q, terms(q)).map((a) => a.term)).toContain(tie);
    }
    // "Cozy" alone (a cozy cottage) is no seeking of favour.
    const cottage = 'is the cottage cozy';
    expect(sameMeaningAlternatives(cottage, terms(cottage)).map((a) => a.term)).not.toContain(tie);
  });

  it('finds where the party seeks ties, not where others are advised to', () => {
    const d = doc('harbour-town', '2024-06-02', [
      'The fishing council met the port authority on Friday to talk about quotas.',
      'The fishing council has been seeking to bolster its ties with the port authority and the ferry company ahead of the vote.',
      'Analysts said the town board needs to strengthen its relations with the ferry company to keep the ferry running, and the port authority and the council could bolster their ties further.',
      'The fishing council will be only a burden for the port authority and the ferry company, a board member said.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'why is the fishing council cozying up to the ferry company')[0]).toBe('harbour-town#p2');
    expect(ids(index, 'who is the fishing council getting cozy with')[0]).toBe('harbour-town#p2');
  });
});
