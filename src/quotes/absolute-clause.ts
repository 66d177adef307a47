/**
 * Readings of the words just before a quote that say the subject of the sentence is not its speaker:
 *
 * - An absolute clause, `with` and a noun phrase and a participle (`..., with one of her flyers asking, "..."`,
 *   `..., with the host calling it "..."`): the noun phrase after "with" is the participle's subject and
 *   speaks, or nobody that can be told when it is a thing.
 * - A share of a group (`Some 55 percent of voters said "..."`, `An average of 14 percent of likely voters
 *   reported "..."`, `a majority of members said`): a poll's figure, which nobody said in those words.
 * - A participle set off after a clause of time with its own subject (`Roe asks as a guard walks in, saying
 *   "..."`): either subject may be the participle's.
 */

/** `with`, a noun phrase of up to eight words, a participle, and the rest of its clause, ending the text. */
const WITH_ABSOLUTE = /(?:^|[,;—–]\s*)with\s+((?:[\p{L}\p{N}'’.-]+,?\s+){1,8}?)(?:[\p{Ll}]+ly\s+)?[\p{Ll}]+ing\b[^,;:.!?]{0,60}[,:]?\s*$/u;

/**
 * The noun phrase of an absolute clause ending `before` (the quote's sentence up to its opening mark, quotes
 * blanked), or null when the words before the quote are no such clause.
 */
export function absoluteSubject(before: string): string | null {
  const m = WITH_ABSOLUTE.exec(before.slice(-160));
  // "Roe said, with the air of a man stating the obvious: ...": a likeness of manner, whose "man" is no one there.
  if (!m || LIKENESS.test(m[1]!) || relaysWords(m)) return null;
  // "with the Foreign Minister, Ann Roe, describing it as": a role and a name set off by commas, either way round,
  // is the one named; any other phrase with commas in it ("Ann Roe, a minister, and her deputy") is no one sure.
  const parts = m[1]!.split(/,\s*/u).map((x) => x.trim()).filter(Boolean);
  // (A phrase closed by a comma before the participle is no subject of it: "Jane Doe, with whom he clashed at the
  // debate, calling her ..." hangs the participle on the main clause.)
  if (parts.length === 1) return m[1]!.includes(',') ? null : parts[0]!;
  if (parts.length !== 2) return null;
  const named = parts.filter((x) => NAME_ONLY.test(x));
  return named.length === 1 ? named[0]! : null;
}

/**
 * Whether `before` (as `absoluteSubject` reads it) ends in an absolute clause whose subject is several people set
 * off by commas, none of them sure to be the participle's subject alone: "with Ann Roe, a minister, and her
 * deputy calling it". The words are theirs, not the sentence's subject's; no one is told.
 */
export function absoluteSubjectUnsure(before: string): boolean {
  const m = WITH_ABSOLUTE.exec(before.slice(-160));
  if (!m || LIKENESS.test(m[1]!) || relaysWords(m)) return false;
  const parts = m[1]!.split(/,\s*/u).map((x) => x.trim()).filter(Boolean);
  return parts.length >= 3 || (parts.length === 2 && parts.filter((x) => NAME_ONLY.test(x)).length !== 1);
}

// A participle of passing another's words on: "translating", "interpreting".
const RELAYING = /^(?:[\p{Ll}]+ly\s+)?(?:translating|interpreting)\b/u;

/**
 * Whether the absolute clause `m` (a match of WITH_ABSOLUTE) has its people pass on another's words: "told reporters
 * — with her son, Timur, translating — "..."" gives the sentence's subject's words in the son's translation; the
 * clause names no speaker, and the sentence's subject keeps the quote.
 */
function relaysWords(m: RegExpExecArray): boolean {
  return RELAYING.test(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length));
}

// A name alone: two to four capitalised words, perhaps with a particle or an initial ("Ann Roe", "Jan van Dam").
const NAME_ONLY = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:van|von|de|del|der|da|dos|le|la|al|bin)\s+)?[\p{Lu}][\p{L}'’.-]*){1,3}$/u;

// A noun of manner or bearing, then the one the subject is likened to: "the air of a man", "the look of someone".
const LIKENESS = /^(?:the|an?)\s+(?:[\p{Ll}-]+\s+)?(?:air|look|manner|tone|bearing|demeanou?r|expression|smile|voice|confidence|weariness|patience)\s+of\s+(?:a|an|one|someone|somebody)\b/u;

/** A share or count of a group before the phrase that names the group: "55 percent of", "a majority of". */
const SHARE_BEFORE = /(?:\d\s*(?:percent|per\s+cent|%)|\b(?:majority|minority|plurality|half|third|quarter|share|average|number)|\b(?:two|three|four)-thirds)\s+of\s+(?:(?:the|all|those|these)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** The same share inside the phrase itself. */
const SHARE_IN = /(?:\d\s*(?:percent|per\s+cent|%)|\b(?:majority|minority|plurality))\s+of\b/iu;

/**
 * Whether the speaker phrase at `at` in `text` (its sentence, quotes blanked) names a group by a share of it,
 * as polls report ("55 percent of voters").
 */
export function shareOfGroup(text: string, at: number, phrase: string): boolean {
  if (/of/i.test(phrase) && SHARE_IN.test(phrase)) return true;
  if (at < 0) return false;
  const before = text.slice(Math.max(0, at - 80), at);
  return SHARE_WORD.test(before) && SHARE_BEFORE.test(before);
}

// A piece of every share SHARE_BEFORE reads, in any case ("hare" for "share", which `iu` also reads as "ſhare";
// no other character past ASCII matches a letter of these under `iu`): a plain scan before the unicode expression.
const SHARE_WORD = /cent|%|ority|urality|half|third|quarter|hare|average|number/i;

/**
 * A clause of time with its own subject between the speaker phrase and a participle set off by a comma before
 * the quote (`Roe asks as a porter walks past her, saying he is "..."`): the participle may belong to
 * either subject, so the quote is nobody's that can be told.
 */
const SUBORDINATE_THEN_PARTICIPLE = /\b(?:as|while|when|whenever|because|since|until)\s+(?:(?:a|an|the|another|one|some|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})\s+(?:[\p{Ll}]+ly\s+)?[\p{Ll}]+(?:s|ed)\b[^,;:.!?]{0,80},\s*(?:[\p{Ll}]+ly\s+)?[\p{Ll}]+ing\b[^,;:.!?]{0,60}[,:]?\s*$/u;

/** Whether the words between the speaker phrase and the quote (`between`, quotes blanked) hold such a clause and participle. */
export function participleAfterClause(between: string): boolean {
  return SUBORDINATE_THEN_PARTICIPLE.test(between.slice(-220));
}
