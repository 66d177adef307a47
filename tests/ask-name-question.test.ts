import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { answerKind, sentenceHas } from '../src/search/question-kind.ts';
import { wantedFrom } from '../src/search/rank-top.ts';
import { normalizeTerm, tokenize } from '../src/text/terms.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const ids = (index: SearchIndex, q: string): string[] => index.ask(q, 3).map((r) => r.passage);

describe('questions asking for a name in /ask', () => {
  it('reads "what is X called", "the name of X" and "what do people call X" as asking for a name', () => {
    expect(answerKind('what was the ferry called')).toBe('name');
    expect(answerKind("what's the name of the new bridge")).toBe('name');
    expect(answerKind('what do locals call the square')).toBe('name');
    // "called" that is no naming question.
    expect(answerKind('who called the meeting')).toBe('person');
    expect(answerKind('what happened after the mayor called')).toBeNull();
    expect(sentenceHas('name', 'The ferry, named the Northern Star, sank in March.', '2024-01-01')).toBe(true);
    expect(sentenceHas('name', 'Locals call it "the frying pan" for its summer heat.', '2024-01-01')).toBe(true);
    expect(sentenceHas('name', 'The mayor defended what he calls a modest budget.', '2024-01-01')).toBe(false);
    expect(sentenceHas('name', 'The mayor defended what he calls "a modest budget".', '2024-01-01')).toBe(false);
  });

  it('puts the passage naming the thing before one using "call" otherwise', () => {
    const d = doc('harbour-ferry', '2024-04-02', [
      'The council said the ferry would be back in service soon, over what it calls "unfounded" fears about safety.',
      'The old ferry, named the Northern Star, ran aground near the harbour in March, and nobody was hurt.',
      'Passengers will take buses until the repairs are done.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'what was the ferry called')[0]).toBe('harbour-ferry#p2');
    expect(ids(index, "what's the name of the ferry")[0]).toBe('harbour-ferry#p2');
  });
});

describe('the side doing the wanting in /ask', () => {
  it('puts down a passage where the one asked about is wanted from', () => {
    const wanting = ['want', 'eager', 'keen'].map((w) => normalizeTerm(w)!);
    const city = [normalizeTerm('city')!];
    const s1 = 'The rovers are eager to borrow a goalkeeper from the city club.';
    expect(wantedFrom(s1, tokenize(s1), wanting, city)).toBe(true);
    const s2 = 'The city club is eager to borrow a goalkeeper from the rovers.';
    expect(wantedFrom(s2, tokenize(s2), wanting, city)).toBe(false);
    const d = doc('club-loan', '2024-02-11', [
      'The rovers are eager to borrow a goalkeeper from the city club before the deadline.',
      'The city club is keen on a young striker of the rovers, its manager said.',
      'Both clubs play on Saturday.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'why would the city club want anything from the rovers')[0]).toBe('club-loan#p2');
  });
});
