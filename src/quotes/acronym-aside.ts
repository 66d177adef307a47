/**
 * A body's name and its acronym set off in brackets right after it, as the subject of a reporting verb: "The
 * Joint Chiefs of Staff (JCS) said ...". The bracket is part of the subject, not a boundary of its clause; the
 * name before it is the subject.
 */
import { expansionsIn } from './acronym-expansion.ts';

// An acronym in brackets at the end: two to eight capitals (digits and "&" allowed after the first).
const ACRONYM_ASIDE = /\s*\(([\p{Lu}][\p{Lu}\p{N}&]{1,7})\)$/u;

/**
 * `pre` without the acronym in brackets that ends it, when the capitalised words right before the bracket spell
 * that acronym ("... The Joint Chiefs of Staff (JCS)" → "... The Joint Chiefs of Staff"); else `pre` as it is.
 * (A party tag, "Jane Roe (D)", or an aside in brackets that spells nothing is left alone.)
 */
export function withoutAcronymAside(pre: string): string {
  const m = ACRONYM_ASIDE.exec(pre);
  if (!m) return pre;
  const head = pre.slice(0, m.index);
  const acronym = m[1]!.replace(/&/gu, '').toLowerCase();
  return expansionsIn(head, acronym).some((name) => head.endsWith(name)) ? head : pre;
}
