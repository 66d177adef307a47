/**
 * A reporter's set-up sentence: `Her coach was more expansive. Kim Ro-sa, a former champion, said ...` — a
 * possessed description with a copula and how its bearer spoke, then a sentence opening on the name of the one it
 * described. A later "the coach" is that person; the noun's earlier use set them up and is no one else's, so it
 * does not make the epithet stale.
 */
import { escapeRegExp } from '../text/regexp.ts';

/**
 * Whether every use of the noun `stem` (a head's stem, lowercase) in `text` (the document before the epithet,
 * paragraphs joined by newlines) stands in a set-up sentence, "Her HEAD was/is ...." opening a sentence, whose next
 * sentence opens on `name`; false when the noun is not used at all or used anywhere else.
 */
export function nounOnlySetsUp(text: string, stem: string, name: string): boolean {
  const uses = [...text.matchAll(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(stem)}`, 'giu'))].map((m) => m.index);
  if (uses.length === 0) return false;
  // ("Her coach was more expansive.", "His lawyer is blunter." opening the text or a sentence after its stop; one
  // word before the noun at most, "Her long-time coach"; no quote, no other clause; then the name itself.)
  const setUp = new RegExp(String.raw`(?:^|[.!?]\s+|\n)((?:Her|His|Their)\s+(?:[\p{Ll}-]+\s+)?${escapeRegExp(stem)}[\p{Ll}]{0,2}\s+(?:was|is)\s+[^.!?"“”\n]{1,60}[.!?]\s+)${escapeRegExp(name)}(?=[\s,])`, 'gu');
  const covered: [number, number][] = [...text.matchAll(setUp)].map((m) => [m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length]);
  return uses.every((u) => covered.some(([a, b]) => u >= a && u < b));
}
