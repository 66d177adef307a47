/**
 * "Rita Vance released her late father's letter telling the board to "..."", "Ivo Pal sent a note from his doctor
 * telling the court that he was "..."": a document someone else owns (a possessive owner before it, or "from" an
 * owner after it), then telling or urging someone, speaks in its owner's voice, never in the voice of the sentence's
 * subject who only passes it on; the words are the document's, so no one is credited (a missed attribution is better
 * than giving the one who released or sent it).
 */
import { ISSUED_HEADS } from './issued-statement.ts';

const HEADS = [...ISSUED_HEADS, 'letter', 'letters', 'email', 'e-mail', 'card', 'notes', 'report', 'certificate'].join('|');
// The document, owned by another: "[the] OWNER's [one or two lowercase words] HEAD" or "HEAD from [the/his] OWNER"
// (up to four words, not a day: "a note from Friday" is a date, not an owner; nor the place the writer is in: "a
// letter from prison", "a note from his hospital bed" are the subject's own).
const OWNED = String.raw`(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:${HEADS})|\b(?:${HEADS})\s+from\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last|earlier)\b)(?!(?:(?:the|a|an|his|her|their|its|our|my)\s+)?(?:[\p{Ll}-]+\s+)?(?:prison|jail|gaol|hospital|exile|abroad|home|hiding|custody|detention|cell|bed|bedside|office|desk|camp|front)\b)(?:(?:the|a|an|his|her|their|its|our|my)\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)`;
// The one told: a pronoun, a name, or a plain noun phrase ("the board", "the county court").
const TOLD = String.raw`(?:him|her|them|us|me|you|(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*|(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+)`;
const OWNED_TELLING = new RegExp(
  String.raw`${OWNED}\s+(?:telling|urging|asking|ordering|advising|warning|begging|imploring|calling\s+on|demanding|instructing|informing|assuring|reminding)\s+${TOLD}\s+(?:(?:not\s+)?to\s|that\s)[^.;!?]*$`,
  'u',
);

/**
 * Whether `between`, the words from the end of the credited subject to the quote, hold a document owned by someone
 * else that tells someone to do something or that something is so, the quote running inside that clause: the words
 * are the document's owner's, not the subject's.
 */
export function otherOwnedDocumentTelling(between: string): boolean {
  return OWNED_TELLING.test(between);
}
