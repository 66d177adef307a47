import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "the same man" / "the same woman" as the subject of a speech verb points back
// to the one just spoken of, as "he" or "she" would; it is no new, unnamed speaker.
describe('"the same man said" points back as a pronoun does', () => {
  it('"The same man said in March that ..." after a named spokesman', () => {
    const paras = [
      'The port authority insists nothing untoward took place. Arvid Lund, the mayor\'s spokesman, told reporters there were "no plans to sell the ferries". The same man said in March that Ostrava had "no need" of a new quay.',
    ];
    expect(speakerOf(paras, 'no need')).toBe('Arvid Lund');
  });
  it('"the same woman" after a named woman is hers', () => {
    const paras = ['Greta Salm, the harbour master, promised "a quiet winter" at the quay. The same woman said in May that the quay was "safe for years".'];
    expect(speakerOf(paras, 'safe for years')).toBe('Greta Salm');
  });
  it('"the same man" after only a woman is no one', () => {
    const paras = ['Greta Salm, the harbour master, promised "a mild spring". The same man said in May that the quay was "safe for decades".'];
    expect(speakerOf(paras, 'safe for decades')).toBeNull();
  });
});
