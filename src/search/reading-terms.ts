import type { Passage } from '../types.ts';
import { tokenizeWith } from '../text/terms.ts';
import { hasMultiWordRewrite, type Reading } from '../text/reading.ts';
import { IntList } from '../collections/int-list.ts';

/**
 * A passage's terms, numbered, from the shared reading: its sentences' terms one after the other, which is
 * what tokenizing its text gives, since no word runs across the space between two sentences. A passage
 * whose text holds one of tokenize's multi-word rewrites ("U. S.", "N. Korea") is tokenized whole as before,
 * in case the rewrite spans two sentences. tests/search-reading.test.ts checks both ways give one index.
 * Returns the reader for one build (its term numbers are that build's).
 */
export function readingTerms(reading: Reading, numberOf: (term: string) => number, wordNumber: (word: string) => number | null): (passage: Passage, index: number) => number[] {
  // Per reading term id, its number in this index (UNSEEN until met).
  let numbers = new Int32Array(1024).fill(UNSEEN);
  const ids = new IntList();
  return (passage, index) => {
    if (hasMultiWordRewrite(passage.text)) return tokenizeWith(passage.text, wordNumber);
    ids.length = 0;
    const first = reading.sentenceFirst[index]!;
    for (let k = 0; k < passage.sentences.length; k++) reading.searchTermIds(first + k, passage.sentences[k]!.text, ids);
    const out: number[] = new Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      const id = ids.data[k]!;
      if (id >= numbers.length) {
        const grown = new Int32Array(Math.max(id + 1, numbers.length * 2)).fill(UNSEEN);
        grown.set(numbers);
        numbers = grown;
      }
      let n = numbers[id]!;
      if (n === UNSEEN) numbers[id] = n = numberOf(reading.term(id));
      out[k] = n;
    }
    return out;
  };
}
const UNSEEN = -2;
