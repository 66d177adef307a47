/**
 * A credit with no verb before a colon, as live pages and newsletters write them: `Putin, without breaking
 * stride: "..."`, `An email from reader Mark Ellison in Leeds: "..."`, `Priya's verdict on the day: "..."`.
 * The clause before the colon is nothing but the speaker (with an aside), a message from the speaker, or the
 * speaker's verdict; anything more (a verb, a second name) and it is no credit.
 */

import { isRoleAppositive } from './attribution.ts';

const NAME = String.raw`[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,3}`;
// "Putin, without breaking stride:", "Kim Jong Un, through an interpreter:": a name and a short aside of a
// preposition's phrase.
const NAME_ASIDE = new RegExp(String.raw`^(${NAME}),\s+(?:without|with|through|via|in|after|before|from|on|at)\s[^,:;"“”]{1,40}:$`, 'u');
// A list item's credit, as a wire's reaction list writes it: a name with its title, then how or when the words
// came ("* Kremlin spokesman Dmitry Peskov, to reporters:", "* President Jane Roe, asked whether ...:", "* Jane
// Roe, speaking at the start of talks:"). Only in a list item, where a fragment is the form.
// (The lowercase words are a role's, "Kremlin spokesman", never a preposition: in "* Senator Jane Roe on Governor Tom
// Kell:" the name after "on" is what she speaks of, `ITEM_ON`. Only an office's "of" between capitals is kept,
// "* Secretary of State Jane Roe, speaking to reporters:", the phrase reader then telling the title from the name.)
const TITLED = String.raw`(?:[\p{Lu}][\p{L}'’.-]*\s+(?:of\s+(?:the\s+)?(?=[\p{Lu}]))?){0,3}(?:(?!(?:on|about|of|to|for|with|against|at|in|from|by|and|or|vs|versus)\s)[\p{Ll}]+\s+){0,2}${NAME}`;
// (Or any participle of what the speaker was doing, "greeting the envoy at the quay:", or a clause of being
// asked, "when asked about sanctions:".)
const ITEM_ASIDE = String.raw`(?:(?:without|with|through|via|in|after|before|from|on|at|to)\s[^,:;"“”]{1,60}|(?:asked|speaking|writing|briefing|answering|responding|replying|addressing|talking|commenting|quoted|[\p{Ll}]{3,}ing|(?:when|while|after|on)\s+(?:being\s+)?(?:asked|pressed|questioned))\b[^,:;"“”]{0,140})`;
// The same outside a list, as a quotes roundup writes its paragraphs: a name (perhaps after its team or title and a
// lowercase role) and how or when the words came ("Rovers goalkeeper Sam Orrell, on his first clean sheet:",
// "Adair, asked about the relegation fight:").
const TITLED_ASIDE = new RegExp(String.raw`^(${TITLED}),\s+${ITEM_ASIDE}:$`, 'u');
// A live page's entry going back to someone quoted before: "Abara again:", "Jane Roe, again:".
const NAME_AGAIN = new RegExp(String.raw`^(${NAME}),?\s+again:$`, 'u');
const ITEM_NAME = new RegExp(String.raw`^(${TITLED})(?:,\s+${ITEM_ASIDE})?:$`, 'u');
// "* Senator Jane Roe on Governor Tom Kell:", "* Jane Roe on the budget:": a list item's speaker, then what the words
// are about; the one named first speaks, never the one spoken of.
const ITEM_ON = new RegExp(String.raw`^(${TITLED})\s+(?:on|about)\s+[^:;"“”]{1,80}:$`, 'u');
const ITEM_DESCRIPTION = new RegExp(String.raw`^((?:An?|One)\s+[^,:;"“”]{3,80}?)(?:,\s+${ITEM_ASIDE})?:$`, 'u');
const LIST_MARK = /^\s*[-*•·▪]\s+/u;
// "An email from reader Mark Ellison in Leeds:", "Another email, this time from Sarah Ellison (...):".
const MESSAGE_FROM = new RegExp(String.raw`^(?:An?|Another|One|The)\s+(?:(?:email|e-mail|message|text|tweet|post|letter|note|comment|question|reply)s?)(?:,\s+this\s+time)?,?\s+from\s+(?:(?:reader|listener|viewer|subscriber)\s+)?(${NAME})(?:\s+in\s+${NAME})?(?:\s*\([^()]{1,60}\))?:$`, 'u');
// A letters column's or phone-in's way of bringing one in: "And from a reader, Jane Roe of Leeds, who wrote after
// last week's issue:", "From a listener, Tom Vik:".
const FROM_READER = new RegExp(String.raw`^(?:And\s+)?[Ff]rom\s+(?:a|one|our|another)\s+(?:reader|listener|viewer|subscriber|caller),\s+(${NAME})(?:\s+(?:of|in|from)\s+${NAME})?(?:,\s+(?:who|a|an|the)\s[^:;"“”]{1,80})?:$`, 'u');
// "Priya's verdict on the day:", "Jane Roe's reply:".
const OWN_WORDS = new RegExp(String.raw`^(${NAME})['’]s\s+(?:verdict|view|take|reply|answer|response|message|question|summary|conclusion)(?:\s+on\s+[^,:;"“”]{1,30})?:$`, 'u');
// A column's way of bringing someone in: "Here's Jane Roe in 1992:", "Here is Roe, speaking to students:".
// (Or a host reading words out: "This is from Jane Roe, the port's spokeswoman, yesterday:", her role set off.)
const HERE_IS = new RegExp(String.raw`^(?:Here(?:['’]s|\s+is)|This\s+is\s+from)\s+(${NAME})(?:,\s+(?:the|a|an)\s+[\p{L}'’ -]{2,50}?,)?(?:,\s+${ITEM_ASIDE}|\s+(?:in|on|at|during|back\s+in|last|this|earlier|yesterday|today)(?:\s[^,:;"“”]{1,60})?)?:$`, 'u');
// "From Jane Roe's Facebook post:", "From Roe's statement on Monday:": the owner of the writing or speech.
const FROM_OWN = new RegExp(String.raw`^From\s+(${NAME})['’]s?\s+(?:[\p{L}-]+\s+){0,2}(?:post|statement|letter|speech|tweet|email|e-mail|memo|column|op-ed|blog|remarks|testimony|message|note|address)(?:\s+(?:on|in|at|to|of|last|this)\s[^,:;"“”]{1,40})?:$`, 'u');

