/**
 * '"...," was how Jane Roe described the town, according to the council.' and '"..." is the way the mayor puts
 * it.': a quote opening its sentence as the subject of "was how" ("is the way") whose clause has a subject that
 * described, put or summed up something. That subject's words they are, whatever source is named after.
 * The same credit set as a sentence of its own, '"..." That was how Jane Roe put it.', is `speaker-named-after.ts`.
 */
import { firstWord, nounPhraseAfter, type Phrase } from './grammar-phrases.ts';
import type { Token } from './tagged-sentence.ts';

// The verbs of putting words to a thing ("put it", "described the ties", "summed up the day"), in the forms that
// follow "was how" / "is how"; no verb of thinking or feeling ("was how Roe felt" reports no words).
const PUT_VERBS = /^(?:put|puts|described|describes|characterised|characterized|characterises|characterizes|summed|sums|explained|explains|phrased|phrases|worded|words)$/iu;

/**
 * The subject of the clause after `"..." was how` (or "is how", "was the way") when the quote at token `q` opens
 * its sentence and that clause's verb puts words to something ('"..." was how Roe described the town'); null
 * otherwise. A name, a description or a pronoun, as the clause writes it.
 */
export function howPutSubject(tokens: readonly Token[], q: number): Phrase | null {
  // (Only a quote opening its sentence is the thing "was how" speaks of; in 'He called it "..." , which was how
  // Roe put it' the quote is the object of a clause of its own.)
  if (q !== firstWord(tokens)) return null;
  let k = q + 1;
  if (tokens[k]?.text === ',') k++;
  if (!/^(?:was|is)$/iu.test(tokens[k]?.text ?? '')) return null;
  k++;
  if (/^how$/iu.test(tokens[k]?.text ?? '')) k++;
  else if (/^the$/iu.test(tokens[k]?.text ?? '') && /^way$/iu.test(tokens[k + 1]?.text ?? '')) k += 2;
  else return null;
  const np = nounPhraseAfter(tokens, k);
  if (!np || np.start !== k) return null;
  // (The subject is a name, a description opening on a determiner, or "he"/"she": 'was how he put it'.)
  const first = tokens[np.start]!;
  const one = np.end - np.start === 1 && /^(?:he|she)$/iu.test(first.text);
  if (!(first.pos === 'PROPN' || first.pos === 'DET' || one)) return null;
  // (Its verb comes right after it, or after a role set off by commas: "was how Roe, the mayor, put it".)
  let v = np.appositive ? np.appositive[1] : np.end;
  if (tokens[v]?.text === ',') v++;
  const verb = tokens[v];
  if (!verb || !PUT_VERBS.test(verb.text)) return null;
  return np;
}
