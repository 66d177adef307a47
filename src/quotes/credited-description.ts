/**
 * Whether the text itself calls a speaker by a description a claim types: "did the deputy minister say ...", "the
 * 49-year-old diplomat said ...", where the text credits one of that speaker's quotes so ('"...," the deputy
 * minister said.', 'The 49-year-old diplomat, a former ambassador, said Astana would "..."', or 'The MP was
 * unconvinced. "...," Zhumabayev said.'). The role the text gives with the name may hold none of the
 * description's words ("Deputy Foreign Minister Nurlan Kassymov" is not "the 49-year-old diplomat"): the credit
 * does. Only a credit of the quote itself counts, its subject the description (after the quote, before it in its
 * own sentence, or the sentence just before in its paragraph, which then gives no quotation of its own): a
 * description elsewhere in the paragraph may be anyone's.
 */
import { ATTITUDE } from './stance-predicate.ts';

// Verbs a description credits a quote with, as its subject.
const CREDIT_VERB = String.raw`(?:(?:also|then|later|only)\s+)?(?:said|says|told|tells|added|adds|replied|replies|continued|explained|explains|warned|warns|insisted|insists|noted|argued|argues|wrote|writes|recalled|recalls|answered|agreed|agrees|disagreed|disagrees|laughed|conceded|admitted|put\s+it)\b`;
// (Built once: the description's own words are the only part that changes between calls.)
const CREDIT_VERB_OPENING = new RegExp(String.raw`^${CREDIT_VERB}`, 'iu');

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The description's words as a phrase of the text: its words apart by spaces or hyphens ("49-year-old"), after "the". */
function phrase(words: readonly string[]): string {
  return String.raw`the\s+${words.map(escape).join(String.raw`[\s-]+`)}(?![\p{L}\p{N}])`;
}

// A clause set off after the description ("The 49-year-old diplomat, a former ambassador to Seoul, said").
const SET_OFF = String.raw`(?:\s*,[^,"“”;]{1,120},)?`;

/**
 * Whether `words` (a description typed, articles off, in lower case: ["deputy", "minister"]) is the subject of
 * the credit of the quote `quote` standing in `sentence`, with `before` the text of its paragraph before the quote.
 */
export function creditedByDescription(words: readonly string[], quote: string, sentence: string, before: string): boolean {
  if (words.length === 0 || quote.trim() === '') return false;
  const the = phrase(words);
  const at = sentence.indexOf(quote);
  if (at >= 0) {
    // '"...," the deputy minister said.'
    const after = sentence.slice(at + quote.length);
    if (new RegExp(String.raw`^[\s,.!?"”’'—–-]*${the}\s+${CREDIT_VERB}`, 'iu').test(after)) return true;
    // 'The 49-year-old diplomat, a former ambassador, said Astana would "..."' (the quote a fragment of the sentence).
    const opening = sentence.slice(0, at);
    if (!/["“”]/u.test(opening.slice(0, -1)) && new RegExp(String.raw`^\s*${the}${SET_OFF}\s+${CREDIT_VERB}`, 'iu').test(opening)) return true;
  }
  // 'The MP was unconvinced. "...," Zhumabayev said.': the paragraph's sentence just before the quote's, holding
  // no quotation, sets the description up to give it.
  const sentences = before.split(/(?<=[.!?]["”’]?)\s+/u);
  const opening = sentences.pop() ?? '';
  if (/[\p{L}]/u.test(opening.replace(/["“”‘’']/gu, ''))) return false;
  const last = sentences.at(-1);
  if (last === undefined || /["“”]/u.test(last)) return false;
  const m = new RegExp(String.raw`^\s*${the}${SET_OFF}\s+`, 'iu').exec(last);
  if (!m) return false;
  const rest = last.slice(m[0].length);
  return CREDIT_VERB_OPENING.test(rest) || ATTITUDE.test(rest);
}
