/**
 * Spanish and Portuguese names carry two surnames, and the writer calls the person by the first of them:
 * "Marta Ruiz Castaño" is "Ruiz" later, and "Javier Castaño Ibarra" is "Castaño". English reads the last word
 * of a name as the surname. A bare word that is the middle word of one three-word name and the last of
 * another is then either person; the text's own use settles it when it has already called someone of three
 * names by the middle one.
 */
import type { NameMention } from './name-mentions.ts';
import { lexFirstName, lexTags } from './names.ts';
import { isKnownFirstName } from './first-names.ts';
import { properNoun, senseWords } from '../text/wordnet.ts';

const PARTICLE = /^(?:de|del|dela|delos|la|las|los|da|das|do|dos|di|du|van|von|der|den|ter|bin|ibn|al|el|y|e)$/iu;

/**
 * The three-word names in paragraphs `0..paragraph` with `word` (a bare surname as written) in the middle,
 * after a known first name: "Javier Castaño Ibarra" for "Castaño", even inside a longer capitalised run
 * ("the University of Salamanca Javier Castaño Ibarra").
 */
export function middleSurnameHolders(paragraphs: readonly string[], word: string, paragraph: number): string[] {
  if (word.length < 3 || PARTICLE.test(word) || !/^[\p{Lu}][\p{Ll}'’-]+$/u.test(word)) return [];
  const found = new Set<string>();
  for (const h of holdersInDocument(paragraphs, word, paragraph)) {
    if (h.paragraph > paragraph) break;
    found.add(h.name);
  }
  return [...found];
}

/** The three-word names read so far around one word in one document, and the paragraphs read for them. */
interface Holders {
  /** The paragraphs `0..scanned` have been read. */
  scanned: number;
  /** The names found there, in reading order with their paragraph. */
  names: { paragraph: number; name: string }[];
}

/**
 * The three-word names with `word` in the middle in the document's paragraphs `0..paragraph` (and perhaps
 * later ones read for an earlier question), in reading order with their paragraph: each paragraph is read once
 * per document and word, as a document asks of its bare surnames again and again.
 */
const holdersByDocument = new WeakMap<readonly string[], Map<string, Holders>>();
function holdersInDocument(paragraphs: readonly string[], word: string, paragraph: number): readonly { paragraph: number; name: string }[] {
  let byWord = holdersByDocument.get(paragraphs);
  if (!byWord) holdersByDocument.set(paragraphs, (byWord = new Map()));
  let h = byWord.get(word);
  if (!h) byWord.set(word, (h = { scanned: -1, names: [] }));
  for (let k = h.scanned + 1; k <= paragraph && k < paragraphs.length; k++) {
    h.scanned = k;
    for (const m of middleMatches(paragraphs[k]!, word)) {
      // (A possessive's ending is no part of the word: "the Eric Trump Foundation's gift".)
      const second = m.after.replace(/['’]s$/u, '');
      if (givenName(m.before.split(' ').pop()!) && secondSurname(second)) h.names.push({ paragraph: k, name: `${m.before} ${word} ${second}` });
    }
  }
  return h.names;
}

// The word before and the word after a bare surname that stands between two capitalised words, read at each place
// the surname stands (one pass of `indexOf`, two fixed expressions), not by an expression made for each surname
// and tried at every capital of every paragraph. Together they read as
// `(?<![\p{L}'’-])([\p{Lu}][\p{Ll}'’-]+)\s+WORD\s+([\p{Lu}][\p{Ll}'’-]{2,})(?![\p{L}'’-]|\s+[\p{Lu}])` over the
// paragraph, match after match: the first word and its white space end where the surname starts, and the
// second starts after it.
const WORD_BEFORE = /(?<=(?<![\p{L}'’-])([\p{Lu}][\p{Ll}'’-]+)(\s+))/uy;
const WORD_AFTER = /\s+([\p{Lu}][\p{Ll}'’-]{2,})(?![\p{L}'’-]|\s+[\p{Lu}])/uy;

// The capitalised word right before a given name, standing first in its run.
const GIVEN_BEFORE = /(?<![\p{L}'’.-]|[\p{Lu}][\p{L}'’.-]*\s+)([\p{Lu}][\p{Ll}'’-]+)\s+$/u;

/**
 * The three-word names in `text` with `word` in the middle, as the expression above reads them left to right
 * (a match starts no earlier than the one before it ended), each as its first and last word.
 */
function middleMatches(text: string, word: string): { before: string; after: string }[] {
  const out: { before: string; after: string }[] = [];
  let readTo = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    WORD_BEFORE.lastIndex = i;
    const before = WORD_BEFORE.exec(text);
    if (!before) continue;
    if (i - before[1]!.length - before[2]!.length < readTo) continue;
    WORD_AFTER.lastIndex = i + word.length;
    const after = WORD_AFTER.exec(text);
    if (!after) continue;
    readTo = WORD_AFTER.lastIndex;
    // A given name of two ("José Luis Ortega Prieto", "María José Ruiz Castaño") is the whole of it, not its second half.
    const start = i - before[1]!.length - before[2]!.length;
    const first = GIVEN_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    out.push({ before: first && givenName(first[1]!) && givenName(before[1]!) ? `${first[1]!} ${before[1]!}` : before[1]!, after: after[1]! });
  }
  return out;
}

/** Whether the word is a given name the lexicon knows, read without its accents too ("Lucía", "Tomás"). */
export function givenName(word: string): boolean {
  const bare = word.normalize('NFD').replace(/[\p{M}]/gu, '').toLowerCase();
  return [word.toLowerCase(), bare].some((w) => lexFirstName(w));
}

/**
 * `givenName`, or a given name only the lists of given names know ("Diego"): asked where both surnames are
 * written ("Gómez Ruiz" after "Diego Gómez Ruiz"), which leaves no doubt whose they are. (Not for a bare middle
 * word, `middleSurnameHolders`: there the lists' wider reach would settle more bare surnames on a full name.)
 * The word may come lowercased, as a mention's words are kept.
 */
export function listedGivenName(word: string): boolean {
  // (The lexicon must still know the word as a person's, only not of which sex: "Per Jane Roe: ..." opens with
  // "per", "according to", which the lists also hold as a given name.)
  return givenName(word) || (/^[\p{L}]{3,}$/u.test(word) && lexTags(word.toLowerCase()).includes('Person') && isKnownFirstName(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()));
}

/**
 * Whether a word after a name may be a second surname: a surname the lexicon knows, or a word no dictionary
 * has as a common word ("Ibarra"), not a headline's verb or a body's noun ("Hillary Clinton Speaks", "the Bill
 * Clinton Foundation").
 */
function secondSurname(word: string): boolean {
  if (PARTICLE.test(word)) return false;
  const lower = word.toLowerCase();
  if (lexTags(lower).includes('LastName')) return true;
  // (WordNet's own names, "Vidal", "Ortega", are written with a capital there.)
  return lexTags(lower).length === 0 && (properNoun(lower) || !(['noun', 'verb', 'adj', 'adv'] as const).some((pos) => senseWords(lower, pos, 1).length > 0));
}

/** Whether one of the full names mentioned by paragraph `paragraph` ends in `word` (its English surname). */
export function endsInSurname(mentions: readonly NameMention[], word: string, paragraph: number): boolean {
  return mentions.some((m) => m.paragraph <= paragraph && m.words.length >= 2 && m.words[m.words.length - 1] === word);
}
