import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { desireAlternatives } from '../src/search/lexicon.ts';
import { normalizeTerm, queryTerms } from '../src/text/terms.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const terms = (q: string): string[] => queryTerms(q).map((t) => t.terms[0]!);
const ids = (index: SearchIndex, q: string): string[] => index.ask(q, 3).map((r) => r.passage);

describe('everyday paraphrases in /ask', () => {
  it('reads "what does X want" as wanting said in stronger words, not "want to" before a verb', () => {
    const desire = (q: string) => desireAlternatives(q, terms(q)).map((a) => a.term);
    expect(desire('what does the club want from the league')).toEqual(expect.arrayContaining([normalizeTerm('desperate'), normalizeTerm('eager'), normalizeTerm('seeking')]));
    expect(desire('what is the mayor hoping for')).toContain(normalizeTerm('keen'));
    // "want to" only colours the verb after it: the verb is what is asked.
    expect(desire('why would the club want to sell its striker')).toEqual([]);
    expect(desire('what did the fans need')).toEqual([]);
    const d = doc('club-window', '2024-01-20', [
      'The club is desperate to sign a new striker from the league champions before the window closes.',
      'The club needs to sell two players to balance its books, the chairman said.',
      'The striker scored twice for the champions on Sunday.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'what does the club want')[0]).toBe('club-window#p1');
  });
});
