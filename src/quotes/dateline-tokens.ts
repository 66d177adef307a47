/**
 * A place in capitals set off by a dash that opens a news story's first sentence ("BROOKLYN - A broker ...",
 * "VALDEN/PORT ELMS -- The board ..."): the sentence's grammar starts after it. Capitals only, each word of two
 * letters or more, so "Wages - not prices - ..." stays a sentence of its own.
 */
import type { Token } from './tagged-sentence.ts';

const CAPS_WORD = /^[\p{Lu}][\p{Lu}'’.\/-]+$/u;
const DASH = /^(?:-|--|—|–)$/u;

/** The index of the first token after a capitals dateline starting at `first`, or `first` when there is none. */
export function pastCapsDateline(tokens: readonly Token[], first: number): number {
  let i = first;
  while (i < tokens.length && i - first < 4 && CAPS_WORD.test(tokens[i]!.text)) i++;
  if (i === first || i + 1 >= tokens.length || !DASH.test(tokens[i]!.text)) return first;
  return i + 1;
}
