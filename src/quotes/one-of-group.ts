/**
 * `Two people familiar with the talks, who ..., said weapons were on the agenda. "...," one of them said.`: a
 * quote credited to "one of them" is one member's words of the group the sentence before has speak. The group
 * is credited as the text describes it; who among them spoke is not told, and no one outside it is meant.
 */

import { pertainsTo } from '../text/wordnet.ts';

/** "one of them said" (or "those", "the two") right after the quote's closing mark and its comma. */
const ONE_OF_AFTER = /^\s*,?\s*one\s+of\s+(?:them|those|the\s+(?:two|three|four))\s+(?:said|says|added|adds|told|tells|explained|noted|insisted|recalled|warned|put\s+it)\b/u;
/**
 * A sentence opening with a group counted or described ("Two people familiar with ...", "Several officials in
 * ...") that a comma or its verb of speech closes, the verb somewhere in the sentence.
 */
// The first word after the count is lowercase or one capitalised word of where they are from ("Two European
// diplomats", "Two US officials") that a lowercase word other than a conjunction or the verb follows (not "Both Kim and Lee").
const GROUP_OPENING = /^\s*(?:(?:But|And)\s+)?((?:Two|Three|Four|Five|Six|Several|Some|Both)\s+(?:[\p{Ll}]|[\p{Lu}][\p{L}]+\s+(?!(?:and|or|nor|said|say|says|told|tell|spoke|confirmed|described|added|insisted|who)\b)[\p{Ll}])[^,.;:"“”]{2,100}?)(?=,|\s+(?:said|say|says|told|tell|spoke|confirmed|described|added|insisted|who)\b)/u;
const SPEECH = /\b(?:said|say|says|told|tell|spoke|confirmed|described|added|insisted)\b/u;
// Or a plain plural noun, perhaps with where the group is: "Officials in the harbour office said ...", "Sources
// close to the board said ..." (the caller keeps it only when it reads as people described).
const PLURAL_OPENING = /^\s*(?:(?:But|And)\s+)?([\p{Lu}][\p{Ll}]{2,}(?:s|men)(?:\s+(?:in|at|from|within|close\s+to|familiar\s+with)\s+[^,.;:"“”]{2,80}?)?)(?=,|\s+(?:said|say|says|told|tell|confirmed|added|insisted|who)\b)/u;
/** Where a sentence ends and the next opens with a capital (an abbreviation's full stop may be taken too: then no group is found). */
const SENTENCE_BREAK = /[.!?]["”’]?\s+(?=[\p{Lu}])/gu;

/**
 * The phrase describing the group a quote credited to "one of them" belongs to: `after` is the quote's sentence
 * after its closing mark, `before` gives its paragraph up to the quote's sentence (quotes masked). Null unless the credit
 * reads so and the sentence right before opens with a group that speaks.
 */
export function oneOfGroup(after: string, before: () => string): string | null {
  // (Tried only on text holding "one of": the paragraph before the quote is copied only then.)
  if (!after.includes('one of') || !ONE_OF_AFTER.test(after)) return null;
  return groupOfSentenceBefore(before);
}

/**
 * `Two people familiar with the talks told us that ... One of them added: "..."`: the same credit as `"...," one
 * of them added`, put before the quote ("One of them" and its verb of speech the whole of the quote's sentence up
 * to the quote, perhaps with a colon or comma). The group is the one the sentence right before opens with and has
 * speak, credited as the text describes it; nothing else may stand between "One of them" and its verb.
 */
// (Or "As one of them put it, "..."", the credit as an aside opening the sentence.)
const ONE_OF_BEFORE = /^\s*(?:(?:But|And)\s+)?(?:One\s+of\s+(?:them|those|the\s+(?:two|three|four))\s+(?:said|says|added|adds|told\s+(?:me|us|reporters)|explained|noted|insisted|recalled|warned|put\s+it\s+(?:this|that)\s+way)|As\s+one\s+of\s+(?:them|those|the\s+(?:two|three|four))\s+(?:put\s+it|said|told\s+(?:me|us)))\s*[:,]?\s*$/u;

/** The phrase describing the group of a quote opened by "One of them added:" or "As one of them put it,", or null (see `oneOfGroup`). */
export function oneOfGroupLeading(beforeQuote: string, before: () => string): string | null {
  if (!/^\s*(?:(?:But|And)\s+)?(?:One|As\s+one)\s+of\b/u.test(beforeQuote) || !ONE_OF_BEFORE.test(beforeQuote)) return null;
  return groupOfSentenceBefore(before);
}

/**
 * `The farmers I still talk to are quite open about it. One of them wrote to me last week, "..."`: "One of them"
 * and a verb of telling the writer (or the one whose turn it is) opening the quote's sentence, after a sentence
 * whose subject is a plain plural of people ("The farmers I talk to", "My Latvian colleagues", "Our own harbour
 * pilots"), whatever its verb: one member of that group speaks. The group is credited as the text describes it.
 * Null when that sentence names another group of people after its subject, whom "them" may mean as well.
 */
const ONE_OF_TELLS = /^\s*(?:(?:But|And)\s+)?One\s+of\s+them\s+(?:(?:once|also|later|recently|even)\s+)?(?:said\s+to\s+(?:me|us)|told\s+(?:me|us)|wrote\s+to\s+(?:me|us)|texted\s+(?:me|us)|put\s+it\s+to\s+(?:me|us))(?:\s+(?:last\s+(?:week|month|year|night)|this\s+week|the\s+other\s+day|recently|once))?\s*[:,]?\s*$/u;
// The plural subject opening a sentence: a determiner of the group ("The", "My", "Our", "Many" ...), then the
// words up to its verb, read by `standingGroup`.
const GROUP_DETERMINER = /^\s*(?:(?:But|And)\s+)?(?:The|My|Our|Their|His|Her|Many|Most|Some|Several|All)\s+/u;
// A short clause of the writer's contact after the plural: "I still talk to", "we met".
const CONTACT_CLAUSE = /^(?:I|we)\s+(?:(?:still|often|regularly|sometimes)\s+)?(?:talk\s+to|talked\s+to|speak\s+to|spoke\s+to|speak\s+with|spoke\s+with|know|met|interviewed)\s+/u;
// The verb after the subject: perhaps an auxiliary and an adverb, then a lowercase word that is no conjunction.
const VERB_AFTER = /^(?:(?:have|has|had|are|were|do|did)\s+)?(?:(?:always|often|also|all|still|never|quite)\s+)?(?!(?:and|or|nor|but)\b)[\p{Ll}]{2,}\b/u;
/** Words that end a plural's run before its head: a conjunction or preposition makes it two phrases ("Kim and ...", "head of ..."). */
const NOT_IN_GROUP = /^(?:and|or|of|for|with|in|at|from|to|by|on|who|that|which|I|we|you|he|she|they)$/u;
// The shape of a people's adjective: "American", "Latvian", "Japanese".
const DEMONYM_SHAPE = /^[\p{Lu}][\p{Ll}-]*(?:ian|ean|ese|ish|an|i|ic)$/u;

/**
 * The plural group of people opening `sentence` as its subject: a determiner, up to three words before a plural
 * noun of a person (or of a people: "The Americans", a people's adjective WordNet ties to a place), perhaps a
 * clause of the writer's contact, then its verb. The text as written, the head in the singular, and where the
 * subject ends; or null.
 */
function standingGroup(sentence: string, isPerson: (noun: string) => boolean): { text: string; head: string; end: number } | null {
  const d = GROUP_DETERMINER.exec(sentence);
  if (!d) return null;
  const start = d[0].length - d[0].trimStart().length;
  let at = d[0].length;
  for (let k = 0; k < 4; k++) {
    const w = /^([\p{L}-]+)\s+/u.exec(sentence.slice(at));
    if (!w || NOT_IN_GROUP.test(w[1]!)) return null;
    const word = w[1]!;
    at += w[0].length;
    if (!/^[\p{L}-]{3,}(?:s|men)$/u.test(word)) continue;
    const one = word.slice(0, -1);
    const head = singularOf(word.toLowerCase());
    const person = isPerson(head) || (DEMONYM_SHAPE.test(one) && pertainsTo(one).length > 0);
    if (!person) continue;
    const contact = CONTACT_CLAUSE.exec(sentence.slice(at));
    const end = at + (contact ? contact[0].length : 0);
    if (!VERB_AFTER.test(sentence.slice(end))) return null;
    return { text: sentence.slice(start, end).trim(), head, end };
  }
  return null;
}

/** The description of the group a quote opened by "One of them told me," belongs to: its text and head, or null. */
export function oneOfStandingGroup(beforeQuote: string, before: () => string, isPerson: (noun: string) => boolean): { text: string; head: string } | null {
  if (!/^\s*(?:(?:But|And)\s+)?One\s+of\s+them\b/u.test(beforeQuote) || !ONE_OF_TELLS.test(beforeQuote)) return null;
  const text = before();
  const sentence = lastSentenceOf(text);
  if (!sentence) return null;
  const group = standingGroup(sentence, isPerson);
  if (!group) return null;
  // "The Danes I talk to are calmer. The Swedes are not. One of them ...": a group set against another just
  // before may leave "them" to either.
  const earlier = lastSentenceOf(text.trimEnd().slice(0, text.trimEnd().length - sentence.length));
  if (earlier && standingGroup(earlier, isPerson)) return null;
  // Another plural of people later in the sentence ("... tell me the drivers are tired") may be the "them".
  for (const w of sentence.slice(group.end).matchAll(/\b([\p{L}-]{3,}(?:s|men))\b/gu)) {
    const one = singularOf(w[1]!.toLowerCase());
    if (one !== w[1]!.toLowerCase() && isPerson(one)) return null;
  }
  return { text: group.text, head: group.head };
}

/** A plural noun's singular: "men" → "man", "-ies" → "-y", "-es" after a sibilant, else the "s" off. */
function singularOf(plural: string): string {
  return /men$/u.test(plural) ? `${plural.slice(0, -3)}man` : /ies$/u.test(plural) ? `${plural.slice(0, -3)}y` : /(?:ss|sh|ch|x)es$/u.test(plural) ? plural.slice(0, -2) : plural.slice(0, -1);
}

/** The last sentence of `text` (its closing stop kept), or null when it is blank. */
function lastSentenceOf(text: string): string | null {
  const trimmed = text.trimEnd();
  if (!trimmed) return null;
  let start = 0;
  for (const m of trimmed.slice(0, -1).matchAll(SENTENCE_BREAK)) start = m.index + m[0].length;
  return trimmed.slice(start);
}

/** The group the last sentence of `before` opens with, when that sentence has it speak; else null. */
function groupOfSentenceBefore(before: () => string): string | null {
  let start = 0;
  const trimmed = before().trimEnd();
  if (!trimmed) return null;
  // The last sentence break before the end of `before`, not the full stop that ends it.
  for (const m of trimmed.slice(0, -1).matchAll(SENTENCE_BREAK)) start = m.index + m[0].length;
  const sentence = trimmed.slice(start);
  const group = GROUP_OPENING.exec(sentence) ?? PLURAL_OPENING.exec(sentence);
  return group && SPEECH.test(sentence.slice(group[0].length)) ? group[1]!.trim() : null;
}

/**
 * `Dockers in Kessel were wary. One, who asked not to be named ..., said: "..."`: "One" opening the quote's
 * sentence as its subject is one member of the group the sentence just before has as its plain plural subject,
 * with a copula of how they stood. The member is credited as one of that kind ("a docker in Kessel"); who among
 * them spoke is not told.
 */
const ONE_BEFORE = /^\s*(?:(?:But|And)\s+)?One(?:,\s+(?:who|whose|speaking)\b[^,:;_"“”]{1,160},)?\s+(?:said|says|added|adds|explained|warned|insisted|told\s+(?:me|us|reporters))\s*:?\s*$/u;
const GROUP_STANDING = /^\s*(?:(?:But|And)\s+)?(?:(?:Many|Some|Several|Most|Other|Local)\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{L}-]{3,}(?:s|men))((?:\s+(?:in|at|from)\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,2})?)\s+(?:were|are|remained|remain|seemed|seem)\s+[^_"“”,;:]{1,60}[.!]$/u;

/** The description of the one member of a group a sentence opening "One, who ..., said:" stands for, or null. */
export function oneOfGroupBefore(beforeQuote: string, before: () => string, isPerson: (noun: string) => boolean): string | null {
  if (!/^\s*(?:(?:But|And)\s+)?One\b/u.test(beforeQuote) || !ONE_BEFORE.test(beforeQuote)) return null;
  let start = 0;
  const trimmed = before().trimEnd();
  if (!trimmed) return null;
  for (const m of trimmed.slice(0, -1).matchAll(SENTENCE_BREAK)) start = m.index + m[0].length;
  const group = GROUP_STANDING.exec(trimmed.slice(start));
  if (!group) return null;
  const head = group[1]!.toLowerCase();
  const one = /men$/u.test(head) ? `${head.slice(0, -3)}man` : /ies$/u.test(head) ? `${head.slice(0, -3)}y` : /(?:ss|sh|ch|x)es$/u.test(head) ? head.slice(0, -2) : head.slice(0, -1);
  if (!isPerson(one)) return null;
  return `${/^[aeiou]/u.test(one) ? 'an' : 'a'} ${one}${group[2] ?? ''}`;
}

/**
 * `Most analysts see the deal as a gamble. One, Professor Lena Borg of Tarn University, told us: "..."`: "One"
 * opening the quote's sentence, then a person's name set off by commas (perhaps with more said of them after
 * another comma), then the verb of speech: the name is the one who speaks, "One" only counts them among a group.
 */
const ONE_NAMED_BEFORE = /^\s*(?:(?:But|And)\s+)?One(?:\s+of\s+(?:them|those))?,\s+([^,:;_"“”]{3,120}?)(?:,\s+[^,:;_"“”]{2,120}?)?,\s+(?:said|says|added|adds|explained|explains|warned|warns|insisted|insists|told\s+(?:me|us|him|her|them|reporters|[\p{Lu}][\p{L}'’-]+))\s*:?\s*$/u;

/** The phrase naming the one who speaks in "One, NAME, said:" (the caller checks it is a person's name), or null. */
export function oneNamedBefore(beforeQuote: string): string | null {
  if (!/^\s*(?:(?:But|And)\s+)?One\b/u.test(beforeQuote)) return null;
  return ONE_NAMED_BEFORE.exec(beforeQuote)?.[1]?.trim() ?? null;
}
