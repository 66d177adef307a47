import type { Sentence } from '../types.ts';
import { isSpace } from './chars.ts';

// Why not a library: Intl.Segmenter splits after "U.N.", and compromise, which gets these right, tags every
// word on the way: 20–300 ms an article here, minutes for a corpus of 10,000 articles. News prose needs
// only the cases below, which this scanner handles in one pass (well under a millisecond an article).

/** Words that end with a period but do not end a sentence when a capitalised word follows. */
export const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col sgt capt cmdr adm maj brig cpl sen rep gov pres amb rev fr st jr sr messrs mt ' +
    // Philippine news titles: Undersecretary, Assistant Secretary, Attorney, Engineer ("Usec. Ana Cruz").
    'usec asec atty engr ' +
    // Police and naval ranks as news writes them before a name ("Supt. Ana Cruz", "Insp. Tom Roe", "Cdr. Jo Lim").
    'supt insp cdr ' +
    'inc ltd co corp bros dept univ assn est approx vs etc no nos vol fig ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

/** After a dotted acronym ("the U.S."), these words start a new sentence rather than continue a name. */
export const SENTENCE_STARTERS = new Set(
  (
    'the a an he she it they we i you this that these those there his her its their our but and or so yet ' +
    'in on at for after before when while as if however meanwhile moreover still also then now some many ' +
    'most no one both all what who why how where'
  ).split(' '),
);

/** Personal pronouns that open a sentence, never a name after an initial. */
const PRONOUN_OPENERS = new Set(['He', 'She', 'They', 'We', 'It']);

/** Marks that may close a quotation or aside after a sentence's end, and that may open one before it. */
export const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
export const OPENERS = new Set(['"', '“', '„', '‘', "'", '(', '[', '«']);

// The scanner looks at every character of 240,000 paragraphs: it compares character codes rather than run
// a regular expression or build a one-character string for each.
const DOT = 0x2e;
const BANG = 0x21;
const QUESTION = 0x3f;

/** `CLOSERS.has(String.fromCharCode(c))`. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** `OPENERS.has(String.fromCharCode(c))`. */
function isOpener(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b || c === 0x201c || c === 0x201e || c === 0x2018 || c === 0xab;
}

/** Whether the character at `i` is a capital letter or a digit (a lone surrogate is neither). */
function isUpperStart(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return /[\p{Lu}]|[\p{N}]/u.test(text[i]!);
}

/** Whether the character at `i` is a letter or a period. */
function isLetterOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === DOT || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return /[\p{L}.]/u.test(text[i]!);
}

/** Length of the longest abbreviation: a longer word needs no look-up. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** The first word at or after `from`, skipping opening marks. */
function wordAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && OPENERS.has(text[i]!)) i++;
  const m = /^[\p{L}\p{N}]+/u.exec(text.slice(i, i + 40));
  return m ? m[0] : '';
}

/** Whether a period at `dot` that is followed by a capitalised word still belongs to the same sentence. */
function periodContinues(text: string, dot: number, next: number): boolean {
  // The word before the period: letters and inner periods, e.g. "U.S" or "Sept".
  let start = dot;
  let dotted = false;
  while (start > 0 && isLetterOrDot(text, start - 1)) {
    start--;
    if (text.charCodeAt(start) === DOT) dotted = true;
  }
  const length = dot - start;
  if (length === 0) return false;
  // A single capital is an initial ("Vladimir V. Putin"), unless it is the pronoun "I".
  // A personal pronoun after it opens a new sentence instead ("gave evidence as Officer B. He said ..."): no
  // name begins with one.
  if (length === 1 && !dotted && isCapital(text, start)) return text.charCodeAt(start) !== 0x49 && !PRONOUN_OPENERS.has(wordAfter(text, next));
  if (!dotted) {
    // "Sept. 13", "Mr. Kim": the next word is part of the phrase. Lower-casing never shortens a word here
    // (it has no surrogates), so a longer word cannot be an abbreviation.
    const word = text.slice(start, dot).toLowerCase();
    // "No. 2", "nos. 4 and 5": the number sign goes on into a number only; "The ministry says no. Its ..." ends.
    if (word === 'no' || word === 'nos') return /[\p{N}]/u.test(wordAfter(text, next).charAt(0));
    // "state Del. Ana Roe": a state delegate's title (Virginia's, Maryland's) goes on into her name; "Dover, Del." is
    // the state of Delaware, which may end a sentence, so only after "state".
    if (word === 'del') return /\bstate\s+$/iu.test(text.slice(Math.max(0, start - 8), start));
    // "the hon. Member for Ashwell", "my right hon. Friend": Hansard's short form of "honourable", in lower case,
    // goes on into the member it describes. (Only in lower case: "Hon." opening a label or a name is left as it was.)
    if (word === 'hon') return text.startsWith('hon', start);
    return length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(word);
  }
  // Dotted acronyms ("U.N.", "U.S.", "a.m."): continue into a name ("U.N. Security Council") but not into an
  // ordinary sentence opening ("... with the U.S. The talks ...").
  // A clock time runs on only into a day, a month, a time zone or a place's time ("10 a.m. Monday", "9 p.m. EDT",
  // "10 a.m. Moscow time"): no name follows it otherwise, so "by 10 a.m. Lee looked out" starts a sentence.
  if (length === 3 && /^[ap]\.m$/iu.test(text.slice(start, dot))) return clockTimeGoesOn(text, next);
  return !SENTENCE_STARTERS.has(wordAfter(text, next).toLowerCase());
}

