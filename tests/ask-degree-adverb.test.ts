import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { alternativesFor, nearMeaningAlternatives } from '../src/search/lexicon.ts';
import { normalizeTerm, queryTerms } from '../src/text/terms.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const terms = (q: string): string[] => queryTerms(q).map((w) => w.terms[0]!);
const first = (index: SearchIndex, q: string): string | undefined => index.ask(q, 3)[0]?.passage;

describe('an adverb the corpus lacks, by its WordNet sense', () => {
  it('answers "probably" where a report says "likely" instead of refusing', () => {
    const d = doc('harbour-talks', '2024-05-06', [
      'The ministers of Ruritania and Elbonia met on Friday at a river port for their second round of talks.',
      'They are highly likely to have discussed the provision of grain and fuel to Elbonia for the winter, analysts said.',
      'The port was rebuilt last year after a flood.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(first(index, 'what r they probably swapping')).toBe('harbour-talks#p2');
  });
});

describe('the strength of a partnership, said as the level of cooperation', () => {
  it('reads "strong" as a level asked and "partnership" near cooperation', () => {
    expect(alternativesFor(terms('how strong is it')).map((a) => a.term)).toContain(normalizeTerm('level'));
    expect(alternativesFor(terms('what level is it')).map((a) => a.term)).not.toContain(normalizeTerm('strong'));
    expect(nearMeaningAlternatives(terms('the partnership')).map((a) => a.term)).toContain(normalizeTerm('cooperation'));
  });

  it('finds the paragraph judging the level of cooperation among the three named', () => {
    const d = doc('three-way', '2024-06-01', [
      'Ruritania has been seeking to bolster its ties with Elbonia and Freedonia, officials said.',
      'Ruritania, Elbonia and Freedonia held a joint ceremony at the border in June.',
      '"The level of cooperation among Ruritania, Elbonia and Freedonia appears to be weak," a diplomat said.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(first(index, 'how strong is the ruritania elbonia freedonia partnership')).toBe('three-way#p3');
  });
});
