import { isPeoplesAdjective, parseSubjectPhrase } from './speaker-phrases.ts';
import { WEEKDAY_NAMES } from '../text/calendar-words.ts';

/**
 * "Matsuno declined to comment on what he called "...."", "Ban condemned what he termed a "...."": the quote
 * after "what <someone> called" is the words of that someone, not a label the writer gives; so after a relative
 * pronoun ("a rival that Jane Roe called "..."", "a loss, which Jane Roe called "...""). Other labels
 * ("so-called", "which critics call", "dubbed") stay unattributed as before. A role may stand before the name
 * ("what aide Jane Roe called") and words set off by commas after it ("what Jane Roe, the party's treasurer,
 * called").
 */
// (A place's or a body's possessive may stand before the words, as a determiner does: "what he called Moscow's
// "..."".)
// (The role may follow the body the one named serves, capitalised: "which Linden University historian Jane Roe
// calls"; no "and" or preposition inside the role, so "which Roe and aide Jo Kask call" is not Kask's alone.)
const WHAT_CALLED =
  /\b(?:what|which|whom|that)\s+(?:(?:[\p{Ll}-]+\s+){1,2}(?=[\p{Lu}])|(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:(?!(?:and|or|but|nor|with|of|for|to|in|on|at|by|the|a|an)\s)[\p{Ll}-]+\s+){1,2}(?=[\p{Lu}]))?(he|she|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,5})(?:,[^,;:"“”]{1,80},)?\s+(?:has\s+|had\s+|once\s+|later\s+|then\s+)?(?:called|calls|termed|terms|dubbed|dubs|described\s+as|describes\s+as|labell?ed|labels)\s+(?:(?:a|an|the|its|his|her|their|this|that|an?\s+[\p{Ll}]+|[\p{Lu}][\p{L}-]*['’]s)\s+)?["“‘']?\s*$/u;

// "a rival that the party's last nominee, Jane Roe, called "..."": the one who called it is named in apposition
// to a description, the name set off by commas just before the naming verb.
const WHAT_DESCRIBED_NAME_CALLED =
  /\b(?:which|whom|that)\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}[\p{Ll}-]+,\s+([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,4}),\s+(?:has\s+|had\s+|once\s+|later\s+|then\s+)?(?:called|calls|termed|terms|dubbed|dubs|described\s+as|describes\s+as|labell?ed|labels)\s+(?:(?:a|an|the|its|his|her|their|this|that|an?\s+[\p{Ll}]+)\s+)?["“‘']?\s*$/u;

// "Norway had unveiled what it called a "...."": "it" (or "they") is the named subject of the verb whose object
// "what" is, the one clause holding both. Past tense only: "Russia continues what it calls "..."" is the
// writer holding a body's standing term at a distance, a label, not words it said.
const WHAT_IT_CALLED =
  /(?<![\p{L}'’.-])((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*)\s+(?:has\s+|had\s+|have\s+|also\s+)?[\p{Ll}]+(?:ed|s)\s+what\s+(?:it|they)\s+(?:called|termed|dubbed|described\s+as)\s+(?:(?:a|an|the|its|their|this|that)\s+)?["“‘']?\s*$/u;

// "An editorial said ... and criticised what it called "..."": a second verb of the sentence's subject, "it"
// being that subject; read as the pronoun, resolved as any "it" that speaks is.
const AND_WHAT_IT_CALLED =
  /\b(?:and|but)\s+(?:also\s+|then\s+)?[\p{Ll}]+ed\s+what\s+(it)\s+(?:called|termed|dubbed|described\s+as)\s+(?:(?:a|an|the|its|this|that)\s+)?["“‘']?\s*$/u;

// "..., something he calls "..."", "a step Jane Roe called "..."": the relative pronoun left out after "something"
// or an indefinite noun set off from the clause before (a comma or dash, or a preposition: "in a move she called").
// (A weekday or month is no one who calls: "a report Tuesday called "..."" names the report.)
const ZERO_RELATIVE_CALLED =
  /(?:[,;—–]\s*|\b(?:in|of|on|as|with|for)\s+)(?:something|(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(he|she|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+(?:has\s+|had\s+|once\s+|later\s+)?(?:called|calls|termed|terms|dubbed|dubs|described\s+as|describes\s+as)\s+(?:(?:a|an|the|its|his|her|their|this|that)\s+)?["“‘']?\s*$/u;

// "The Harbour Board summoned a senior diplomat on Thursday to protest against what it called "..."": a body
// opening the sentence, its verb, and a clause of purpose ("to protest", "to complain about") whose unstated subject
// is the sentence's; "it" is that subject. Only the words of an object and a time may stand between (`purposeWhatItCalled`).
const PURPOSE_WHAT_IT_CALLED =
  /^\s*((?:The\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+(?:of\s+(?:the\s+)?)?){0,4}[\p{Lu}][\p{L}'’.-]*)\s+(?:has\s+|had\s+|also\s+)?[\p{Ll}]{3,}ed\s+((?:[\p{L}'’-]+\s+){0,10}?)to\s+[\p{Ll}]{3,}\s+(?:(?:against|about|over|at|on)\s+)?what\s+it\s+(?:called|termed|dubbed|described\s+as)\s+(?:(?:a|an|the|its|this|that)\s+)?["“‘']?\s*$/u;
// (A word that opens another clause or names another who could be "it" breaks the reading.)
const CLAUSE_WORD = /^(?:and|but|or|who|which|that|whose|it|its|they|their|he|she|his|her|after|before|when|while|because|as|if)$/u;
const WEEKDAY = new RegExp(String.raw`^(?:${WEEKDAY_NAMES})$`, 'u');

/**
 * The body a sentence opens with when the quote closes a clause of purpose that "it" names ("BODY summoned a
 * diplomat on Thursday to protest against what it called "...""), `before` being the sentence up to the quote;
 * null unless the subject reads as a body and every capitalised word between its verb and the "to" is a weekday
 * or a people's adjective (no other body or person that "it" could mean).
 */
export function purposeWhatItCalled(before: string): string | null {
  const m = PURPOSE_WHAT_IT_CALLED.exec(before);
  if (!m) return null;
  const between = m[2]!.trim().split(/\s+/u).filter(Boolean);
  if (between.some((w) => CLAUSE_WORD.test(w) || (/^[\p{Lu}]/u.test(w) && !WEEKDAY.test(w) && !isPeoplesAdjective(w)))) return null;
  const parsed = parseSubjectPhrase(m[1]!);
  return parsed?.type === 'name' && parsed.kind === 'organisation' ? m[1]! : null;
}

const NAMING_STEM = /call|term|dub|label|describ/u;

/** The one who called it (a pronoun or a capitalised name), when `before` (the words just before the quote) ends in "what X called"; null otherwise. */
export function whatCalledSubject(before: string): string | null {
  // (Both patterns end in a naming verb just before the quote: most quotes have none, and skip the patterns.)
  if (!NAMING_STEM.test(before.slice(-40))) return null;
  const named = WHAT_CALLED.exec(before)?.[1] ?? WHAT_DESCRIBED_NAME_CALLED.exec(before)?.[1] ?? ZERO_RELATIVE_CALLED.exec(before)?.[1];
  if (named) return named;
  const subject = WHAT_IT_CALLED.exec(before)?.[1];
  if (subject && !/^(?:The|A|An|This|That|It|They|He|She|We|I)$/u.test(subject)) return subject.replace(/^(?:The|But|And|Then)\s+/u, '');
  return AND_WHAT_IT_CALLED.exec(before)?.[1] ?? purposeWhatItCalled(before);
}

// "Roe, for her part, vowed that her town would back the port in what she called its "..."": the
// sentence opens with a name as the subject of its verb, and a "he" or "she" later in the same sentence, in
// "what he called", is that subject, bound inside its own sentence (no sentence boundary, no other subject between).
// (Another quote of the sentence, masked, may stand between: "Kim pledged his "..." for what he called Moscow's "..."".)
const OPENING_NAME_BEFORE_WHAT_CALLED =
  /^\s*(?:(?:But|And|Yet|Still|Later|Meanwhile),?\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)(?:,\s+[^,;:"“”_]{1,60},)?\s+(?:(?:also|then|later|again|has|had|have)\s+)?[\p{Ll}]{3,}\b((?:[^.;:!?"“”_]|["“][_\s.,!?]*["”])*?)\bwhat\s+(he|she)\s+(?:called|termed|dubbed|described\s+as)\s+(?:(?:a|an|the|its|his|her|their|this|that|[\p{Lu}][\p{L}-]*['’]s)\s+)?["“‘']?\s*$/u;
const NOT_A_NAME = /^(?:The|A|An|It|He|She|They|We|I|This|That|These|Those|There|In|On|At|For|When|After|While|As|If|Some|Many|Most|Others)$/u;

/**
 * The name opening the sentence (`before`: the sentence up to the quote, quotes masked) that a "he" or "she" of
 * "what he called" means, when that name is the sentence's subject, the document knows it as a person (`knows`)
 * of no other sex than the pronoun's (`gender`), and no other person it knows is named between; null otherwise.
 */
export function boundWhatCalled(before: string, knows: (name: string) => boolean, gender: (name: string) => 'm' | 'f' | null): string | null {
  const m = OPENING_NAME_BEFORE_WHAT_CALLED.exec(before);
  if (!m) return null;
  const name = m[1]!;
  if (NOT_A_NAME.test(name.split(/\s+/u)[0]!) || !knows(name)) return null;
  const want = m[3] === 'he' ? 'm' : 'f';
  const g = gender(name);
  if (g && g !== want) return null;
  // (No other person the document knows named between the subject and the pronoun; no other "he" or "she" either.)
  const between = m[2]!;
  if (/\b(?:he|she|him|her|who|whom)\b/u.test(between.replace(/\b(?:his|her)\s+(?=[\p{Ll}])/gu, ' '))) return null;
  for (const run of between.match(/[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*/gu) ?? []) if (knows(run)) return null;
  return name;
}
