import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compareClaim } from '../src/quotes/misquote.ts';

// Quotes and claims written for these tests: a claim that joins two sentences of a quote by skipping the second
// one's subject pronoun gives that sentence another subject.
describe('a claim skipping the subject pronoun of a new sentence', () => {
  const quote = 'Halvorsen met Lind at noon. He came for the contract';
  it('makes the first sentence\'s object the subject: different, the pronoun marked', () => {
    const c = compareClaim('lind came for the contract', quote);
    expect(c.verdict).toBe('different');
    expect(c.differences.map((d) => d.quote)).toContain('He');
  });
  it('gives the first sentence the second one\'s ending: different', () => {
    expect(compareClaim('halvorsen met lind for the contract', quote).verdict).toBe('different');
  });
  it('the first sentence alone is still the same words', () => {
    expect(compareClaim('halvorsen met lind at noon', quote).verdict).toBe('same');
  });
  it('a clause skipped inside one sentence is still close wording', () => {
    expect(compareClaim('halvorsen came for the contract', 'Halvorsen, who met Lind at noon, came for the contract').verdict).toBe('close');
  });
  it('a first-person subject is not asked about: "we" stays the speaker\'s side', () => {
    expect(compareClaim('we came to talk', 'We came to talk. We will talk about everything').verdict).toBe('same');
  });

  const name = fc.constantFrom('Okafor', 'Brandt', 'Nilsen', 'Castillo', 'Dahl');
  const pronoun = fc.constantFrom('He', 'She', 'They');
  const ending = fc.constantFrom('came for the contract', 'wants the vote settled', 'will sign the deal soon');
  it('never confirms the object of one sentence as the subject of the next', () => {
    fc.assert(
      fc.property(name, name, pronoun, ending, (a, b, p, e) => {
        fc.pre(a !== b);
        const v = compareClaim(`${b.toLowerCase()} ${e}`, `${a} met ${b} on Monday. ${p} ${e}`).verdict;
        return v === 'different';
      }),
    );
  });
});
