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
