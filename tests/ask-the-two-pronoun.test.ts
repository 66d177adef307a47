import { describe, expect, it } from 'vitest';
import { planQuery } from '../src/search/query-plan.ts';

const corpus = { passageCount: 20, bodyFrequency: (t: string) => (t === 'two' ? 4 : 1), inTitles: () => false, people: () => [['berg'], ['reyes']] };
const words = (q: string) => planQuery(q, corpus).groups.map((g) => g.word);
const people = (q: string) => planQuery(q, corpus).groups.filter((g) => g.how.every((h) => h === 'person')).map((g) => g.alternatives[0]);

describe('"the two" standing alone for the people a corpus is about', () => {
  it('is the pronoun before an adverb or an auxiliary, or closing the question', () => {
    for (const q of ['when did the two last shake hands', 'what have the two ever agreed on', 'is there a photo of the two?', 'did the two not speak']) {
      expect(words(q), q).not.toContain('two');
      expect(people(q), q).toEqual(['berg', 'reyes']);
    }
  });

  it('is a number before a noun', () => {
    for (const q of ['what did the two cities sign', 'where do the two rivers meet']) {
      expect(words(q), q).toContain('two');
      expect(people(q), q).toEqual([]);
    }
  });
});
