/** The -ing form of a verb, told by WordNet, whatever a tagger made of the word capitalised at a sentence's head. */

import { isLemma } from '../text/wordnet.ts';

/** Whether `word` ("Giving", "Sentencing", "Running", "Siding") is the -ing form of a verb WordNet knows. */
export function participleOfVerb(word: string): boolean {
  if (!/ing$/iu.test(word)) return false;
  const stem = word.toLowerCase().slice(0, -3);
  return [stem, `${stem}e`, stem.replace(/(.)\1$/u, '$1')].some((w) => isLemma(w, 'verb'));
}
