/**
 * `Jane Roe, speaking through her interpreter, Mia Holt, said: "..."`: the one named after the interpreter only
 * carries the words across; the speaker is the subject before the aside. Read as blank, the aside leaves the
 * subject next to its verb, as "speaking through an interpreter" with no name already does. (The interpreter who
 * is the sentence's own subject, "The interpreter, Mia Holt, translated his reply", is read elsewhere.)
 */

const INTERPRETER_ASIDE = /,\s+(?:(?:speaking|talking|answering|replying|responding)\s+)?(?:through|via|with\s+the\s+help\s+of)\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:interpreter|translator)s?,\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s*,/gu;

/** `text` with each interpreter's name set off after "speaking through ... interpreter" read as spaces, offsets kept. */
export function blankInterpreterAsides(text: string): string {
  if (!text.includes('interpreter') && !text.includes('translator')) return text;
  return text.replace(INTERPRETER_ASIDE, (m) => ' '.repeat(m.length));
}

// ", formerly Twitter,", ", previously known as Twitter,": a medium's old name set off after its new one.
const FORMER_NAME_ASIDE = /,\s+(?:formerly|previously)(?:\s+(?:known\s+as|called|named))?\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}\s*(?=,)/gu;

/**
 * `text` with a former name set off after a name (", previously known as Twitter,") read as spaces, offsets kept:
 * "In a post on X, previously known as Twitter, the minister, NAME, said" reads as one phrase of place before its
 * subject, not a run of asides.
 */
export function blankFormerNameAsides(text: string): string {
  if (!text.includes('formerly') && !text.includes('previously')) return text;
  return text.replace(FORMER_NAME_ASIDE, (m) => ' '.repeat(m.length));
}

