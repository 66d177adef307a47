/**
 * "The DPRK Embassy issued a statement on Friday ... The statement said ...": a statement (a communiqué, a
 * release) that speaks is its issuer's voice, when the text has just said who issued it. Without that the
 * words stay the statement's, never guessed to be someone's.
 */

/** Documents a body or person issues and that "say" things in its name. */
export const ISSUED_HEADS: ReadonlySet<string> = new Set(['statement', 'communique', 'communiqué', 'release', 'declaration']);

/**
 * A sentence's subject (capitalised, perhaps after "the", up to 80 characters with no clause mark), then a verb
 * of issuing and the document: "The Harbour Board issued a brief statement" (a short mark in parentheses may
 * open the sentence, as a cable's paragraph classification does: "(SBU) The Board issued ...").
 */
const ISSUED = /(?:^|[.!?]\s+)(?:\([^()]{1,12}\)\s+)?((?:[Tt]he\s+)?[\p{Lu}][^.!?;:,"“”]{0,80}?)\s+(?:issued|released|published|put\s+out|posted|circulated|distributed)\s+(?:a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?(statement|communiqu[eé]|release|declaration)\b/gu;

/**
 * The subject of the last sentence of `text` (quotes masked) that issues a document of `head` ("statement"),
 * as written; null when there is none.
 */
export function issuerOf(text: string, head: string): string | null {
  if (!text.includes(head.slice(0, 7))) return null;
  let found: string | null = null;
  ISSUED.lastIndex = 0;
  for (let m = ISSUED.exec(text); m !== null; m = ISSUED.exec(text)) if (m[2]!.toLowerCase() === head) found = m[1]!.trim();
  return found;
}
