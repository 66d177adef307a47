/**
 * A claim that joins the opening of one quoted sentence, cut at a comma, to the next quote of the same speaker
 * from its first word ("there would be limits to it. over time, it will be a burden" for `"There would be limits
 * to it, given that ...," an official said. "Over time, it will be a burden."`): each part a verbatim run of the
 * speaker's words, the cut where the speaker's own clause ends, as a quote is shortened with an ellipsis.
 */
import { compareClaim, type Verdict } from './misquote.ts';

// Each part must hold this many words: a word or two of a quote says nothing of its own.
const MIN_PART = 3;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const plain = (w: string): string => w.toLowerCase().replace(/['’]/gu, '');

/** Whether `run` stands in `text` as consecutive words ending where a comma, a colon, a semicolon or the text ends. */
function endsAtClause(run: readonly string[], text: string): boolean {
  const words = [...text.matchAll(WORD)];
  for (let i = 0; i + run.length <= words.length; i++) {
    if (!run.every((w, k) => plain(words[i + k]![0]) === w)) continue;
    const last = words[i + run.length - 1]!;
    const after = text.slice(last.index! + last[0].length);
    if (/^\s*(?:[,;:—–]|[.!?]?["”’]?\s*$)/u.test(after)) return true;
  }
  return false;
}

/**
 * The verdict on a claim read as two runs of two quotes one after the other: "same" when some cut of the claim
 * gives a verbatim run of the first ending at one of its clauses and the second quote's words from its first
 * word on; null when there is no such cut.
 */
export function compareElidedJoin(claim: string, first: string, second: string, reported = false): Verdict | null {
  const words = claim.trim().split(/\s+/u);
  const plainWords = words.map((w) => plain(w.replace(/[^\p{L}\p{N}'’]+/gu, '')));
  const opening = plain((second.match(WORD) ?? [''])[0]!);
  for (let k = MIN_PART; k + MIN_PART <= words.length; k++) {
    if (plainWords[k] !== opening) continue;
    const head = words.slice(0, k).join(' ');
    const tail = words.slice(k).join(' ');
    if (!endsAtClause(plainWords.slice(0, k).filter(Boolean), first)) continue;
    if (compareClaim(head, first, reported).verdict !== 'same' || compareClaim(tail, second, reported).verdict !== 'same') continue;
    return 'same';
  }
  return null;
}
