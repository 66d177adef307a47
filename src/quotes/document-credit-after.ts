/**
 * `"...," the statement read.`, `"...," the letter said.`: the words after a quote credit it to a document (a
 * noun whose first sense WordNet files under communication: a statement, a letter, a note, a report). The
 * document carries the words; whoever spoke in the paragraph before (the delegate who read it out, the
 * minister who mentioned it) is not thereby their speaker, so such a quote never goes on from that speaker.
 */
import { isKindOf } from '../text/wordnet.ts';

// After the closing mark: its comma or stop, a determiner, up to two modifiers, the head noun, then a verb by which
// a document "says" its words.
const DOCUMENT_CREDIT = /^[\s'’"”]*[,.!?]?[\s'’"”]*(?:the|its|their|his|her|this|that|a|an|one)\s+((?:[\p{Ll}'’-]+\s+){0,2})([\p{Ll}-]+)\s+(?:read|reads|said|says|stated|states|added|adds|continued|continues|declared|declares|noted|notes|warned|warns)\b/u;

/** Whether `after` (the quote's sentence after its closing mark) credits the quote to a document; the head noun or null. */
export function documentCreditAfter(after: string): string | null {
  const m = DOCUMENT_CREDIT.exec(after);
  if (!m) return null;
  const head = m[2]!;
  // (A noun whose first sense is a person, "the speaker", is no document, whatever else it is filed under.)
  if (isKindOf(head, 'person', 8, 1)) return null;
  return isKindOf(head, 'communication', 8, 1) ? head : null;
}
