/**
 * Credits that name whose words a quote gives without a reporting verb: "In his words, relations are "the first
 * priority"", "in the words of Jane Roe", "in her opinion" or "in his view" with a pronoun, and "according to him" with an object pronoun. The owner of the words
 * speaks; a pronoun is read as the subject pronoun it stands for, to be resolved like "he said".
 */
import type { Phrase } from './grammar-phrases.ts';
import { isCue, type Token } from './tagged-sentence.ts';
import { isKindOf } from '../text/wordnet.ts';
import { singular } from './speaker-phrases.ts';

/** The subject form of an object or possessive pronoun that can own words ("him" → "he"), or null. */
export function subjectPronoun(word: string): 'he' | 'she' | 'they' | null {
  const w = word.toLowerCase();
  if (w === 'him' || w === 'his') return 'he';
  if (w === 'her') return 'she';
  if (w === 'them' || w === 'their') return 'they';
  return null;
}

/** The name whose possessive "'s" stands at or after `k` ("Roe's", "Jane Roe's"), as a phrase of its words; or null. */
function possessiveName(tokens: readonly Token[], k: number): Phrase | null {
  let e = k;
  while (e < tokens.length && e - k < 4 && tokens[e]!.pos === 'PROPN' && tokens[e]!.quote < 0) e++;
  if (e === k || !/^['’]s$/u.test(tokens[e]?.text ?? '')) return null;
  return { start: k, end: e };
}

/**
 * The owner of "in his (her, their) words" or "in the words of X" standing before quote token `q` in its
 * clause: a pronoun, or the phrase after "of" (its start and end, for the grammar to read as a speaker).
 */
export function wordsOwner(tokens: readonly Token[], q: number, nounPhraseAfter: (tokens: readonly Token[], k: number) => Phrase | null): { pronoun: 'he' | 'she' | 'they' } | { phrase: Phrase } | null {
  for (let i = 0; i + 2 < q; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'in') continue;
    // Only set off as a credit: at the clause's start, after a comma or a conjunction.
    const before = tokens[i - 1];
    if (before && !/^(?:,|;|and|but)$/iu.test(before.text)) continue;
    const owner = tokens[i + 1]!;
    // "In Roe's view, ...", "In Jane Roe's words, ...": a name's possessive owns them as a pronoun's does.
    const possessor = possessiveName(tokens, i + 1);
    let w = possessor ? possessor.end + 1 : i + 2;
    if (tokens[w]?.text.toLowerCase() === 'own') w++;
    // "In his opinion, ...", "In her view, ...": an opinion given so is the owner's words as much.
    const opinion = /^(?:opinion|view)$/iu.test(tokens[w]?.text ?? '') && (w === i + 2 || (possessor !== null && w === possessor.end + 1));
    if (!/^words$/iu.test(tokens[w]?.text ?? '') && !opinion) continue;
    if (possessor) return tokens[w + 1]?.text === ',' ? { phrase: possessor } : null;
    const pronoun = subjectPronoun(owner.text);
    // (An opinion opening the sentence needs no comma after it: "In his view the plan was "...".")
    if (pronoun) return tokens[w + 1]?.text === ',' || (opinion && i === 0 && tokens[w + 1]?.pos === 'DET') ? { pronoun } : null;
    // "In the words of Jane Roe, ...", "In the opinion of Roe, ...", "In the view of the harbour master, ...".
    if (owner.text.toLowerCase() === 'the' && (w === i + 2 || !opinion) && tokens[w + 1]?.text.toLowerCase() === 'of') {
      const np = nounPhraseAfter(tokens, w + 2);
      if (np && tokens[np.end]?.text === ',') return { phrase: np };
    }
  }
  // After the quote, closing its sentence: `... were "moving too slowly", in the words of harbour spokesman Jane
  // Roe.` (no other quote between, and nothing after the owner but the stop). Not when a name is the subject of a
  // verb of saying before the quote: 'Lena Ruiz said the town "will recover", in the words of Tom Hale' is Ruiz's.
  for (let c = 1; c < q; c++) {
    if (!isCue(tokens[c]!, tokens[c - 1])) continue;
    let k = c - 1;
    while (k >= 0 && /^(?:AUX|ADV)$/u.test(tokens[k]!.pos)) k--;
    // (A plural of people opening the sentence is tagged a name for its capital: "Inspectors had warned".)
    const plural = k === 0 && /^[\p{Lu}][\p{Ll}]+s$/u.test(tokens[k]!.text) && isKindOf(singular(tokens[k]!.text.toLowerCase()), 'person', 6);
    if (k >= 0 && tokens[k]!.pos === 'PROPN' && !plural) return null;
  }
  for (let i = q + 2; i + 3 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quote >= 0 || /^[.;:!?\n]$/u.test(t.text)) break;
    if (t.text.toLowerCase() !== 'in' || tokens[i - 1]!.text !== ',' || tokens[i + 1]!.text.toLowerCase() !== 'the' || !/^words$/iu.test(tokens[i + 2]!.text) || tokens[i + 3]!.text.toLowerCase() !== 'of') continue;
    const np = nounPhraseAfter(tokens, i + 4);
    if (np && (np.end === tokens.length || /^[.!]$/u.test(tokens[np.end]!.text))) return { phrase: np };
    return null;
  }
  return null;
}
