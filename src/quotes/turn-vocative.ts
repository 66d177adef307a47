/**
 * A transcript turn that opens by calling the one it answers by their first name, set off by a comma:
 * "JO ROE, BYLINE: Dana, a ministry official who briefed us said, "..."". The name is a vocative, not the
 * subject of the sentence's verb of saying, though the grammar would read "Dana, a ministry official ..., said"
 * as a name with its description; the sentence's subject is the phrase after the comma.
 */
import type { TranscriptTurn } from './transcript.ts';

// The turn's opening: perhaps a word of reply set off by a comma ("Well, Dana, ..."), then one capitalised word
// and a comma, then more words.
const OPENING_VOCATIVE = /^\s*(?:(?:Well|Yes|So|Now|Right|Sure|OK|Okay|Indeed|Look|And)\s*,\s*)?([\p{Lu}][\p{L}'’-]+)\s*,\s+(?=\S)/u;

/**
 * How many characters of a turn's words (`words`, from the label on) a vocative opening takes up: the first name
 * of the nearest labelled speaker before turn `n`, one named in full by at least two words of which this is not the
 * last (a surname alone, "Putin, asked ...", is the subject), who is not the turn's own speaker and speaks again
 * after it (one the turn is in conversation with, not a clip played before). 0 when the turn opens on no vocative.
 */
export function turnVocativeLength(words: string, turns: readonly (TranscriptTurn | null)[], n: number): number {
  const own = turns[n]?.speaker;
  if (!own) return 0;
  const m = OPENING_VOCATIVE.exec(words);
  if (!m) return 0;
  let before: string | null = null;
  for (let i = n - 1; i >= 0 && !before; i--) before = turns[i]?.speaker ?? null;
  if (!before || before === own) return 0;
  const names = before.split(/\s+/u);
  const called = m[1]!;
  if (names.length < 2 || names[0] !== called || names.at(-1) === called) return 0;
  if (own.split(/[\s-]+/u).includes(called)) return 0;
  // (A voice heard once, in a clip, is not one the turn talks to.)
  // (A later label may give the surname alone: "OSWELL:" after "MARIT OSWELL, HOST:".)
  const surname = names.at(-1)!;
  if (!turns.slice(n + 1).some((t) => t?.speaker?.split(/\s+/u).at(-1) === surname)) return 0;
  return m[0].length;
}
