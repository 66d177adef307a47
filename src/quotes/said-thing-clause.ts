/**
 * A relative clause on the thing someone said: `In those months he said something I wrote on a card: "..."`,
 * `Roe told me something I still repeat: "..."`, `he said one thing we have never forgotten: "..."`. The clause's
 * subject ("I", "we") only kept or remembers the words; the one who said them is the subject of the verb before.
 */
import { FUNCTION_WORDS } from '../text/stop-words.ts';

// A verb of saying and its object, a thing said with no head of its own ("something", "one thing", "a line"),
// perhaps after the one told ("told me"), then perhaps a relative pronoun: the subject after it opens a relative
// clause on that object.
const VERB_THING = String.raw`(?:said|says|told|tells|wrote|writes|uttered|utters|offered|offers|gave|gives|added|adds|repeated|repeats|had)\s+(?:(?:me|us|him|her|them|you)\s+)?(?:something|one\s+thing|a\s+(?:line|phrase|sentence|remark|thing|saying)|words|the\s+(?:line|phrase|sentence|remark|thing|words))(?:\s+(?:that|which))?\s+$`;
const THING_SAID = new RegExp(String.raw`\b${VERB_THING}`, 'iu');
// The verb's own subject right before it: "he", "she", or a run of one to four capitalised words (a name), perhaps
// with an adverb of time between ("Vask once said something ...").
const SAYER = new RegExp(String.raw`(?:^|[\s,;])(he|she|He|She|(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+(?:(?:once|later|then|also|often|always)\s+)?${VERB_THING}`, 'u');

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

/**
 * The subject of the verb of saying whose object the clause of `clauseOnThingSaid` qualifies, when it stands right
 * before that verb as "he", "she" or a name ("In those months Vask said something I wrote down: "...""); else null
 * (a subject further off, as after other verbs it is joined to, is left unread).
 */
export function sayerOfThing(text: string, rs: number, open: number, phrase: string): string | null {
  const at = text.lastIndexOf(phrase, open);
  if (at < rs) return null;
  const m = SAYER.exec(text.slice(rs, at));
  if (!m) return null;
  // (Not a run opening on a word of grammar: "In Vask" or "The" are no one's name.)
  const words = m[1]!.split(/\s+/u);
  if (words.length > 1 && FUNCTION_WORDS.has(words[0]!.toLowerCase())) return null;
  return m[1]!;
}
