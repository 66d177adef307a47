/**
 * Names the text itself shows to be a body's though they read as a person's: a one-word name no list knows
 * ("Corvana", "Velmirbank") is taken for a surname, so the right speaker would be offered as a person. Two
 * signs the text gives, and only these (a name's spelling, "-bank", proves nothing: "Eubank" is a surname):
 *
 * - a body's noun set off right after the name as what it is: "Velmirbank, the state bank," or "Corvana, a
 *   telecoms company,"; the noun closes the description (no "'s", no preposition before it), so "Smith, the
 *   bank's chief," and "Smith, the head of the union," stay people;
 * - "its" for the channel of the name's own words, right after the verb of saying: "Corvana said on its
 *   website", "Corvana wrote in its note"; a person's channel is "his" or "her".
 *
 * `documentBodiesOf` reads one document's paragraphs; `extract-quotes.ts` hands what it finds to `names.ts`
 * (`setDocumentBodies`) for the time that document is read.
 */
import { FUNCTION_WORDS } from '../text/stop-words.ts';
import { isSpeechVerb } from './attribution.ts';

// The nouns of a body that no person is called ("the state bank", "a telecoms company", "the foreign ministry").
// Not "lender", "party", "team", "state", "house": words a person may be called, or that head other phrases.
const BODY_NOUN = 'ministry|agency|government|embassy|consulate|company|firm|corporation|conglomerate|bank|broadcaster|newspaper|institute|bureau|commission|authority|regulator|federation|secretariat|foundation|charity|association|railway|airline|carrier|university|ministries|agencies|companies|banks|firms';
// A run of capitalised words (one to four) standing alone: no capitalised word joined before it.
const NAME = String.raw`(?<![\p{L}\p{N}'’.-])(?<![\p{Lu}][\p{L}'’.-]*\s)((?:[\p{Lu}][\p{L}'’-]*)(?:\s+[\p{Lu}][\p{L}'’-]*){0,3})`;
// ", the state bank," / ", a telecoms company." — the description's words before its noun: no preposition, no
// relative, no possessive but on the first ("the country's largest bank").
const SET_OFF = new RegExp(
  String.raw`${NAME},\s+(?:the|a|an)\s+((?:[\p{L}-]+(?:['’]s)?\s+)?(?:[\p{Ll}-]+\s+){0,3})(?:${BODY_NOUN})(?![\p{L}'’-])\s*[,.;]`,
  'gu',
);
// " said on its website" / " wrote in its note" — the channel of the words, the verb right after the name.
const ITS_CHANNEL = new RegExp(String.raw`${NAME}\s+(?:also\s+|later\s+)?([\p{Ll}]+)\s+(?:in|on|via|through)\s+its\s`, 'gu');
// Words that are no description's own ("of", "who"): a description holding one is not closed by the body's noun.
const NOT_IN_DESCRIPTION = /^(?:of|at|in|on|for|from|with|by|to|who|whose|which|that|and|or|but|said|says)$/u;

/** The names (as written) that the document's paragraphs show to be a body's by the signs above. */
export function documentBodiesOf(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  const keep = (name: string): void => {
    // ("It said on its website": a pronoun, or any function word opening a sentence, is no name.)
    if (FUNCTION_WORDS.has(name.toLowerCase())) return;
    found.add(name);
  };
  for (const text of texts) {
    for (const m of text.matchAll(SET_OFF)) {
      const words = m[2]!.trim().split(/\s+/u).filter(Boolean);
      if (words.some((w) => NOT_IN_DESCRIPTION.test(w.toLowerCase()))) continue;
      keep(m[1]!);
    }
    for (const m of text.matchAll(ITS_CHANNEL)) if (isSpeechVerb(m[2]!)) keep(m[1]!);
  }
  return found;
}
