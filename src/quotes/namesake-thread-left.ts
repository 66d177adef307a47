/**
 * A bare surname the text kept for the first of two namesakes, after the second's turn has passed.
 *
 * News style calls the first person named in full by the bare surname ("Leader Ri Sang-hyok ... Ri's journey").
 * A namesake brought in later in full ("Ri Dae-won, a secretary, said ... Ri said.") may take the bare surname
 * while the text stays with them; once it has left them for other paragraphs and used the bare surname again in
 * passing, not as anyone's credit ("The agency reported that Ri had invited ..."), the bare surname is back to
 * whichever of the two the reader's knowledge of the story gives: the grammar no longer tells which, so no one.
 */
import type { NameMention } from './name-mentions.ts';
import { bareUsesIn } from './established-surname.ts';

// The bare surname as the subject of a verb of saying right after it, or after "said"/"according to" before it:
// the surname crediting words, where the text is with its speaker (the turn of that namesake, not a passing use).
const CREDIT_AFTER = /^(?:['’]s?)?(?:,[^,.;:!?]{1,60},)?\s+(?:[\p{Ll}]+ly\s+)?(?:said|says|told|tells|added|adds|explained|recalled|wrote|writes|insisted|argued|warned|noted|replied|answered|continued)\b/u;
const CREDIT_BEFORE = /\b(?:said|says|added|adds|told|according\s+to)\s+$/u;

/**
 * Whether a bare surname `w` (no title) read in paragraph `paragraph` (from 1), in a sentence starting at `from`,
 * is one the text kept for the first of two namesakes named in full (`bearers`, in reading order) and no longer
 * tells apart: the first was called by it before the second was named, the second was last named in full two or
 * more paragraphs back, and a paragraph between used the bare surname in passing (not as a credit). Then the
 * two are returned for the caller to weigh what else tells them apart; null when the rule does not apply (a third
 * holder, or a turn still with the second, is left to the other readers).
 */
export function namesakeThreadLeft(paragraphs: readonly string[], bearers: readonly NameMention[], w: string, paragraph: number, from: number): { first: NameMention; second: NameMention } | null {
  const before = bearers.filter((m) => m.words.length >= 2 && (m.paragraph < paragraph || (m.paragraph === paragraph && m.at < from)));
  const people = [...new Set(before.map((m) => m.compact))];
  if (people.length !== 2) return null;
  const first = before.find((m) => m.compact === people[0])!;
  const second = before.find((m) => m.compact === people[1])!;
  // (One person under two forms is no pair: "Founder Beverly Roe" and "Beverly Roe", a title read into the name,
  // end on the same given name and surname.)
  const tail = (m: NameMention): string => m.words.slice(-2).join(' ').toLowerCase();
  if (tail(first) === tail(second)) return null;
  // (The first called by the bare surname before the second was named: the text's own use of it.)
  let calledFirst = false;
  for (let p = first.paragraph; p <= second.paragraph && !calledFirst; p++) {
    const text = paragraphs[p - 1] ?? '';
    const lo = p === first.paragraph ? first.at + first.name.length : 0;
    const hi = p === second.paragraph ? second.at : text.length;
    calledFirst = bareUsesIn(text, w).some((u) => u >= lo && u < hi);
  }
  if (!calledFirst) return null;
  // (The first named in full again since the second: the ordinary reading weighs who was named last.)
  if (before.some((m) => m.compact === first.compact && (m.paragraph > second.paragraph || (m.paragraph === second.paragraph && m.at > second.at)))) return null;
  const lastSecond = before.filter((m) => m.compact === second.compact).at(-1)!;
  if (lastSecond.paragraph > paragraph - 2) return null;
  for (let p = lastSecond.paragraph + 1; p < paragraph; p++) {
    const text = paragraphs[p - 1] ?? '';
    const passing = bareUsesIn(text, w).some((u) => !CREDIT_AFTER.test(text.slice(u + w.length)) && !CREDIT_BEFORE.test(text.slice(Math.max(0, u - 20), u)));
    if (passing) return { first, second };
  }
  return null;
}
