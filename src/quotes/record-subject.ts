/**
 * The subject of a sentence as meetings records and press releases write it: a person's full name, perhaps in
 * capitals, set off from its verb by what those styles put there: "Speaking in exercise of the right of reply,
 * KIM SONG (Estmark) said that ...", "Briefing the Council, Jane Roe, Assistant Secretary-General for Political
 * Affairs, said ...". The general subject reader stops at the brackets and the capitalised title; this one
 * reads past them, so that a "he said" after the sentence has its person at hand.
 */
import { isRoleNoun } from './speaker-phrases.ts';

const NAME = String.raw`((?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}[\p{Lu}][\p{L}'’.-]*)`;
const RECORD_SUBJECT = new RegExp(
  String.raw`^([\p{Lu}][\p{Ll}]+ing\b[^,;:_"“”]{0,80},\s+)?` +
    NAME +
    String.raw`(\s*\([^()_]{1,60}\))?` +
    // (A title may hold a list of its own: "for the Middle East, Asia and the Pacific".)
    String.raw`(?:,\s+([\p{Lu}][^;:_"“”]{2,100}?),)?` +
    String.raw`\s+(?:also\s+|then\s+|later\s+)?(?:said|says|told|added|noted|stressed|warned|insisted|recalled|argued|explained|underlined|emphasized|emphasised|urged|expressed|welcomed|called|described)\b`,
  'u',
);

/**
 * The name and the title given with it when `sentence` opens with a subject only these styles write (a
 * participle's clause before it, a bracket or a capitalised title after it); null otherwise, and for a plain
 * "Name said", which the general reader takes.
 */
export function recordSubject(sentence: string): { name: string; role: string | null } | null {
  // Each of the styles it reads sets the name off with a comma or a bracket: without either, nothing to find.
  if (!sentence.includes(',') && !sentence.includes('(')) return null;
  const m = RECORD_SUBJECT.exec(sentence);
  if (!m || (!m[1] && !m[3] && !m[4])) return null;
  const role = m[4]?.trim() ?? null;
  // The words set off after the name are a title ("Assistant Secretary-General for ...", "Permanent
  // Representative of ..."), not a clause or another name.
  if (role && !role.split(/[\s-]+/u).slice(0, 3).some((w) => /^[\p{Lu}]/u.test(w) && isRoleNoun(w))) return null;
  // A country in brackets after a delegate's name is the one the delegate speaks for, so that "the
  // representative of the Russian Federation" later is the person named with "(Russian Federation)". (Not a
  // party tag, an age or a state: "(R-Utah)", "(70)", "(D)".)
  const country = m[3]?.trim().slice(1, -1).trim();
  if (!role && country && /^[\p{Lu}][\p{L}'’]+(?:\s+(?:of|the|and|[\p{Lu}][\p{L}'’]+))*$/u.test(country) && country.length > 3) {
    return { name: m[2]!, role: `representative of ${country}` };
  }
  return { name: m[2]!, role };
}
