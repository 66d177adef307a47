/**
 * An honorific typed with a surname ("ms varga", "mr pell") tells the sex of the one the claim means: a
 * namesake the text shows as of the other sex ("..., he said" of each quote that says) is not that person,
 * though the surname alone would name them.
 */
import type { Quote } from '../types.ts';
import { honorificSex, titleSex, type Sex } from './gendered-nouns.ts';

/** The sex an honorific opening a typed speaker tells ("ms seo" 'f', "Mr. Pell" 'm'), or null. */
export function typedHonorificSex(typed: string): Sex | null {
  const m = /^([\p{L}]+)\.?\s+[\p{L}]/u.exec(typed.trim());
  if (!m) return null;
  const word = m[1]!;
  return honorificSex(word[0]!.toUpperCase() + word.slice(1).toLowerCase());
}

// A pronoun crediting the quote right after it ('"...," she said') or right before it ('she said: "..."').
const AFTER = /^[^\p{L}\p{N}]{0,4}(he|she)\s+(?:said|says|added|adds|told|tells|asked|asks|replied|replies|continued|continues|recalled|recalls|explained|explains|insisted|insists|argued|argues|warned|warns|noted|notes|wrote|writes|conceded|concedes|countered|counters|admitted|admits|agreed|agrees)\b/iu;
const BEFORE = /(?:^|[^\p{L}])(he|she)\s+(?:said|says|added|told\s+[\p{L}\s]{1,30}?|asked|replied|wrote)[,:]?\s*["“‘']?$/iu;
// An honorific before a word of the speaker's name crediting the quote right after it ('"...," Ms. Sato said',
// '"...," countered Mr. Han') or right before it ('Mr. Han says: "..."'): a title the text gives the one credited.
const TITLED_AFTER = /^[^\p{L}\p{N}]{0,4}(?:[\p{Ll}]+\s+)?([\p{Lu}][\p{L}]*)\.?\s+([\p{Lu}][\p{L}'’-]*)/u;
const TITLED_BEFORE = /(?:^|[^\p{L}])([\p{Lu}][\p{L}]*)\.?\s+([\p{Lu}][\p{L}'’-]*)\s+(?:said|says|added|adds|told\s+[\p{L}\s]{1,30}?|asked|replied|wrote)[,:]?\s*["“‘']?$/u;

/** The sex an honorific tells when it stands before a word of the credited speaker's own name, or null. */
function titledSex(m: RegExpExecArray | null, speaker: string | null): Sex | null {
  if (!m || !speaker) return null;
  const sex = honorificSex(m[1]!);
  if (!sex) return null;
  const own = speaker.toLowerCase().split(/[^\p{L}'’-]+/u);
  return own.includes(m[2]!.toLowerCase()) ? sex : null;
}

/**
 * The sex the text tells of the speaker of these quotes: by an honorific or a word of told sex in the name or
 * role shown ("Mr Pak", "a spokeswoman"), else by the pronouns or the titled names ("Ms. Sato said") crediting
 * the quotes, when all that tell agree; null when none tells or they disagree.
 */
export function toldSex(quotes: readonly Quote[]): Sex | null {
  const told = new Set<Sex>();
  for (const q of quotes) {
    const shown = titleSex(q.speaker) ?? titleSex(q.role);
    if (shown) told.add(shown);
    const at = q.sentence.indexOf(q.quote);
    if (at < 0) continue;
    const after = q.sentence.slice(at + q.quote.length);
    const before = q.sentence.slice(0, at);
    const pronoun = AFTER.exec(after)?.[1] ?? BEFORE.exec(before)?.[1];
    if (pronoun) told.add(pronoun.toLowerCase() === 'he' ? 'm' : 'f');
    const titled = titledSex(TITLED_AFTER.exec(after), q.speaker) ?? titledSex(TITLED_BEFORE.exec(before), q.speaker);
    if (titled) told.add(titled);
  }
  return told.size === 1 ? [...told][0]! : null;
}
