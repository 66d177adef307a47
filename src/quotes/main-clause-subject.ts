/**
 * A sentence that opens with a clause of time or cause and then its main clause (`When Jane Roe spoke on the
 * radio, "...," Omar Kask snorted.`, `After Roe left, Kask shrugged.`) makes the main clause's subject the one
 * the story is about: a "he" or "she" in the next sentence goes on with him, not with the one the fronted clause
 * only sets the scene with, when no gender tells the two apart.
 */

const OPENER = /^[\s(—–-]*(?:But\s+|And\s+)?(?:After|When|While|As|Because|Although|Though|Since|Before|Until|Once|Whenever)\s/u;
// The fronted clause up to its comma (a quotation in it reads as one token), then the name opening the main
// clause and a lower-case verb.
const MAIN = /^[^,;:.!?]*,\s*(?:Q\s*,?\s*)?((?:[\p{Lu}][\p{L}'’-]*\.?)(?:\s+[\p{Lu}][\p{L}'’-]*\.?){0,3})\s+(?!(?:and|or|of|in|on|at|to|for|with|from|by)\b)[\p{Ll}]/u;
/** A capitalised word opening a clause that is no one's name: an article, a demonstrative, a possessive, a pronoun. */
export const NOT_A_SUBJECT = /^(?:The|A|An|This|That|These|Those|It|There|Here|His|Her|Their|Its|Our|My|Your|We|They|He|She|I|You)$/u;

/** The name opening the main clause of a sentence that opens with a fronted clause of time or cause, or null. */
export function mainClauseSubject(sentence: string): string | null {
  const open = OPENER.exec(sentence);
  if (!open) return null;
  // A quotation closing the fronted clause keeps its comma inside the marks (`When Roe called it "a tax," Kask
  // ...`): the comma still closes the clause.
  const rest = sentence.slice(open[0].length).replace(/["“]([^"“”]*)["”]/gu, (_, inner: string) => (/,\s*$/u.test(inner) ? 'Q,' : 'Q'));
  const m = MAIN.exec(rest);
  if (!m || NOT_A_SUBJECT.test(m[1]!.split(/\s+/u)[0]!)) return null;
  return m[1]!;
}
