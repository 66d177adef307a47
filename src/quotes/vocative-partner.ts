/**
 * A host's turn in a programme of several guests that turns to one of them by name and quotes their own words to
 * them: `Professor Song, you wrote this week that it was "..."`. The "you" is the one the vocative names, who
 * speaks in the next turn; the words are theirs.
 */
import type { TranscriptTurn } from './transcript.ts';

// The sentence opens on a name of address, perhaps after a title, set off by a comma, then "you".
const VOCATIVE_YOU = /^\s*(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|General|Gen\.|Colonel|Col\.|Minister|Senator|Sen\.|Judge|Father|Sister|Rabbi|Imam|Pastor|Ambassador|Chief)\s+)?([\p{Lu}][\p{L}'’-]+),\s+you\b/u;

/**
 * The speaker of the turn after turn `n` when `sentence` (the quote's sentence up to its opening mark) opens by
 * addressing them by a name their label bears and then says "you"; else null.
 */
export function vocativePartner(turns: readonly (TranscriptTurn | null)[], n: number, sentence: string): string | null {
  const after = turns[n + 1];
  const turn = turns[n];
  // (The turn may be a questioner's, who names no one: "**Moderator:** Ms. Roe, you wrote ...".)
  if (!after?.speaker || after.asks || !turn || (!turn.speaker && !turn.asks) || after.speaker === turn.speaker) return null;
  const m = VOCATIVE_YOU.exec(sentence);
  if (!m) return null;
  const called = m[1]!.toLowerCase();
  return after.speaker.toLowerCase().split(/[\s-]+/u).includes(called) ? after.speaker : null;
}
