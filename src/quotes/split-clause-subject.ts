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
