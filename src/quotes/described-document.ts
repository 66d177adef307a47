/**
 * `"...," reads a Wednesday editorial in The Dunmore Register.`, `"...," noted a report for the Vell Fund by
 * Harbourwatch.`: an inverted credit after the quote whose subject is a document brought in by "a" or "an" (an
 * editorial, a report, an article, a study: a noun whose first sense WordNet files under communication) is that
 * document's words, credited to it as described, with where it ran and who wrote it. A definite one ("the
 * statement") is read by its issuer elsewhere; a message or note with no sender told is no voice of its own.
 */
import { isKindOf } from '../text/wordnet.ts';

const VERB = String.raw`(?:reads|read|said|says|noted|notes|stated|states|concluded|concludes|declared|declares|found|finds|argued|argues|warned|warns|observed|observes)`;
// The verb, then the whole description to the sentence's end (no quote, no second clause after a comma or semicolon).
const INVERTED = new RegExp(String.raw`^\s*,?\s*${VERB}\s+((?:a|an)\s+[^,;:_"“”]{2,140}?)\s*[.!]?\s*$`, 'u');
// Where the noun phrase's head ends: a preposition, a relative word, or a participle after it ("released Friday").
const AFTER_HEAD = /^(?:in|on|for|from|by|of|at|to|with|about|that|which|who|published|released|issued|written|signed|posted|sent|obtained|filed|prepared|drafted)$/u;
// Documents that speak only through a sender the text must tell (`document-speakers.ts`).
const NO_VOICE = /^(?:message|messages|note|notes|circular|bulletin|advisory)$/u;

/** The document credited after the quote, as written ("a Wednesday editorial in The Dunmore Register"), or null. */
export function describedDocumentAfter(after: string): string | null {
  const m = INVERTED.exec(after);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/u);
  let end = 1;
  while (end < words.length && !AFTER_HEAD.test(words[end]!)) end++;
  const head = words[end - 1]!;
  if (end < 2 || !/^[\p{Ll}][\p{Ll}-]+$/u.test(head) || NO_VOICE.test(head)) return null;
  return isKindOf(head, 'communication', 8, 1) ? m[1]!.trim() : null;
}
