/**
 * The past role a sentence's predicate gives the full name that opens it, when it says the person left that role:
 * "Mara Olsen, 64, taught in Bergen and retired in 2019 as headmistress of the cathedral school." makes her the
 * "former headmistress" a later "the former headmistress said" means. Only verbs of leaving (retired, resigned,
 * stepped down, left) with "as": "served as" or "worked as" may be the role she still holds at the time told.
 */
import { isPersonNoun, PERSON_NOUNS, TITLES } from './speaker-phrases.ts';

// After the name: an age set off by commas may come first, then the predicate up to the sentence's end. A clause
// of its own ("who", "while", "but") would have another subject or be about someone else: the reading stops there.
const PREDICATE = /^(?:,\s*\d{1,3},)?\s+([^.;:!?"“”«»()]{0,160}?)\b(?:retired|resigned|stepped\s+down|left)(?:\s+[\p{L}\p{N}-]+){0,4}?\s+as\s+(?:(?:an?|the|its|their)\s+)?((?:[\p{Ll}][\p{Ll}-]*\s*){1,4})/u;
// "NAME, who served as Ostrel's envoy in Varn in the early 2000s,": a "who" clause set off after the name that says
// the role was held at a time past, a year or a decade in its own clause ("served as" alone may be the role held now).
// (Or "in the last decade", "in the previous decade": a decade told as gone, "who served as Ostrel's envoy to Varn in
// the last decade"; not "in the past decade", which may run up to now.)
// (A role's words end on a whole word, never on a possessive: "who served as the mayor's driver in the 1990s" was the
// mayor's driver, not the mayor; the owner's "the mayor's" is read as the determiner, so the driver is the role.)
const SERVED_IN_PAST = /^,\s+who\s+(?:had\s+)?(?:served|worked)\s+as\s+(?:(?:an?|the|its|their|[\p{Lu}][\p{L}'’-]*['’]s?|(?:the|a|an|his|her|their)\s+[\p{Ll}]+['’]s)\s+)?((?:[\p{Ll}][\p{Ll}-]*\s*){1,4})(?![\p{L}'’])(?:[^,.;:!?"“”]{0,60}?)\b(?:(?:in|from|until|till|between|during)\s+(?:the\s+(?:(?:early|late|mid)[\s-]+)?)?(?:1[89]\d\d|20[0-2]\d)s?\b|in\s+the\s+(?:last|previous)\s+decade\b)/u;
// "NAME, who was Ostrel's special envoy for Varn at the time and has since retired,": a "who was" clause set off
// after the name that gives the role as held at a time past ("at the time", "then", a year): the holder has left it.
const WAS_IN_PAST = /^,\s+who\s+was\s+(?:(?:an?|the|its|their|[\p{Lu}][\p{L}'’-]*['’]s?)\s+)?((?:[\p{Ll}][\p{Ll}-]*\s*){1,4})(?![\p{L}'’])(?:[^,.;:!?"“”]{0,60}?)\b(?:at\s+the\s+time|then|in\s+(?:1[89]\d\d|20[0-2]\d))\b/u;
// "NAME was an adviser on Asia at the Varn Council in 2023.": the sentence the name opens gives, by a past "was", the
// role held at a time past, and ends there: a former role.
const WAS_PREDICATE = /^\s+was\s+(?:an?|the|[\p{Lu}][\p{L}'’-]*['’]s?)\s+((?:[\p{Ll}][\p{Ll}-]*\s*){1,4})(?![\p{L}'’])(?:[^,.;:!?"“”]{0,80}?)\b(?:at\s+the\s+time|then|in\s+(?:1[89]\d\d|20[0-2]\d))\s*\./u;
const OTHER_CLAUSE = /\b(?:who|whom|whose|which|while|whereas|but|when|after|before|because|although|though|if|his|her|their|he|she|they)\b|,\s*and\b/iu;
const SENTENCE_OPEN = /(?:^|[.!?]["”’»]?\s+)["“«]?$/u;

/** Whether a lowercase word heads a role: a title of office or a noun for a person. */
function headsRole(w: string): boolean {
  return TITLES.has(w) || PERSON_NOUNS.has(w) || isPersonNoun(w);
}

/**
 * The role, as "former ROLE", that the sentence the name at [start, end) of `text` opens says its bearer left;
 * null when the name does not open its sentence, no verb of leaving with "as" follows in its own clause, or the
 * words after "as" are not headed by a title or a noun for a person ("retired as planned").
 */
export function leftOfficeRole(text: string, start: number, end: number): string | null {
  if (!SENTENCE_OPEN.test(text.slice(Math.max(0, start - 4), start))) return null;
  const served = SERVED_IN_PAST.exec(text.slice(end, end + 200)) ?? WAS_IN_PAST.exec(text.slice(end, end + 200)) ?? WAS_PREDICATE.exec(text.slice(end, end + 200));
  if (served) return roleRun(served[1]!);
  const m = PREDICATE.exec(text.slice(end, end + 260));
  if (!m || OTHER_CLAUSE.test(m[1]!)) return null;
  return roleRun(m[2]!);
}

/** "former ROLE" for the words after "as" when a title or noun for a person heads them, before where or whose; else null. */
function roleRun(after: string): string | null {
  const words = after.trim().split(/\s+/u);
  const stop = words.findIndex((w) => /^(?:of|to|for|at|in|on|with|from|and|until|after|before|since)$/u.test(w));
  const run = stop >= 0 ? words.slice(0, stop) : words;
  const last = run.findLastIndex(headsRole);
  // The role ends in its head ("ambassador", "rear admiral"); words after it are where or whose.
  return last >= 0 && last === run.length - 1 ? `former ${run.join(' ')}` : null;
}
