/**
 * A list item that credits a body before a colon and then gives its words in a sentence of the writer's, a fragment
 * quoted inside: `- Harbour Board of Valdor: The dredging "put every berth at risk" this winter.` A reactions list
 * writes its items so; the sentence after the colon is the body's statement put briefly, and the fragment the body's.
 * Only when that sentence brings in no one else: no capitalised word after its first but a people's adjective, no
 * verb of speech, no pronoun that could be another speaker.
 */
import { isSpeechVerb } from './attribution.ts';
import { isPeoplesAdjective } from './speaker-phrases.ts';

// The item's mark, the credit (capitalised words, perhaps joined by "of", "for", "and" or "the"), the colon, then a
// sentence opening on a capital up to the quote.
const BODY_ITEM = /^\s*[-*•·▪]\s+((?:The\s+)?[\p{Lu}][\p{L}'’.&-]*(?:\s+(?:(?:of|for|and|the)\s+)*[\p{Lu}][\p{L}'’.&-]*){0,6}):\s+([\p{Lu}][^:;"“”_()]{0,120})$/u;
const OTHER_ONE = /^(?:he|she|they|him|her|them|his|their|we|i|you|who|whom|according)$/iu;

/**
 * The credit of a list item (`before`: the item's text up to the quote's opening mark) when a sentence of the
 * writer's that names no one else follows its colon, as `- BODY: The visit "..." in relations.` does; or null.
 * The caller keeps it only for a body.
 */
export function bodyItemParaphrase(before: string): string | null {
  const m = BODY_ITEM.exec(before);
  if (!m) return null;
  // (One sentence: no stop before the quote.)
  if (/[.!?]\s/u.test(m[2]!)) return null;
  const words = m[2]!.trim().split(/\s+/u).filter(Boolean);
  for (const [i, raw] of words.entries()) {
    const w = raw.replace(/[^\p{L}'’-]/gu, '');
    if (!w) continue;
    if (OTHER_ONE.test(w) || isSpeechVerb(w.toLowerCase())) return null;
    if (i > 0 && /^[\p{Lu}]/u.test(w) && !isPeoplesAdjective(w)) return null;
  }
  return m[1]!;
}
