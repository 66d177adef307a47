import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runWords, sharedRun, wordRuns } from '../eval/shared-runs.ts';

describe('runs of words shared with third-party text', () => {
  it('finds a copied run whatever its case, punctuation and curly apostrophes, and nothing in new wording', () => {
    const known = wordRuns('The harbour master, Ilse Varga, said the pier’s lights had failed twice last winter.', 7);
    expect(sharedRun('A test line: "the Harbour master, ILSE varga said the pier\'s lights" (copied)', known, 7)).toBe('the harbour master ilse varga said the');
    expect(sharedRun('The dock keeper, Ola Brenn, said the lamps went out twice.', known, 7)).toBeNull();
  });
  it('every run of a text is found in its own line, and runs have n words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('alpha', 'beta', 'gamma', "o'neill", 'x1', 'delta'), { minLength: 7, maxLength: 30 }), fc.integer({ min: 1, max: 7 }), (words, n) => {
        const text = words.join(' ');
        const runs = wordRuns(text, n);
        expect(sharedRun(text, runs, n)).not.toBeNull();
        for (const run of runs) expect(runWords(run)).toHaveLength(n);
      }),
    );
  });
  it('says which value is wrong', () => {
    expect(() => wordRuns('a b c', 0)).toThrow(/n must be a positive integer, got 0/u);
  });
});
