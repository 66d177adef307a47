import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a kin description opens the sentence with a role set off after it, the role
// held back by a clause keeping the name back ("His wife, a nurse who asked that her name not be used, said
// ..."). The one speaking is the wife, shown as the kin description the text gives; the role is no person of its own.
const flood = (third: string): string[] => [
  'The flood reached the village of Orm on Tuesday.',
  '"Nobody came for two days," said Tomas Berg, a farmer who lost his barn to the water.',
  third,
];

describe('"His wife, a nurse who asked that her name not be used, said ... "...," she said."', () => {
  it('the kin description speaks, not the role set off', () => {
    const paras = flood('His wife, a nurse who asked that her name not be used, said the warning came late. "We were not told," she said.');
    expect(speakerOf(paras, 'We were not told')).toBe('His wife');
  });

  it('with a colon in the same sentence', () => {
    expect(speakerOf(flood('His wife, a nurse, said: "We were not told."'), 'We were not told')).toBe('His wife');
  });

  it('a described source with no kin before it is still the description', () => {
    const paras = ['The flood reached the village of Orm on Tuesday.', 'A farmer, a man who asked that his name not be used, said the warning came late. "We were not told," he said.'];
    expect(speakerOf(paras, 'We were not told')).not.toBe('His wife');
    const plain = ['The flood reached the village of Orm on Tuesday.', 'A farmer who asked that his name not be used said the warning came late. "We were not told," he said.'];
    expect(speakerOf(plain, 'We were not told')).toBe('a farmer');
  });

  it('not a relation that is no kin: the description set off tells the one speaking', () => {
    const paras = flood('Her neighbour, a young man in a grey coat who would not give his name, shrugged at the news. "We were not told," he said.');
    expect(speakerOf(paras, 'We were not told')).toBe('a young man in a grey coat');
  });
});