/** Days, months (and their short forms) and zones that a clock time runs on into: "10 a.m. Monday", "9 p.m. Sept. 13", "2 a.m. Pacific". */
export const CLOCK_FOLLOWERS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    // Time zones written as a word ("2 a.m. Pacific", "9 p.m. Eastern").
    'pacific eastern central mountain atlantic alaska hawaii greenwich'
  ).split(' '),
);

/** Whether the capitalised word at `next`, after "a.m." or "p.m.", goes on with the time rather than opening a sentence. */
function clockTimeGoesOn(text: string, next: number): boolean {
  const word = wordAfter(text, next);
  if (CLOCK_FOLLOWERS.has(word.toLowerCase())) return true;
  // A time zone's capitals ("EDT", "GMT", "KST", "ET").
  if (/^[\p{Lu}]{2,5}$/u.test(word)) return true;
  // "Moscow time", "Pyongyang Standard Time".
  return /^[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]*)?\s+(?:time|Time)\b/u.test(text.slice(next, next + 60));
}

/** Whether the character at `i` is a capital letter (`\p{Lu}`). */
function isCapital(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return /^[\p{Lu}]$/u.test(text[i]!);
}

/**
 * Splits a paragraph into sentences. Every sentence is verbatim: `text.slice(s.start, s.end) === s.text`,
 * and together they cover every non-space character of the paragraph, in order. Keeps "U.N. Security
 * Council", "U.S." and "Sept. 13" whole, and splits after a closing quotation mark that ends a sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences = found;
  sentences.length = 0;
  const n = text.length;
  let from = 0;
  // Where the next of each sentence-ending mark lies (-1: none left). Finding them with indexOf skips the
  // text between marks natively instead of looking at every character.
  let dot = text.indexOf('.');
  let bang = text.indexOf('!');
  let question = text.indexOf('?');
  let ellipsis = text.indexOf('\u2026');
  let i = 0;
  for (;;) {
    if (dot !== -1 && dot < i) dot = text.indexOf('.', i);
    if (bang !== -1 && bang < i) bang = text.indexOf('!', i);
    if (question !== -1 && question < i) question = text.indexOf('?', i);
    if (ellipsis !== -1 && ellipsis < i) ellipsis = text.indexOf('\u2026', i);
    i = n;
    if (dot !== -1 && dot < i) i = dot;
    if (bang !== -1 && bang < i) i = bang;
    if (question !== -1 && question < i) i = question;
    if (ellipsis !== -1 && ellipsis < i) i = ellipsis;
    if (i === n) break;
    let end = i + 1;
    let c = 0;
    while (end < n && ((c = text.charCodeAt(end)) === DOT || c === BANG || c === QUESTION)) end++;
    while (end < n && isCloser(text.charCodeAt(end))) end++;
    // French copy sets guillemets off by a space, closing and opening ("... de la Russie. » Puis « Nous ..."):
    // a closing guillemet after a space still closes the sentence the mark ended.
    end = pastSpacedGuillemet(text, end);
    end = pastReferenceMarks(text, end);
    let next = end;
    while (next < n && isSpace(text.charCodeAt(next))) next++;
    if (next === end || next >= n) {
      i = end;
      continue;
    }
    let first = next;
    // (An opening guillemet may be set off from its first word by a space: "« Nous ...".)
    while (first < n && (isOpener(text.charCodeAt(first)) || (text.charCodeAt(first - 1) === GUILLEMET_OPEN && isSpace(text.charCodeAt(first))))) first++;
    if (!isUpperStart(text, first)) {
      i = end;
      continue;
    }
    if (end === i + 1 && text.charCodeAt(i) === DOT && periodContinues(text, i, next)) {
      i++;
      continue;
    }
    pushTrimmed(text, from, end, sentences);
    from = next;
    i = next;
  }
  pushTrimmed(text, from, n, sentences);
  // An array grown by push keeps room for 16 or more entries; a quarter of a million paragraphs hold on to
  // their sentences, so each gets an array of exactly its length instead.
  return sentences.slice();
}

// A reference mark as encyclopedias write it after a sentence's end: "[4]", "[a]", "[note 2]", "[citation needed]".
const REFERENCE_MARK = /^\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\]/u;

/** Where the reference marks right after a sentence's end (`... in 2011.[4][5] The ...`) stop: they belong to it. */
function pastReferenceMarks(text: string, end: number): number {
  while (text.charCodeAt(end) === 0x5b) {
    const m = REFERENCE_MARK.exec(text.slice(end, end + 20));
    if (!m) break;
    end += m[0].length;
  }
  return end;
}

const GUILLEMET_OPEN = 0xab;
const GUILLEMET_CLOSE = 0xbb;

/** Where a closing guillemet set off by spaces right after a sentence's end (`... Russia. » The ...`) stops: it belongs to it. */
function pastSpacedGuillemet(text: string, end: number): number {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x0a) i++;
  if (i === end || text.charCodeAt(i) !== GUILLEMET_CLOSE) return end;
  i++;
  while (i < text.length && isCloser(text.charCodeAt(i))) i++;
  return i;
}

/** The sentences found so far in the paragraph being split (the scanner is never re-entered). */
const found: Sentence[] = [];

function pushTrimmed(text: string, from: number, to: number, out: Sentence[]): void {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
