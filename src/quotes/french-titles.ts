/**
 * French copy in English (and wires translated from French) gives people the French courtesy titles: "M."
 * (monsieur) for a man, "Mme" (madame) for a woman, "Mlle" (mademoiselle) for a young woman: "M. Putin said",
 * "Mme Roe told reporters". The engine knows the English titles; these are read as them ("Mr ", "Ms. ",
 * "Miss"), written over the French ones with the same length, so that "M. Roe" is Mr Roe, a man, and neither a
 * person with the first initial M nor someone else than the "Jean Roe" named before.
 *
 * "M." is also an initial ("Harry M. Roe", "M. Night Roe", "(M. Roe, 2021)"), so it is read as the title only
 * where it cannot be one: not after a capitalised word or another initial, before one capitalised word (the
 * surname) and no second, and only when the document names a bearer of that surname in full whose name has no
 * first word opening on M ("Jean Roe", or in Korean order "Kim Jong Un") and none whose name has one ("Marie
 * Roe", "Kim Mi-ra"), who might be "M. Roe".
 */
import type { Passage } from '../types.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { FUNCTION_WORDS } from '../text/stop-words.ts';

// "M." before one capitalised word and no second: not after a letter, an initial's point or a capitalised
// word (a middle initial, "Harry M. Roe"), nor before a second initial.
const MONSIEUR = /(?<![\p{L}\p{N}.'’-])(?<![\p{Lu}][\p{L}'’-]*[ \t]+)M\.[ \t]+(?=([\p{Lu}][\p{Ll}'’-]+)(?![\p{L}'’-])(?![ \t]+[\p{Lu}]))/gu;
// "Mme", "Mlle", with or without a point, before a capitalised word: never an initial.
const MADAME = /(?<![\p{L}\p{N}.'’-])(Mme|Mlle)(\.?)(?=[ \t]+[\p{Lu}])/gu;

// Words that may stand capitalised before a surname without being a first name ("In Roe's view", "Mr Roe").
const NOT_GIVEN = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mme', 'Mlle', 'Madame', 'Madam', 'Monsieur', 'Mister', 'Major', 'Marshal', 'Dr', 'Prof', 'Sir', 'Dame', 'Lord', 'Lady', 'President', 'Minister', 'Premier', 'Chancellor', 'General', 'Ambassador', 'Senator', 'Judge', 'Mayor', 'Leader']);

/** Whether `first`, a capitalised word written before or after a surname, can be a first name there. */
function givenWord(first: string): boolean {
  return !NOT_GIVEN.has(first) && !FUNCTION_WORDS.has(first.toLowerCase());
}

/**
 * Whether the document's text names a bearer of `surname` in full with no first word on M, and none with one:
 * then "M. SURNAME" is no one's initial and surname, and M. the title.
 */
function titleOfNamed(text: string, surname: string): boolean {
  const s = escapeRegExp(surname);
  let named = false;
  // "Jean Roe" (the given name first) and "Kim Jong Un" (the family name first).
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}.'’-])([\p{Lu}][\p{Ll}'’-]+)[ \t]+${s}(?![\p{L}'’-])`, 'gu'))) {
    if (!givenWord(m[1]!)) continue;
    if (m[1]!.startsWith('M')) return false;
    named = true;
  }
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}.'’-])${s}[ \t]+([\p{Lu}][\p{Ll}'’-]+)`, 'gu'))) {
    if (!givenWord(m[1]!)) continue;
    if (m[1]!.startsWith('M')) return false;
    named = true;
  }
  return named;
}

/**
 * The passages with the French courtesy titles read as the English ones, the same length ("M. " as "Mr ",
 * "Mme" as "Ms.", "Mlle" as "Miss"); each passage the same object when it has none. The quotes' own words are
 * taken back from the original text by the reader, so only the reading changes.
 */
export function withFrenchTitles(passages: readonly Passage[]): Passage[] {
  if (!passages.some((p) => p.text.includes('M.') || p.text.includes('Mme') || p.text.includes('Mlle'))) return [...passages];
  const docText = new Map<string, string>();
  for (const p of passages) docText.set(p.doc, (docText.get(p.doc) ?? '') + '\n' + p.text);
  const decided = new Map<string, boolean>();
  return passages.map((p) => {
    const all = docText.get(p.doc)!;
    let text = p.text.replace(MONSIEUR, (m: string, surname: string) => {
      const key = p.doc + '\u0000' + surname;
      if (!decided.has(key)) decided.set(key, titleOfNamed(all, surname));
      return decided.get(key) ? 'Mr' + ' '.repeat(m.length - 2) : m;
    });
    text = text.replace(MADAME, (m: string, title: string, point: string) => (title === 'Mme' ? 'Ms.' + (point ? ' ' : '') : 'Miss' + (point ? ' ' : '')));
    if (text === p.text) return p;
    return { ...p, text, sentences: p.sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) })) };
  });
}
