/**
 * Two people of one surname told apart by a role set off after the bare surname: `Analyst Mara Olsen ...;
 * chief financial officer Olsen Tae-ho ... Olsen, the analyst, then asked ...`. Writers add the role exactly
 * because the surname alone would point at the wrong namesake, so the role, when the text gave it to one of them
 * alone, settles who is meant; the one spoken of last must not win by nearness.
 */
import type { NameMention } from './name-mentions.ts';
import { isPersonNoun, PERSON_NOUNS, TITLES } from './speaker-phrases.ts';
import { escapeRegExp, sharedRegExp } from '../text/regexp.ts';

/** Whether a lowercase word can head a role: a title of office or a noun for a person. */
function headsRole(w: string): boolean {
  return TITLES.has(w) || PERSON_NOUNS.has(w) || isPersonNoun(w);
}

/**
 * The head of the role set off with "the" right after the bare surname `surname` in `sentence` ("Olsen, the
 * analyst," / "Olsen, the company's finance chief," / "Olsen, the analyst:"), when the sentence sets off exactly one; else undefined.
 */
export function roleSetOffAfterSurname(sentence: string, surname: string): string | undefined {
  // (The surname with its comma right after is wanted first: a plain search, before any expression is looked up
  // and copied for `matchAll`, as this runs on every sentence that reads a shared surname.)
  if (!sentence.includes(`${surname},`)) return undefined;
  // (Closed by a colon too, as a label credits the quote after it: "Said Olsen, the analyst: ...".)
  const re = sharedRegExp(String.raw`(?:^|[^\p{L}'’-])${escapeRegExp(surname)},\s+the\s+(?:[\p{Ll}'’-]+\s+){0,2}([\p{Ll}-]+)[,:]`, 'gu');
  const heads = [...sentence.matchAll(re)].map((m) => m[1]!);
  return heads.length === 1 && headsRole(heads[0]!) ? heads[0] : undefined;
}

/**
 * Whether the text gave `head` as a role to the full name at `m`: right before it, capitalised or not, with or
 * without a comma ("Analyst Mara Olsen", "the analyst, Mara Olsen"), or set off right after it ("Mara Olsen, an
 * analyst at ...,").
 */
export function roleGivenTo(paragraph: string, m: NameMention, head: string): boolean {
  // (The mention's own title, read with the name: "Analyst Mara Olsen".)
  if (m.role?.toLowerCase().split(/\s+/u).at(-1) === head) return true;
  const h = escapeRegExp(head);
  const before = sharedRegExp(String.raw`(?:^|[^\p{L}])${h},?\s+$`, 'iu');
  const after = sharedRegExp(String.raw`^,\s+(?:the|a|an|its|his|her|their|our|[\p{Lu}][\p{L}'’.-]*['’]s?)\s+(?:[^,.;:!?"“”]{0,40}\s)?${h}\b`, 'u');
  const end = paragraph.indexOf(m.name, m.at);
  return before.test(paragraph.slice(Math.max(0, m.at - 60), m.at)) || (end >= 0 && after.test(paragraph.slice(end + m.name.length, end + m.name.length + 80)));
}

// The subject "The <role>" opening a sentence, its head before a lowercase verb ("The senator did not dispute it.");
// not a possessive ("The senator's wife"), which is someone else. The role may belong to a place or body named
// with a capital ("The North's leader", "The Senate's president") and may be followed by an aside set off by
// commas before the verb ("The senator, for her part, did not dispute it."): the head is still the subject.
const ROLE_SUBJECT = /^The\s+(?:[\p{Lu}][\p{L}-]*['’]s\s+)?((?:[\p{Ll}-]+\s+){0,2}?)([\p{Ll}-]+)(?:,\s+(?:for\s+(?:his|her)\s+part|in\s+turn|meanwhile|however|too|though)\s*,)?\s+(?!of\b|in\b|at\b|from\b|and\b|or\b|who\b|whose\b|which\b)[\p{Ll}]/u;

/**
 * `The senator did not dispute it. "...," Costa told ...`: the head of the role ("senator") that is the subject of the
 * sentence right before the one that opens at `from` in the same (masked) paragraph text, when that sentence opens on
 * "The" and a role; else undefined. A bare surname several people bear, right after such a sentence, names the
 * bearer of that role: the writer set the role up to say who the surname is.
 */
export function roleSubjectBefore(masked: string, from: number): string | undefined {
  const before = masked.slice(0, from).trimEnd();
  if (!/[.!?]["”’_]*$/u.test(before)) return undefined;
  const body = before.replace(/[.!?]["”’_]*$/u, '');
  const cut = Math.max(body.lastIndexOf('. '), body.lastIndexOf('? '), body.lastIndexOf('! '), body.lastIndexOf('\n'));
  const last = body.slice(cut + 1).trim();
  const m = ROLE_SUBJECT.exec(last);
  return m && headsRole(m[2]!) ? m[2]! : undefined;
}
