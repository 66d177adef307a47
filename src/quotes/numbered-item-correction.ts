/**
 * A correction note under a numbered box of quotes that names the item it mends by its number, not its words:
 * `CORRECTION: An earlier version of this box credited quote 9 to Jane Roe. The remark was made by Tom Lee.` The
 * one the item was credited to on its dash line never said it; the one the next sentence names did, or no one
 * when no one is named so.
 */

import { rightSpeakerIn } from './correction-note.ts';

// A list's number opening a paragraph right before a quotation mark: "9. "...", "9) "...".
const LIST_NUMBER = /^\s*(\d{1,3})[.)]\s+(?=["“«])/u;

/** How many characters a list's number ("1. ") takes at the opening of `text`, before its first quotation mark; 0 with none. */
export function listNumberLength(text: string): number {
  return LIST_NUMBER.exec(text)?.[0].length ?? 0;
}

/** The number of the list item `text` opens with, right before a quotation mark ("9. "..."), or null. */
export function listNumber(text: string): number | null {
  const m = LIST_NUMBER.exec(text);
  return m ? Number(m[1]) : null;
}

// "credited quote 9 to", "attributed item 4 to", "attributed No. 3 to": an item named by its number.
const ITEM_CREDITED = /\b(?:credited|attributed|ascribed)\s+(?:(?:quote|quotation|item|remark|entry)\s+(?:No\.?\s*|number\s+)?|No\.?\s*|number\s+)(\d{1,3})\s+to\b/iu;
// Its verbs alone, tried first: every sentence of every document is read for a correction, and this finds them
// (or not) about six times faster than ITEM_CREDITED fails, trying its word bounds and alternatives at every character.
const CREDIT_VERB = /credited|attributed|ascribed/iu;
// (Only a sentence that says the credit was a mistake mends it: "An earlier version ...", "wrongly credited".)
const MISTAKE = /\b(?:earlier|previous)\s+version\b|\b(?:wrongly|mistakenly|incorrectly|erroneously)\b|^\s*correction\b/iu;
// "her colleague Tom Lee": the relation set before the name is no part of it.
const RELATION_BEFORE_NAME = /^(?:his|her|their|its)\s+(?:[\p{Ll}-]+\s+){1,2}(?=[\p{Lu}])/u;

/** One item a correction mends: its number, and the phrase naming who did say it, or 'nobody'. */
export interface CorrectedItem {
  item: number;
  owner: string;
}

/**
 * The items the sentences of a paragraph (`sentences`, in order) say were wrongly credited by their number, each
 * with the one the next sentence names as the speaker ('nobody' when it names no one).
 */
export function correctedListItems(sentences: readonly string[]): CorrectedItem[] {
  const found: CorrectedItem[] = [];
  for (const [i, sentence] of sentences.entries()) {
    const m = CREDIT_VERB.test(sentence) ? ITEM_CREDITED.exec(sentence) : null;
    if (!m || !MISTAKE.test(sentence.slice(0, m.index))) continue;
    const next = sentences[i + 1];
    const owner = next ? rightSpeakerIn(next) : null;
    found.push({ item: Number(m[1]), owner: owner ? owner.replace(RELATION_BEFORE_NAME, '') : 'nobody' });
  }
  return found;
}
