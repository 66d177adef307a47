/**
 * A relative clause on the thing someone said: `In those months he said something I wrote on a card: "..."`,
 * `Roe told me something I still repeat: "..."`, `he said one thing we have never forgotten: "..."`. The clause's
 * subject ("I", "we") only kept or remembers the words; the one who said them is the subject of the verb before.
 */

// A verb of saying and its object, a thing said with no head of its own ("something", "one thing", "a line"),
// perhaps after the one told ("told me"), then perhaps a relative pronoun: the subject after it opens a relative
// clause on that object.
const THING_SAID = /\b(?:said|says|told|tells|wrote|writes|uttered|utters|offered|offers|gave|gives|added|adds|repeated|repeats|had)\s+(?:(?:me|us|him|her|them|you)\s+)?(?:something|one\s+thing|a\s+(?:line|phrase|sentence|remark|thing|saying)|words|the\s+(?:line|phrase|sentence|remark|thing|words))(?:\s+(?:that|which))?\s+$/iu;

/**
 * Whether `phrase`, read by the grammar as the subject of the verb before the quote opening at `open` in the
 * sentence `text[rs, ...)`, opens a relative clause on the object of an earlier verb of saying ("he said something
 * I wrote down: "...""), and so is not who spoke.
 */
export function clauseOnThingSaid(text: string, rs: number, open: number, phrase: string): boolean {
  const at = text.lastIndexOf(phrase, open);
  if (at < rs) return false;
  return THING_SAID.test(text.slice(rs, at));
}
