import type { WordDifference } from '../types.ts';

/** How each kind of misquote difference is named to a person, the same in Discord and the console. */
export const DIFFERENCE_LABELS: Readonly<Record<WordDifference['kind'], string>> = {
  negation: 'negation',
  opposite: 'opposite meaning',
  number: 'different number',
  name: 'different name',
  quantity: 'different quantity word',
  word: 'different word',
};
