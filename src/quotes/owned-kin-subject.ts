/**
 * "Dorian Pryle said .... ¶ Pryle's wife was not finished either. ¶ "...," she said.": a sentence that opens on a
 * relative owned by a named person's possessive ("SURNAME's wife", "NAME's younger brother") as its subject brings
 * that relative in as the one the text is about; a "she" or "he" of the relative's sex in the very next sentence
 * means the relative, never the owner (who is of the other sex, or another person of the same sex).
 */
import { kinPattern, type Sex } from './gendered-nouns.ts';
import { ATTITUDE } from './stance-predicate.ts';

// Speaking up or going on: "was not finished (either)", "had more to say", "weighed in", "spoke up", "went further".
const SPEAKING_UP = /^(?:(?:was|is)(?:\s+not|n['’]t)\s+(?:finished|done)|had\s+(?:more|something|plenty|a\s+lot|her\s+own\s+view|his\s+own\s+view)\s+to\s+say|(?:weighed|chimed|joined|piped|cut)\s+in|(?:spoke|speaks)\s+up|went\s+further|goes\s+further)\b/u;

const AGE = String.raw`(?:(?:late|elder|older|younger|eldest|youngest|twin|little|big)\s+)?`;
// The owner's name (one to three capitalised words, one person's "'s"), the word of kin, then its verb or an aside.
function ownedKin(sex: Sex): RegExp {
  return new RegExp(
    String.raw`^\s*(?:(?:But|And|Yet|Then)\s+)?((?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]*)['’]s\s+${AGE}(${kinPattern(sex)})(?=\s*,|\s+(?:was|is|were|had|has|would|could|did|does|also|then|though|too|only|just|still|[\p{Ll}]{2,}ed|[\p{Ll}]{2,}s)\b)`,
    'u',
  );
}
const OWNED_KIN: Readonly<Record<Sex, RegExp>> = { m: ownedKin('m'), f: ownedKin('f') };

/**
 * The owner's name and the whole description ("Pryle's wife") when `sentence` (quotes masked) opens on a relative of
 * sex `want` owned by a name as its subject, says how the relative stood or that they spoke up, and names no one else
 * (no other capitalised word after the description); null otherwise.
 */
export function ownedKinSubject(sentence: string, want: Sex): { owner: string; description: string } | null {
  const m = OWNED_KIN[want].exec(sentence);
  if (!m) return null;
  const owner = m[1]!;
  const rest = sentence.slice(m.index + m[0].length);
  // (Another person named in the sentence, "Pryle's wife and Mrs Odell were not finished", may be the one meant.)
  if (/[\p{Lu}]/u.test(rest) || /["“”_]/u.test(rest)) return null;
  // (Only a sentence that sets the relative up to speak, by a stance or by speaking up: "Pryle's daughter died in the
  // attack." is about her, the words after it may well be her parent's.)
  const predicate = rest.replace(/^\s*(?:,\s*(?:though|too|however|meanwhile|for\s+one)\s*,)?\s*(?:(?:also|too|then|though|still|clearly)\s+)*/u, '');
  if (!ATTITUDE.test(predicate) && !SPEAKING_UP.test(predicate)) return null;
  return { owner, description: sentence.slice(m.index, m.index + m[0].length).replace(/^\s*(?:(?:But|And|Yet|Then)\s+)?/u, '').trim() };
}
