import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const ids = (index: SearchIndex, q: string): string[] => index.ask(q, 3).map((r) => r.passage);

describe('the next date, another go', () => {
  it('puts a passage dating only what went before below one dating what lies ahead, for "when is the next"', () => {
    const d = doc('rocket-tests', '2024-06-10', [
      'The agency launched its rocket from the coast in March and April, but both flights failed.',
      'The agency aims to launch the rocket again in November, its director said.',
      'The coast is closed to fishing boats on launch days.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'when is the agency launching its next rocket')[0]).toBe('rocket-tests#p2');
  });

  it('reads "another go" as an attempt', () => {
    const d = doc('record-bid', '2024-02-20', [
      'The swimmer will make a third attempt at the channel record in July.',
      'The swimmer will go to a new coach after her second swim at the record ended early.',
      'The channel was rough last week.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'when will the swimmer have another go at the record')[0]).toBe('record-bid#p1');
  });
});
