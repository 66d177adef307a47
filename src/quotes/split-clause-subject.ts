/**
 * The named subject of a reported clause that a pronoun's credit splits: in `Kask, he told reporters, was
 * looking for "old friends"` the one speaking is not Kask (of himself he would say "I", or "he said he was"),
 * so the pronoun must be someone else.
 */

// A capitalised name (one to four words) opening the sentence or a clause, a comma, the pronoun, a reporting
// verb and what follows it up to the comma that closes the aside.
const SPLIT = /(?:^|[.;:!?]\s+|\b(?:that|but|and)\s+)((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*),\s+(he|she)\s+(?:said|says|told|tells|added|adds|argued|argues|insisted|insists|claimed|claims|noted|notes|wrote|writes|warned|warns)\b[^,"“”]{0,80},\s/u;

/** The name a `he`/`she` credit splits off as the subject of the words reported (`Kask, he said, was ...`), else null. */
export function splitClauseSubject(sentence: string, pronoun: 'he' | 'she'): string | null {
  const m = SPLIT.exec(sentence);
  return m && m[2]!.toLowerCase() === pronoun ? m[1]! : null;
}

// A name (with a courtesy title, perhaps) opening the sentence or following a fronted clause's comma, a verb of
// answering or saying, then "that" opening what it reports, and later in that clause the pronoun's aside set off by
// commas: `When Lund objected, Mrs. Roe replied that she was glad Lund had said so because, she said, it ...`.
const REPORTER_AROUND = /(?:^|,\s+)((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*)\s+(?:said|says|replied|replies|answered|answers|responded|responds|told|tells|argued|argues|insisted|insists|explained|explains|wrote|writes)\b[^,;:"“”_]{0,60}?\bthat\b[^;:"“”_]*?,\s+(he|she)\s+(?:said|says|added|adds|argued|argues|insisted|insists|explained|explains)\s*,\s/u;

/**
 * The name whose verb of saying reports the clause holding a `he`/`she` aside (`Mrs. Roe replied that ...
 * because, she said, ...`), else null: the aside repeats that credit, so another person named inside the reported
 * clause is no rival for the pronoun.
 */
export function reporterAroundAside(sentence: string, pronoun: 'he' | 'she'): string | null {
  const m = REPORTER_AROUND.exec(sentence);
  return m && m[2]!.toLowerCase() === pronoun ? m[1]! : null;
}

// A clause that opens on a name (a connective before it, perhaps) and closes on the pronoun's credit: `Also, Roe
// is no friend of ours, he said.` Not a possessive (`Roe's plan`), which names no one as the clause's subject.
const TRAILING_CREDIT = /^\s*(?:(?:Also|And|But|Yet|Still|Now|Besides|However|Indeed|Instead|Then|So),?\s+)?((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}[\p{Lu}][\p{L}-]*)\s+[\p{Ll}][^"“”«»_;:]*,\s+(he|she)\s+(?:said|says|added|adds|argued|argues|insisted|insists|claimed|claims|noted|notes|wrote|writes|told\s+[^,.;:!?]{1,40}|tells\s+[^,.;:!?]{1,40})\s*[.!]?\s*$/u;
// The sentence before it opening on another person's name (a role set off after it, perhaps) who reports.
const NAMED_REPORTER = /^\s*((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)(?:,\s+[^,;:"“”«»_]{1,80},)?\s+(?:said|says|told|tells|added|adds|argued|argues|insisted|insists|wrote|writes|explained|explains)\b/u;

/**
 * The name opening a clause that the `he`/`she` credit ending the sentence reports (`Also, Roe is no friend of
 * ours, he said.`) when the sentence before, `earlier`, has someone else named in full report (`Ivo Lund said he
 * would not vote for Roe.`), else null: the report goes on, the pronoun is that reporter's, and never the name
 * reported on. (Alone, the name may well be the one saying it: in `Berg has seen three ferries go, she says.`,
 * after Berg was brought in, Berg says so herself; news writing puts it so.)
 */
export function trailingCreditSubject(sentence: string, pronoun: 'he' | 'she', earlier: string | null): string | null {
  const m = TRAILING_CREDIT.exec(sentence);
  if (!m || m[2]!.toLowerCase() !== pronoun || !earlier) return null;
  const reporter = NAMED_REPORTER.exec(earlier);
  const last = (name: string): string => name.trim().split(/\s+/u).at(-1)!.toLowerCase();
  return reporter && last(reporter[1]!) !== last(m[1]!) ? m[1]! : null;
}
