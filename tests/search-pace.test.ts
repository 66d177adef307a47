import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { planQuery } from '../src/search/query-plan.ts';
import { answerKind, sentenceHas } from '../src/search/question-kind.ts';
import { doc, passagesOf } from './helpers/docs.ts';

describe('a pace asked for', () => {
  it('is read from "how fast", "how quickly", "at what pace"; "how soon" is left to a date', () => {
    expect(answerKind('how fast will the rail link be built')).toBe('pace');
    expect(answerKind('how quickly is the merger gonna happen')).toBe('pace');
    expect(answerKind('at what pace will the clubs sell tickets')).toBe('pace');
    expect(answerKind('how fast can the train go')).not.toBe('pace');
    expect(answerKind('how soon will the rail link open')).not.toBe('pace');
    expect(answerKind('will the rail link be built')).toBe('prospect');
  });

  it('is answered by a sentence saying how fast or slowly, not by one only saying it will happen', () => {
    const on = '2023-09-14';
    expect(sentenceHas('pace', 'The line will be opened in a gradual manner, station by station.', on)).toBe(true);
    expect(sentenceHas('pace', 'Full service may only come over the long term, she added.', on)).toBe(true);
    expect(sentenceHas('pace', 'The council moved quickly to approve the plan.', on)).toBe(true);
    expect(sentenceHas('pace', 'The council will approve the plan.', on)).toBe(false);
  });

  it('leaves the adverb asking out of the search', () => {
    const corpus = { passageCount: 24, bodyFrequency: () => 1, inTitles: () => false, people: () => [] };
    const words = planQuery('how fast will the rail link be built', corpus).groups.map((g) => g.word);
    expect(words).not.toContain('fast');
    expect(words).toEqual(expect.arrayContaining(['rail', 'link']));
  });

  it('puts the paragraph saying the pace before one only saying the work is expected', () => {
    const d = doc('rail-link', '2023-09-14', [
      'The rail link will be built, the council said on Monday.',
      'Engineers said the rail link would be built in stages, from the north.',
      'The council chose a builder for the rail link in June.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(index.ask('how fast will the rail link be built', 1)[0]!.passage).toBe('rail-link#p2');
  });
});
