/**
 * A word in "-ing" before a common noun inside a noun phrase is a modifier of that noun, not a participle of a
 * clause: "Greek shipping executives", "two leading banking officials", "the fishing crews". The tagger reads
 * such a word as a verb, and a subject read back from the verb would stop at it ("executives"), shortening a
 * description the text gives in full.
 */
import type { Token } from './tagged-sentence.ts';
import { isPeoplesAdjective } from './speaker-phrases.ts';

/**
 * Whether the token at `k` is a lowercase word in "-ing" the tagger read as a verb that modifies the common noun
 * right after it, as part of one noun phrase: it stands after a determiner, an adjective, a number, a people's
 * adjective ("Greek") or another modifier in "-ing" ("leading"), or opens the sentence (`first`). After a noun
 * it is a participle with its object ("Officials visiting executives"), and no part of the phrase after it.
 */
export function gerundModifierAt(tokens: readonly Token[], k: number, first: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || !next || t.quote >= 0 || next.quote >= 0 || t.pos !== 'VERB' || next.pos !== 'NOUN') return false;
  if (!/^[\p{L}]+ing$/u.test(t.text) || !/^[\p{Ll}]/u.test(next.text) || t.end >= next.start) return false;
  // ("Shipping executives said": the sentence's first word, capitalised as any first word is.)
  if (k === first) return /^[\p{Lu}][\p{Ll}]+ing$/u.test(t.text);
  if (!/^[\p{Ll}]+ing$/u.test(t.text)) return false;
  const before = tokens[k - 1];
  if (!before || before.quote >= 0 || before.end >= t.start) return false;
  if (/^(?:DET|ADJ|NUM)$/u.test(before.pos)) return true;
  if (before.pos === 'PROPN') return isPeoplesAdjective(before.text);
  return before.pos === 'NOUN' && /^[\p{Ll}]+ing$/u.test(before.text);
}
