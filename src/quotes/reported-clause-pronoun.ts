/**
 * The pronoun a bare surname's own reported words give it: `Roe, who taught in Tarnova, said the cranes had
 * been "..." before the war, and that she doubted ...`. A sentence opening on a bare name (a "who" clause set off
 * after it perhaps) and a verb of saying whose reported clause goes on, past nothing that could be another
 * person, to "and that she ..." (or opens on "she" right after the verb) tells the sex of the one who says it.
 * Only a hint: the caller asks who else the pronoun could be.
 */
import { nounSex } from './gendered-nouns.ts';
import { nameWords } from './names.ts';

// The bare name, a clause set off after it ("Roe, who ..., said"), the verb of saying, then either the pronoun
// at once ("said she had", "said that he would") or the rest of a first reported clause and "and that she ...".
const SURNAME_SAID_CLAUSE = /^\s*([\p{Lu}][\p{L}'’-]*)(?:,\s+(?:who|whose)\s[^,;:"“”]{1,140},)?\s+(?:said|says|added|adds|explained|explains|argued|argues|insisted|insists)\s+(?:(?:that\s+)?(she|he)\s+[\p{Ll}]|([^;:.?!]{1,240}?),?\s+and\s+that\s+(she|he)\s+[\p{Ll}])/u;

/**
 * The sex ("f" or "m") the pronoun of the reported clause gives the bare name `surname` (lower case, as name
 * words are kept) opening the masked sentence `text`; null when the sentence does not open so, or when the
 * words before "and that she" name anyone (a capitalised word) or describe a person of the pronoun's sex
 * ("the minister's wife"), whom the pronoun might mean instead.
 */
export function reportedClausePronoun(text: string, surname: string): 'm' | 'f' | null {
  const m = SURNAME_SAID_CLAUSE.exec(text);
  if (!m || nameWords(m[1]!)[0] !== surname) return null;
  if (m[2]) return m[2] === 'she' ? 'f' : 'm';
  const sex = m[4] === 'she' ? 'f' : 'm';
  const between = m[3]!;
  if (/[\p{Lu}]/u.test(between)) return null;
  if (between.split(/[^\p{L}-]+/u).some((w) => w && nounSex(w, { sexlessTitles: true, plural: false }) === sex)) return null;
  return sex;
}
