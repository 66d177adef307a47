/**
 * "Vera Lund put out a statement telling Dunmore to "..."", "The board issued a note on Friday urging Tarvik to
 * "...": a document the subject itself issues, its direct object, then telling or urging someone to do something,
 * speaks in the subject's name, so the words are the subject's (the "thing telling" reading gives a document
 * owned by someone else, "the paper's editorial telling her to", to no one).
 */
import { ISSUED_HEADS } from './issued-statement.ts';

const HEADS = [...ISSUED_HEADS, 'letter'].join('|');
// The verb of issuing right after the subject (an adverb allowed: "also", "swiftly"), the document with up to three
// lowercase words before it ("a strongly worded statement"), perhaps a day or time after it, then the participle.
const ISSUED_TELLING = new RegExp(
  String.raw`^\s*(?:(?:also|then|later|swiftly|quickly|promptly|[\p{Ll}]+ly)\s+)?(?:issued|released|published|put\s+out|posted|sent|circulated|distributed|wrote)\s+(?:a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:${HEADS})\s+(?:(?:on|late\s+on|early\s+on)\s+[\p{Lu}][\p{Ll}]+\s+|(?:yesterday|today|overnight|later)\s+)?(?:telling|urging|asking|ordering|advising|warning|begging|imploring|calling\s+on|demanding|instructing|inviting)\s`,
  'u',
);

/**
 * Whether `between`, the words from the end of the sentence's subject to the quote, open on a verb of issuing whose
 * object is a document that then tells someone something: the subject's own document, its words the subject's.
 */
export function subjectIssuedTelling(between: string): boolean {
  return ISSUED_TELLING.test(between);
}
