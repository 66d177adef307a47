/**
 * A second clause joined by ", while" (", whereas", ", but", ", and") with a subject of its own, its verb right
 * before the colon that opens a quote: `Roe praised the plan as "...", while a spokesman for the port snapped:
 * "..."`. The words after the colon are the second subject's; the first clause's subject said only what came
 * before the joint.
 */
// Past forms a clause may close on before a colon without a regular ending ("shot back" is read with "back").
const IRREGULAR_PAST = String.raw`(?:said|told|wrote|spoke|put\s+it|shot\s+back|hit\s+back|struck\s+back)`;
// The joint, then the subject: a description opened by an article or "one"/"another", or a capitalised name of up
// to four words; perhaps an adverb; the verb; the colon closing the text before the quote.
const JOINED_COLON = new RegExp(String.raw`,\s+(?:while|whereas|but|and)\s+((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+[^,;:"“”«»_]{1,80}?|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+(?:[\p{Ll}]+ly\s+)?([\p{Ll}]+ed|${IRREGULAR_PAST})(?:\s+(?:back|in\s+reply))?\s*:\s*$`, 'u');

/**
 * The subject of a clause joined after a comma whose verb closes on the quote's colon in `before` (the quote's
 * sentence up to its opening mark, quotes masked), and where that clause opens in `before`; null when there is none.
 * (The verb may be of the manner of saying, any past form in "-ed": "sniffed", "snapped".)
 */
export function joinedClauseColonSubject(before: string): { subject: string; at: number } | null {
  const m = JOINED_COLON.exec(before);
  if (!m) return null;
  return { subject: m[1]!, at: m.index };
}