// "Jane Roe, Norway's fisheries minister:", "The Fisheries Ministry, in a statement:": a roundup's label, the
// speaker and their role or the channel, then the quote (the role is read by `isRoleAppositive`).
const NAME_ROLE = new RegExp(String.raw`^((?:The\s+)?(?:${NAME}['’]s\s+)?${NAME}),\s+([^,:;"“”()_]{3,60}):$`, 'u');
// A name, an age of one to three digits set off after it, then perhaps the rest of the label: "Jane Roe, 45, a farmer:".
const AGE_SET_OFF = new RegExp(String.raw`^(${NAME}),\s+\d{1,3}(?:,\s+([^,:;"“”()_]{3,60}))?:$`, 'u');
const CHANNEL = /^(?:in|through|via)\s+(?:a|an|its|his|her|their)\s+(?:statement|interview|post|tweet|briefing|speech|letter|release|communiqu[eé])\b[^,:;]{0,30}$/iu;

const FUNCTION_OPENING = /^(?:To|For|From|With|Without|At|In|On|Onto|Into|After|Before|By|As|Of|About|Against|And|But|Or|Then|So|The|A|An|This|That|These|Those|Asked|When|While|Here|There|Now|Later|Earlier|Also|Meanwhile|Dear)\b/u;

/**
 * A roundup's label before a colon (`before`: the quote's sentence up to its opening mark): a name and its
 * role, or a body and the channel it spoke through, as `{ name, role }`; null for anything else, such as a
 * list of names ("Kask, Vos and Lund:") or a clause after the comma.
 */
export function labelCredit(before: string): { name: string; role: string | null } | null {
  // ("Jane Roe, 45, a farmer:", "Jane Roe, 60:": a vox pop's age set off after the name is no part of the label's
  // role; a full name with its age alone is the label whole.)
  const aged = AGE_SET_OFF.exec(before.trim());
  if (aged && !aged[2]) return /\s/u.test(aged[1]!) && !FUNCTION_OPENING.test(aged[1]!) ? { name: aged[1]!, role: null } : null;
  const t = aged ? `${aged[1]!}, ${aged[2]!}:` : before.trim();
  const m = NAME_ROLE.exec(t);
  if (!m) return null;
  const [, name, rest] = m as unknown as [string, string, string];
  if (FUNCTION_OPENING.test(name) && !/^The\s/u.test(name)) return null;
  if (CHANNEL.test(rest)) return { name, role: null };
  // Capitalised words alone after the comma are more names, and "and" joins people, not a role.
  if (new RegExp(String.raw`^${NAME}$`, 'u').test(rest) || /\band\s+[\p{Lu}]/u.test(rest)) return null;
  return isRoleAppositive(rest) ? { name, role: rest } : null;
}

/** The speaker a verbless credit before a colon names (`before`: the quote's sentence up to its opening mark), or null. */
export function verblessCredit(before: string): string | null {
  // (After a live page's timestamp opening the entry: "04.52 An email from ...".)
  const t = before.trim().replace(/^\d{1,2}[.:]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?\s+/iu, '');
  if (!t.endsWith(':') || t.length > 120) return null;
  for (const re of [NAME_ASIDE, MESSAGE_FROM, FROM_READER, OWN_WORDS, TITLED_ASIDE, NAME_AGAIN, HERE_IS, FROM_OWN]) {
    const m = re.exec(t);
    // A preposition or other function word opening the "name" makes it none: `To Kim, at the start of the
    // talks:` names the one spoken to.
    if (m) return FUNCTION_OPENING.test(m[1]!) ? null : m[1]!;
  }
  return null;
}

/**
 * The speaker a list item's opening names before the colon of its quote (`before`: the quote's sentence up to
 * its opening mark, starting with the item's mark): `* Kremlin spokesman Jane Roe, to reporters:` gives
 * "Kremlin spokesman Jane Roe" as `name`, `* A senior ministry official, briefing reporters:` gives the
 * description as `description`; null when `before` is no list item or holds a verb before the colon.
 */
export function listItemCredit(before: string): { name: string } | { description: string } | null {
  if (!LIST_MARK.test(before)) return null;
  const t = before.replace(LIST_MARK, '').trim();
  if (!t.endsWith(':') || t.length > 220) return null;
  const named = ITEM_NAME.exec(t) ?? ITEM_ON.exec(t);
  if (named && !FUNCTION_OPENING.test(named[1]!)) return { name: named[1]! };
  const described = ITEM_DESCRIPTION.exec(t);
  return described ? { description: described[1]! } : null;
}

/**
 * The one a paragraph's last sentence brings in for the clip or quotation that opens the next paragraph, as
 * broadcast scripts and columns write it ("Here's Professor Jane Roe:", "Here is Roe, speaking to students:"):
 * the name, or null.
 */
export function hereIsIntroduction(sentence: string): string | null {
  const m = HERE_IS.exec(sentence.trim());
  const name = m?.[1];
  // (A function word opening the "name" makes it none, as in `verblessCredit`.)
  return name && !FUNCTION_OPENING.test(name) ? name : null;
}
