/**
 * `Its chair, the former pilot Amaka (Ama) Okafor, opened the session. "...," said Okafor. ... Chidi Okafor, a
 * fisherman, was unconvinced.`: a bare surname the reader could not tie to the full name the text first gave it
 * (here through a nickname in brackets) is not the namesake the text names in full only further down. The text
 * itself shows the surname first borne by someone else: a given name written right before its first use.
 */
import { escapeRegExp } from '../text/regexp.ts';
import { lexTags, nameWords } from './names.ts';
import { FUNCTION_WORDS } from '../text/stop-words.ts';
import { TITLES } from './speaker-phrases.ts';
import { commonNoun, properNoun } from '../text/wordnet.ts';
import { inWordNet, isKnownFirstName } from './first-names.ts';

// A surname's particle, capitalised where it opens a sentence or a headline ("De Blasio says ..."): part of the
// surname, no given name.
const SURNAME_PARTICLE = /^(?:de|del|della|dela|delos|der|den|di|du|da|das|do|dos|van|von|le|la|ter|ten|al|el|bin|ibn|abu|st|saint)$/u;
// A capitalised word, then perhaps a nickname in brackets or quotation marks, right before the surname.
const GIVEN_BEFORE = /([\p{Lu}][\p{Ll}'’-]+)\s+(?:\([^()\n]{1,24}\)\s+|["“‘'][^"“”‘’'\n]{1,24}["”’']\s+)?$/u;

/**
 * Whether `text` uses `surname` (in any case; its use capitalised) before any of `fullNames` (the full names of the document's people
 * that hold it as their first or last word), and that first use follows a given name none of them bears: the
 * surname was first someone else's, named in a way no reading of names took up. A title or a common word before
 * it ("Captain Okafor", "Yesterday Okafor"), nor a particle ("De Blasio"), is no given name.
 */
export function surnameFirstBorneByOther(text: string, surname: string, fullNames: readonly string[]): boolean {
  const firsts = fullNames.map((n) => text.indexOf(n)).filter((k) => k >= 0);
  if (firsts.length === 0) return false;
  const named = Math.min(...firsts);
  // (Its first use written with a capital, as a name: the surname may come in lower case, as names' words are kept.)
  let use: RegExpExecArray | null = null;
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(surname)}(?![\p{L}-])`, 'giu'))) {
    if (/^[\p{Lu}]/u.test(m[0])) {
      use = m;
      break;
    }
  }
  if (!use || use.index >= named) return false;
  const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, use.index - 60), use.index))?.[1];
  if (!given) return false;
  const lower = given.toLowerCase();
  if (TITLES.has(lower) || TITLES.has(lower.replace(/\.$/u, '')) || SURNAME_PARTICLE.test(lower)) return false;
  // (A word with a lower-case sense is a common word first, unless it is a known given name: "Rose Okafor"; a
  // function word or one the lexicon tags as no name is none, "For Okafor, a hard year".)
  if (FUNCTION_WORDS.has(lower) || lexTags(lower).some((t) => !/Name$|^Person$|^ProperNoun$/u.test(t))) return false;
  if ((commonNoun(lower) || (inWordNet(lower) && !properNoun(lower))) && !isKnownFirstName(given)) return false;
  return !fullNames.some((n) => nameWords(n)[0] === lower);
}
