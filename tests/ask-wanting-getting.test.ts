import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { desireAlternatives, sameMeaningAlternatives } from '../src/search/lexicon.ts';
import { normalizeTerm, queryTerms } from '../src/text/terms.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const ids = (index: SearchIndex, q: string): string[] => index.ask(q, 3).map((r) => r.passage);
const terms = (q: string): string[] => queryTerms(q).map((w) => w.terms[0]!);

describe('wanting to get something in /ask', () => {
  it('reads "hope to get" as wanting, and the getting verbs as one another there only', () => {
    const q = 'what does the club hope to get from the sale';
    const alt = desireAlternatives(q, terms(q)).map((a) => a.term);
    expect(alt).toContain(normalizeTerm('eager'));
    expect(alt).toContain(normalizeTerm('secure'));
    // Before another verb "to" still only colours it; "get" alone is no getting asked for.
    const other = 'what does the club hope to prove';
    expect(desireAlternatives(other, terms(other))).toEqual([]);
    const plain = 'what did the club get';
    expect(desireAlternatives(plain, terms(plain))).toEqual([]);
  });

  it('finds the passage saying the wanting in stronger words', () => {
    const d = doc('club-sale', '2024-03-08', [
      'The club hopes the new stand will be ready by the autumn, the chairman said.',
      'The club is eager to secure a larger training ground from the council as part of the sale.',
      'The council will vote on the sale next week.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'what does the club hope to get out of the council')[0]).toBe('club-sale#p2');
  });

  it('reads "obsessed with" as the strong wanting words of a report', () => {
    const d = doc('rail-plan', '2024-05-02', [
      'The mayor warned that the rail budget would be cut if the tunnel costs rose again.',
      'The mayor is bent on building a tunnel under the river, however much it costs.',
      'The tunnel would take ten years, engineers said.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'what is the mayor obsessed with')[0]).toBe('rail-plan#p2');
  });

  it('reads "together" as "joint", but not inside a phrase of its own', () => {
    const q = 'could the two clubs hold training camps together';
    expect(sameMeaningAlternatives(q, terms(q)).map((a) => a.term)).toContain(normalizeTerm('joint'));
    const phrase = 'will the two clubs work together';
    const alt = sameMeaningAlternatives(phrase, terms(phrase)).map((a) => a.term);
    expect(alt).toContain(normalizeTerm('cooperation'));
    expect(alt).not.toContain(normalizeTerm('joint'));
    const d = doc('club-camps', '2024-07-11', [
      'The two clubs met in the cup final last year, and the two managers still do not speak.',
      'The clubs said they may hold a joint training camp in Spain next summer.',
      'Tickets for the final sold out in an hour.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'could the two clubs hold training camps together')[0]).toBe('club-camps#p2');
  });
});
