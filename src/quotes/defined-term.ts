/**
 * A legal document, a contract or a judgment names each party once in full and gives, in parentheses, the
 * short term it uses from then on: `ACME SHIPPING LTD (Applicant)`, `the Port Authority (the "Respondent")`,
 * `Jane Roe (hereinafter "the Claimant")`. A later "the Respondent said" is that party. The term must be a
 * common noun of the language ("Respondent", "Seller"), so that a dateline's agency (`MOSCOW (Reuters)`) or a
 * language note (`(Russian)`) never passes for one.
 */
import { FUNCTION_WORDS } from '../text/stop-words.ts';
import { isLemma, properNoun } from '../text/wordnet.ts';
import { ordinaryCase } from './heading-speaker.ts';

// A run of capitalised words (joined by "of", "and", "for", "&"), then the term in parentheses.
const DEFINITION = /((?:[\p{Lu}][\p{L}'’&.-]*\s+(?:(?:of|and|for|the|&)\s+)*){0,7}[\p{Lu}][\p{L}'’&.-]*)\s*\(\s*(?:(?:hereinafter|hereafter)\s+(?:called\s+)?)?(?:the\s+)?["“]?(?:the\s+)?([\p{Lu}][\p{Ll}]{3,})["”]?\s*\)/gu;

const TERM_IN_PARENTHESES = /\(\s*(?:(?:hereinafter|hereafter)\s+(?:called\s+)?)?(?:the\s+)?["“]?(?:the\s+)?[\p{Lu}][\p{Ll}]{3,}["”]?\s*\)/u;

/** The defined terms of a document, lower-cased ("respondent"), each with the full name it stands for, in ordinary capitals. */
export function definedTerms(paragraphs: readonly string[]): Map<string, string> {
  const terms = new Map<string, string>();
  for (const text of paragraphs) {
    // (The whole expression only where a term in parentheses stands: tried at every capital, it costs more.)
    if (!text.includes('(') || !TERM_IN_PARENTHESES.test(text)) continue;
    for (const m of text.matchAll(DEFINITION)) {
      const term = m[2]!;
      if (!isLemma(term, 'noun') || properNoun(term)) continue;
      // Leading function words of the run ("BETWEEN", "The") are no part of the name.
      const words = m[1]!.split(/\s+/u);
      // (So is a heading's "IN THE MATTER OF".)
      for (;;) {
        while (words.length && FUNCTION_WORDS.has(words[0]!.toLowerCase())) words.shift();
        if (words.length > 2 && /^matter$/iu.test(words[0]!) && /^of$/iu.test(words[1]!)) words.splice(0, 2);
        else break;
      }
      if (words.length === 0 || words.every((w) => w.toLowerCase() === term.toLowerCase())) continue;
      const name = words.map((w, i) => (/[\p{Ll}]/u.test(w) ? w : ordinaryCase(w, i === 0))).join(' ');
      const key = term.toLowerCase();
      // A term given to two parties tells neither.
      const had = terms.get(key);
      terms.set(key, had === undefined || had === name ? name : '');
    }
  }
  for (const [k, v] of terms) if (!v) terms.delete(k);
  return terms;
}
