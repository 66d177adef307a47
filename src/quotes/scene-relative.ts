/**
 * A relative clause of time or place with a subject of its own who speaks the quote: in `Roe recalled a supper in
 * 2015 at which a customs officer had stood up and said: "..."` and `Roe described the meeting, where a retired
 * judge leaned over and whispered, "..."`, the words are the clause's subject's (the customs officer's), never
 * those of the main clause's subject, who only recalls or describes the scene. The clause opens with "at which",
 * "in which", "during which", "after which", "where" or "when", names someone new ("a", "an", "one", "another"
 * and a description, or a person's name), and closes on a verb of speech right before the quote.
 */

// The clause, from its relative words to the quote's opening mark, with no other clause mark or quote in it.
const SCENE_CLAUSE = /\s(?:(?:at|in|during|after|over)\s+which|where|when)\s+([^,;:_"“”«»()—–]{3,160}?)\s*[:,]?\s*$/u;
// The clause's closing verb of speech.
const SPEAKS_LAST = /(?:^|\s)(?:said|says|told\s+[\p{L}]+|asked|replied|declared|remarked|warned|joked|whispered|announced|added|shouted|exclaimed)$/u;
// The clause's subject: someone new described ("a North Korean vice-minister"), or a name, up to the first verb.
const NEW_SUBJECT = /^((?:(?:a|an|one|another)\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+?)|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+(?=(?:had|has|have|was|were|is|are|would|could|then|once|later|suddenly|finally|[\p{Ll}]+ed|said|says|told|asked|replied|stood|rose|leaned|leant|turned|got|came|took|began|spoke)\b)/u;

/**
 * The subject of such a clause closing `between` (the quote's sentence from after the main clause's credited
 * phrase to the quote's opening mark, quotes masked): `{ subject }`, the words naming the one who speaks; null
 * when `between` ends in no such clause.
 */
export function sceneRelativeSpeaker(between: string): { subject: string } | null {
  const m = SCENE_CLAUSE.exec(between);
  if (!m) return null;
  const clause = m[1]!.replace(/\s+$/u, '');
  if (!SPEAKS_LAST.test(clause)) return null;
  const s = NEW_SUBJECT.exec(clause);
  if (!s) return null;
  return { subject: s[1]! };
}
