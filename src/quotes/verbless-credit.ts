/**
 * A credit with no verb before a colon, as live pages and newsletters write them: `Putin, without breaking
 * stride: "..."`, `An email from reader Mark Ellison in Leeds: "..."`, `Priya's verdict on the day: "..."`.
 * The clause before the colon is nothing but the speaker (with an aside), a message from the speaker, or the
 * speaker's verdict; anything more (a verb, a second name) and it is no credit.
 */

const NAME = String.raw`[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,3}`;
// "Putin, without breaking stride:", "Kim Jong Un, through an interpreter:": a name and a short aside of a
// preposition's phrase.
const NAME_ASIDE = new RegExp(String.raw`^(${NAME}),\s+(?:without|with|through|via|in|after|before|from|on|at)\s[^,:;"“”]{1,40}:$`, 'u');
// "An email from reader Mark Ellison in Leeds:", "Another email, this time from Sarah Ellison (...):".
const MESSAGE_FROM = new RegExp(String.raw`^(?:An?|Another|One|The)\s+(?:(?:email|e-mail|message|text|tweet|post|letter|note|comment|question|reply)s?)(?:,\s+this\s+time)?,?\s+from\s+(?:(?:reader|listener|viewer|subscriber)\s+)?(${NAME})(?:\s+in\s+${NAME})?(?:\s*\([^()]{1,60}\))?:$`, 'u');
// "Priya's verdict on the day:", "Jane Roe's reply:".
const OWN_WORDS = new RegExp(String.raw`^(${NAME})['’]s\s+(?:verdict|view|take|reply|answer|response|message|question|summary|conclusion)(?:\s+on\s+[^,:;"“”]{1,30})?:$`, 'u');

const FUNCTION_OPENING = /^(?:To|For|From|With|Without|At|In|On|Onto|Into|After|Before|By|As|Of|About|Against|And|But|Or|Then|So|The|A|An|This|That|These|Those|Asked|When|While|Here|There|Now|Later|Earlier|Also|Meanwhile|Dear)\b/u;

/** The speaker a verbless credit before a colon names (`before`: the quote's sentence up to its opening mark), or null. */
export function verblessCredit(before: string): string | null {
  // (After a live page's timestamp opening the entry: "04.52 An email from ...".)
  const t = before.trim().replace(/^\d{1,2}[.:]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?\s+/iu, '');
  if (!t.endsWith(':') || t.length > 120) return null;
  for (const re of [NAME_ASIDE, MESSAGE_FROM, OWN_WORDS]) {
    const m = re.exec(t);
    // A preposition or other function word opening the "name" makes it none: `To Kim, at the start of the
    // talks:` names the one spoken to.
    if (m) return FUNCTION_OPENING.test(m[1]!) ? null : m[1]!;
  }
  return null;
}
