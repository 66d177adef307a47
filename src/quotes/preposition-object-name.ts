/**
 * "A reporter from the Seoul-based Hanbit Ilbo asked", "an analyst at the state-run Marsh Institute said": a name
 * after a preposition and only an article, adjectives or a compound joined by hyphens ("Seoul-based", "state-run")
 * is the preposition's object, where the one described works, not a name the lowercase words before it are the
 * role of. The one described speaks; the body is no speaker.
 */
import type { Token } from './tagged-sentence.ts';

// Prepositions of where one works or comes from.
const WORKPLACE_PREPOSITION = /^(?:from|at|of|for|with|in|on)$/iu;

/**
 * Whether the words of `tokens` from `start` up to the name opening at `nameFrom` end on a preposition followed
 * only by an article, adjectives or a hyphened compound (at least one such word): "reporter from the Seoul-based".
 */
export function nameAfterPreposition(tokens: readonly Token[], start: number, nameFrom: number): boolean {
  let k = nameFrom - 1;
  while (k > start && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || hyphenPart(tokens, k))) k--;
  return k < nameFrom - 1 && k >= start && tokens[k]!.pos === 'ADP' && WORKPLACE_PREPOSITION.test(tokens[k]!.text);
}

// A hyphen written close between two words, or a word written close to such a hyphen ("Seoul", "-", "based").
function hyphenPart(tokens: readonly Token[], k: number): boolean {
  const isHyphen = (i: number): boolean => {
    const t = tokens[i];
    return t !== undefined && /^[-‐]$/u.test(t.text) && i > 0 && tokens[i - 1]!.end === t.start && tokens[i + 1] !== undefined && t.end === tokens[i + 1]!.start;
  };
  if (isHyphen(k)) return true;
  return (isHyphen(k - 1) && tokens[k - 1]!.end === tokens[k]!.start) || (isHyphen(k + 1) && tokens[k]!.end === tokens[k + 1]!.start);
}
