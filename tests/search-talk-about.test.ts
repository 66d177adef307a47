import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { planQuery } from '../src/search/query-plan.ts';
import { doc, passagesOf } from './helpers/docs.ts';

describe('"talk about" in a question', () => {
  const corpus = { passageCount: 24, bodyFrequency: () => 1, inTitles: () => false, people: () => [] };

  it('is read as "discuss", not as the talks themselves', () => {
    const words = planQuery('did the mayors talk about flooding', corpus).groups.map((g) => g.word);
    expect(words).toContain('discuss');
    expect(words).not.toContain('talk');
    expect(planQuery('what did the ministers talk over at lunch', corpus).groups.map((g) => g.word)).toContain('discuss');
  });

  it('leaves "the talks about ..." (the noun) as it is', () => {
    const words = planQuery('when do the talks about the bridge start', corpus).groups.map((g) => g.word);
    expect(words).not.toContain('discuss');
  });

  it('puts what was discussed before a paragraph only naming the meeting', () => {
    const d = doc('mayors', '2024-03-02', [
      'The two mayors held talks on Friday at the town hall, their first meeting since 2021.',
      'They were believed to have discussed flood defences along the river and a shared budget for pumps.',
      'The town hall was closed to visitors for the day.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(index.ask('did the mayors talk about the river', 1)[0]!.passage).toBe('mayors#p2');
  });

  it('finds what a report says was "touched on"', () => {
    const d = doc('council', '2024-03-02', [
      'The council met on Friday in the town hall, its first meeting of the year.',
      'The members touched on the cost of repairing the harbour wall during the session.',
      'The harbour was quiet all week.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(index.ask('did they talk about the cost', 1)[0]!.passage).toBe('council#p2');
  });
});
