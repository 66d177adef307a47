/**
 * A full name the text introduces as a relation of a bare name: in "Kim's sister, Kim Yo Jong, ..." or
 * "Trump's wife Melania Trump" the full name is someone other than the "Kim" or "Trump" whose relation she is,
 * so a bare "Kim" elsewhere in the text is never read as her.
 */
import { nameWords } from './names.ts';

// The owner's possessive, then one to three lowercase words (the relation: "sister", "younger sister",
// "chief of staff"), then an optional comma: what stands right before the full name.
const RELATION_BEFORE = /([\p{Lu}][\p{L}'’-]*)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,?\s+$/u;

/**
 * Whether the mention starting at `at` of `paragraph` is introduced as a relation of `bare` (one word, in the
 * lowercase form `nameWords` gives): "<Bare>'s <relation>, <the mention>".
 */
export function introducedAsRelationOf(paragraph: string, at: number, bare: string): boolean {
  const m = RELATION_BEFORE.exec(paragraph.slice(Math.max(0, at - 60), at));
  if (!m) return false;
  return nameWords(m[1]!.replace(/['’]s?$/u, ''))[0] === bare;
}
