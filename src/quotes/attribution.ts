/**
 * Finding quotations in a paragraph and reading, from the words around each one, who the text says spoke
 * them. Everything here works on one paragraph at a time and knows nothing of documents or speakers across
 * paragraphs; `extract-quotes.ts` strings the paragraphs together and `document-speakers.ts` decides who is who.
 */

import { isRoleNoun } from './speaker-phrases.ts';
import { innerDoubleEnd } from './nested-double.ts';
import { nestedCurlyClose } from './nested-curly.ts';
import { isSpace } from '../text/chars.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { mayEndWith } from './tail-words.ts';
import { endsInCallNoun } from './call-noun.ts';
import { withoutAcronymAside } from './acronym-aside.ts';
import { isLemma, wordnetAvailable } from '../text/wordnet.ts';
import { sourceAsideInText } from './source-as-aside.ts';

/** One quotation in a paragraph: where its marks are and where its words are. */
export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph length when the quote runs on into the next paragraph. */
  close: number;
  /** The quoted words, trimmed, without a trailing comma: `text.slice(start, end)`. */
  start: number;
  end: number;
  closed: boolean;
}

/** What the words around a quote say about its speaker, before deciding who that is. */
export interface Attribution {
  /** The noun phrase naming the speaker, as written ("Cheong Seong-chang", "he", "the KCNA"). */
  phrase: string;
  /** An appositive after the name ("a director at the Sejong Institute"), if any. */
  appositive: string | null;
  /** Whether the attribution came after the quote, before it, or from "according to". */
  via: 'after' | 'before' | 'according';
}

const OPENERS_DOUBLE = new Set(['"', '“', '„']);
// A mark that closes a double quote (a curly opening one too: the source may have left the quote open).
const CLOSER_DOUBLE = /["”“]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const MARK = /["“„‘'`«]/gu;

// An apostrophe that starts a word ('90s, 'em, rock 'n' roll) is not an opening mark.
const LEADING_APOSTROPHE = /^['‘](?:\d{2}s?\b|em\b|til\b|n['’]?\s|cause\b|tis\b|twas\b)/iu;

/**
 * Every quotation in a paragraph, in order. Double marks (straight or curly) are the quotation marks; single
 * marks count only at the top level (British style) and only when a closing mark is found, so apostrophes
 * (that's, Kim's, Russians', '90s) are never taken for quotes. Single marks inside double ones are part of the
 * quote. A double quote still open at the end of the paragraph runs to the end (it continues in the next one).
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Only a quotation mark or an apostrophe can open a quote: jump to the next one (most paragraphs have none).
    MARK.lastIndex = i;
    const next = MARK.exec(text);
    if (!next) break;
    i = next.index;
    const c = text[i]!;
    // Two apostrophes or two backticks open a quote that two apostrophes close (''...'' and ``...''), as some
    // papers and converted text write them; guillemets «...» as European papers do.
    const pair = text.slice(i, i + 2);
    if ((pair === "''" || pair === '``') && LETTER_OR_DIGIT.test(text[i + 2] ?? '') ) {
      let k = text.indexOf("''", i + 2);
      // Three apostrophes close a quote within the quote and then the quote: `''They said 'no.'''`.
      if (k > 0 && text[k + 2] === "'") k++;
      const nl = text.indexOf('\n', i + 2);
      if (k > 0 && (nl < 0 || k < nl)) {
        pushSpan(text, i, k + 1, true, spans, i + 2, k);
        i = k + 2;
        continue;
      }
      // No two apostrophes close it on its line: the quote was left open at the paragraph's end, as news style
      // leaves words that go on in the next paragraph (`''If he had gone into a church, we would call it out.`
      // then `''This was a hate crime.''`). It runs to the line's end, as a double mark left open does, so that
      // it goes on from the quote before it and the next paragraph's quote goes on from it.
      const end = nl < 0 ? n : nl;
      if (leftOpenAtEnd(text, i, end)) {
        pushSpan(text, i, end, false, spans, i + 2, end);
        i = end;
        continue;
      }
    }
    if (c === '«') {
      const k = text.indexOf('»', i + 1);
      pushSpan(text, i, k > 0 ? k : n, k > 0, spans);
      i = k > 0 ? k + 1 : n;
      continue;
    }
    if (c === '`') {
      i++;
      continue;
    }
    if (OPENERS_DOUBLE.has(c) && isDoubleOpener(text, i)) {
      // (Found by the expression's scan, not a string made per character.)
      CLOSER_DOUBLE.lastIndex = i + 1;
      let k = CLOSER_DOUBLE.exec(text)?.index ?? n;
      // A line break inside the passage, with a double mark opening the next line before any mark closed this
      // quote, is a paragraph break the quote was left open at (news style for words going on in the next
      // paragraph): the quote ends at the line, and the mark opens the next line's own quote, not a run to the
      // passage's end that would swallow every quote after it (another speaker's) under this one's speaker.
      const reopened = k < n ? lineReopenedAt(text, i, k) : -1;
      if (reopened >= 0) {
        pushSpan(text, i, reopened, false, spans);
        i = k;
        continue;
      }
      // A curly opening mark met before any closing one means the first quote was left open in the source,
      // unless it opens a quote within the quote, after which the outer one closes (`nested-curly.ts`).
      const nested = k < n && text[k] === '“' && c === '“' && !looksLikeCloser(text, k) ? nestedCurlyClose(text, k) : -1;
      if (nested > 0) k = nested;
      const closed = k < n && !(text[k] === '“' && c === '“' && !looksLikeCloser(text, k));
      pushSpan(text, i, closed ? k : n, closed, spans);
      i = closed ? k + 1 : n;
      continue;
    }
    if ((c === '‘' || c === "'") && isSingleOpener(text, i)) {
      let k = i + 1;
      let found = -1;
      while (k < n) {
        const ch = text[k]!;
        // A double-quoted quote within it (British style) is part of it; any other double mark ends it.
        const inner = ch === '"' || ch === '“' ? innerDoubleEnd(text, k) : -1;
        if (inner > 0) {
          k = inner;
          continue;
        }
        if (ch === '"' || ch === '“' || ch === '”' || ch === '\n') break;
        if ((ch === '’' || ch === "'") && isSingleCloser(text, k) && !pluralPossessive(text, k)) {
          found = k;
          break;
        }
        k++;
      }
      if (found > 0) {
        pushSpan(text, i, found, true, spans);
        i = found + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}

/**
 * Whether two apostrophes at `open`, with none closing them before `end` (the end of their line), open a quote
 * left open at the paragraph's end: they open a sentence (the line's start, or a space after a stop or after the
 * two apostrophes closing the quote before), and the words after them end the line on a stop, so a stray pair in
 * running text is not read as a quote running on.
 */
function leftOpenAtEnd(text: string, open: number, end: number): boolean {
  const before = text.slice(0, open).trimEnd();
  const opensSentence = before === '' || /\n$/u.test(text.slice(0, open).replace(/[ \t]+$/u, '')) || /(?:[.!?]|[.!?,]'')$/u.test(before);
  if (!opensSentence) return false;
  const words = text.slice(open + 2, end).trimEnd();
  return /[.!?]$/u.test(words) && !words.includes("''") && !/["“”]/u.test(words);
}

/**
 * Where a quote opened at `open` was left open at a line break, when the mark at `k` (the first double mark after
 * the opening) stands first on a later line, opening words (a letter, a digit or a quote's dots follow it): the
 * line break's offset; else -1.
 */
export function lineReopenedAt(text: string, open: number, k: number): number {
  const nl = text.lastIndexOf('\n', k);
  if (nl <= open) return -1;
  if (!/^[ \t\u00a0]*$/u.test(text.slice(nl + 1, k))) return -1;
  return /[\p{L}\p{N}.…]/u.test(text[k + 1] ?? '') ? nl : -1;
}

function isDoubleOpener(text: string, i: number): boolean {
  if (text[i] !== '"') return true;
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = i + 1 < text.length ? text[i + 1]! : ' ';
  // 12" or a stray closing mark: a letter before and a space after is no opening.
  return !(LETTER_OR_DIGIT.test(prev) && (SPACE.test(next) || i + 1 >= text.length));
}

function looksLikeCloser(text: string, k: number): boolean {
  const prev = k > 0 ? text[k - 1]! : ' ';
  const next = k + 1 < text.length ? text[k + 1]! : ' ';
  return !SPACE.test(prev) && (SPACE.test(next) || /[.,;:!?)]/u.test(next));
}

function isSingleOpener(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = i + 1 < text.length ? text[i + 1]! : ' ';
  if (!(SPACE.test(prev) || /[([{—–\-/:]/u.test(prev) || i === 0)) return false;
  if (!LETTER_OR_DIGIT.test(next)) return false;
  return !LEADING_APOSTROPHE.test(text.slice(i, i + 8));
}

function isSingleCloser(text: string, k: number): boolean {
  const prev = text[k - 1]!;
  const next = k + 1 < text.length ? text[k + 1]! : ' ';
  if (SPACE.test(prev)) return false;
  return SPACE.test(next) || /[.,;:!?)\]—–"”]/u.test(next);
}

/**
 * Whether the mark at `k` is the apostrophe of a plural possessive ("three days' notice", "the workers' canteen")
 * inside a single-quoted quote, not its closing mark: it follows an "s" and comes before a lowercase word, and a
 * later mark on the line closes a quote after its stop or comma (",' said Mr Roe") with no quote opened between.
 */
function pluralPossessive(text: string, k: number): boolean {
  if (text[k - 1] !== 's' || !/^ [\p{Ll}]/u.test(text.slice(k + 1, k + 3))) return false;
  for (let j = k + 1; j < text.length && text[j] !== '\n'; j++) {
    const ch = text[j]!;
    if (ch === '"' || ch === '“' || ch === '”') return false;
    if ((ch === '‘' || ch === "'") && isSingleOpener(text, j)) return false;
    if ((ch === '’' || ch === "'") && isSingleCloser(text, j)) return /[.,!?]/u.test(text[j - 1]!);
  }
  return false;
}

function pushSpan(text: string, open: number, close: number, closed: boolean, out: QuoteSpan[], from = open + 1, to = close): void {
  let start = from;
  let end = to;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && (SPACE.test(text[end - 1]!) || text[end - 1] === ',')) end--;
  if (end > start && LETTER_OR_DIGIT.test(text.slice(start, end))) out.push({ open, close, start, end, closed });
}

/**
 * Where a quote's closing mark begins: at `close`, or one before it when two apostrophes close a quote that two
 * marks opened (`''...''`, ``` ``...'' ```, as some papers and converted text write them): the quote's own last
 * mark (its stop or comma) stands before both.
 */
export function closingMarkAt(text: string, s: { open: number; close: number }): number {
  if (s.close - 1 <= s.open + 1 || text.charCodeAt(s.close) !== 39 || text.charCodeAt(s.close - 1) !== 39) return s.close;
  const opener = text.slice(s.open, s.open + 2);
  return opener === "''" || opener === '``' ? s.close - 1 : s.close;
}

// maskQuotes' marks, shared by every call (it calls nothing that masks again).
let maskScratch = new Uint8Array(1024);

/**
 * The paragraph with the words inside quotes blanked out (same length), so that verbs and names inside a
 * quote are never read as its attribution. The quote's last punctuation mark is kept: it tells where the
 * sentence ends.
 */

export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  if (spans.length === 0) return text;
  // Code units, not code points: offsets must stay those of `text`. Which units are masked is marked first
  // (spans may overlap), then the text is copied in runs: no array of one-character strings per paragraph.
  const n = text.length;
  // One buffer for every paragraph, grown when a longer one comes and cleared over the paragraph's length: a
  // typed array made per paragraph (its memory outside the heap) cost more than the marking it holds.
  if (maskScratch.length < n) maskScratch = new Uint8Array(Math.max(n, 2 * maskScratch.length));
  const masked = maskScratch;
  masked.fill(0, 0, n);
  for (const s of spans) {
    let lastPunct = -1;
    const end = closingMarkAt(text, s);
    for (let k = end - 1; k > s.open; k--) {
      if (isSpace(text.charCodeAt(k))) continue;
      const c = text.charCodeAt(k);
      if (c === 46 || c === 33 || c === 63 || c === 44) lastPunct = k;
      break;
    }
    for (let k = s.open + 1; k < end && k < n; k++) if (k !== lastPunct) masked[k] = 1;
  }
  // Joined, not concatenated: the sentences are read character by character next, faster in a flat string.
  const pieces: string[] = [];
  let k = 0;
  while (k < n) {
    let e = k;
    while (e < n && masked[e] === 0) e++;
    pieces.push(text.slice(k, e));
    k = e;
    while (e < n && masked[e] === 1) e++;
    if (e > k) pieces.push('_'.repeat(e - k));
    k = e;
  }
  return pieces.join('');
}

const VERB_WORDS = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'added', 'adds', 'adding', 'stated', 'states',
  'warned', 'warns', 'warning', 'noted', 'notes', 'noting', 'stressed', 'stresses', 'stressing', 'insisted',
  'insists', 'argued', 'argues', 'explained', 'explains', 'asked', 'asks', 'replied', 'replies', 'responded',
  'claimed', 'claims', 'declared', 'declares', 'announced', 'announces', 'wrote', 'writes', 'vowed', 'vows',
  'vowing', 'pledged', 'pledges', 'pledging', 'promised', 'promises', 'urged', 'urges', 'urging', 'described',
  'describes', 'expressed', 'expresses', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'commented',
  'remarked', 'acknowledged', 'admitted', 'confirmed', 'denied', 'suggested', 'predicted', 'cautioned',
  'reported', 'reports', 'quipped', 'joked', 'recalled', 'hinted', 'called', 'calls', 'assured', 'reiterated',
  'concluded', 'boasted', 'complained', 'lamented', 'proclaimed', 'maintained', 'conceded', 'threatened',
  'hailed', 'decried', 'condemned', 'welcomed', 'praised', 'accused', 'criticized', 'criticised', 'tweeted',
  'posted', 'quoted', 'continued', 'agreed', 'affirmed', 'pointed', 'dismissed', 'dismisses', 'fumed', 'fretted',
  'scoffed', 'branded', 'texted', 'messaged',
  // (The present tense of two past forms handled elsewhere, as live blogs write: 'A spokesperson repeats: "..."'.
  // Not "repeated", which is as often an adjective: "repeated calls".)
  'repeats', 'reiterates',
];
/**
 * Reporting verbs that introduce or close a quotation, in lowercase, capitalised or in capitals; "States"
 * capitalised is a country's or a group's name ("the United States", "the Gulf States"), not the verb.
 */
export const SPEECH_VERB = new RegExp(`\\b(?:${VERB_WORDS.map(anyCase).join('|')})\\b`, 'gu');
function anyCase(w: string): string {
  return w === 'states' ? '(?:states|STATES)' : `(?:[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}|${w.toUpperCase()})`;
}
const SPEECH_VERB_ALONE = new RegExp(`^(?:${VERB_WORDS.join('|')})$`, 'iu');

/** Whether a word is a reporting verb ("said", "warned", "told"). */
export function isSpeechVerb(word: string): boolean {
  // An ASCII word in a set of the lowercase verbs (under `iu` an ASCII letter matches only its own two cases);
  // any other through the expression, whose case folding also lets "ſ" match "s".
  return ASCII_WORD.test(word) ? VERB_SET.has(word.toLowerCase()) : SPEECH_VERB_ALONE.test(word);
}
const VERB_SET: ReadonlySet<string> = new Set(VERB_WORDS);
const ASCII_WORD = /^[\x00-\x7f]*$/;

// Words between a subject and its reporting verb that are not part of the subject.
// (A habit's words too: "My old boss at the bank, Ann Roe, used to say," / "always said," is Ann Roe's saying.)
const TRAILING_AUX =
  /(?:\s+(?:was|were|is|are|has|have|had|been|being|quoted|as|also|reportedly|later|earlier|then|again|further|once|previously|repeatedly|publicly|openly|would|will|could|might|may|can|did|does|do|not|never|even|still|just|recently|separately|specifically|explicitly|directly|pointedly|flatly|firmly|bluntly|simply|only|had|already|subsequently|initially|first|last|privately|personally|herself|himself|itself|themselves|always|often|used\s+to|liked\s+to|likes\s+to))+\s*$/iu;
// A relative pronoun, then a lowercase past form: the verb of the relative clause ("that showed", "which quoted").
const RELATIVE_BEFORE_VERB = /^(?:that|which|who)\s+([\p{Ll}]{2,}ed)\s+\S/iu;
const SUBORDINATOR =
  /^.*\b(?:while|whereas|but|because|as|since|after|before|when|although|though|that|which|who|whom|where|if|so|yet|until|unless|whether|meanwhile|however)\s+/isu;

// An owner's (or "the") noun, then "as" and an office: "Lang's successor as mayor", "her deputy as party leader".
const NOUN_AS_OFFICE = /^\s*(?:[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*['’]s?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+as\s+(?:(?:the|[\p{Lu}][\p{L}'’.-]*['’]s?)\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s*$/u;
// A noun phrase of one person opening the clause, then "who" and a verb in the past with at most a short object.
const DEFINED_BY_DEED = /^\s*((?:The|A|An|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+who\s+[\p{Ll}]+ed(?:\s+(?:the|a|an|our|my|his|her|its|their)\s+[\p{Ll}-]+)?\s*$/u;

// One described, then a "who" clause saying only that they are not named: "A customs officer who would not be named",
// "an aide who asked not to be identified", "one official who spoke on condition of anonymity".
const ANONYMOUS_WHO = /^\s*((?:The|A|An|One|Another|the|a|an|one|another)\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)\s+who\s+(?:would\s+not\s+be\s+(?:named|identified)|(?:asked|declined|refused)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|spoke\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:was|is)\s+not\s+(?:authori[sz]ed|allowed|permitted)\s+to\s+speak(?:\s+publicly|\s+on\s+the\s+record)?)\s*$/u;

/**
 * The subject of a reporting verb: the clause before it, back to the last comma or subordinating word, with
 * an appositive between commas set apart ("Peskov, the Kremlin spokesman," → Peskov + appositive).
 */
export function subjectBefore(pre: string): { phrase: string; appositive: string | null } | null {
  let s = pre.replace(/\s+$/u, '');
  s = s.replace(TRAILING_AUX, '').replace(/\s+$/u, '');
  // ("The Joint Chiefs of Staff (JCS) said": the body's acronym in brackets after its name is part of the subject.)
  s = withoutAcronymAside(s);
  let appositive: string | null = null;
  if (s.endsWith(',')) {
    s = s.slice(0, -1);
    const k = lastBoundary(s);
    if (k < 0) return null;
    appositive = s.slice(k + 1).trim();
    s = s.slice(0, k);
    if (!isRoleAppositive(appositive)) appositive = null;
  }
  const k = lastBoundary(s);
  let phrase = s.slice(k + 1);
  // "The woman who answered said only: ...", "A man who answered the door said ...": a defining clause of what
  // the person did is part of the subject, whose noun phrase stands before "who".
  const defined = DEFINED_BY_DEED.exec(phrase);
  if (defined) return { phrase: defined[1]!, appositive };
  // "An aide who would not be named said ...": a clause of anonymity after the one described is part of the subject.
  const anonymous = ANONYMOUS_WHO.exec(phrase);
  if (anonymous) return { phrase: anonymous[1]!, appositive };
  // "Lang's successor as mayor, Sophie Duval, said": "as" after an owner's noun gives the office, and opens no
  // clause; the whole phrase is the subject.
  const office = NOUN_AS_OFFICE.exec(phrase);
  if (office && isRoleNoun(office[1]!)) return { phrase: phrase.trim(), appositive };
  const relative = RELATIVE_BEFORE_VERB.exec(phrase.replace(SUBORDINATOR, (m) => (/\b(?:that|which|who)\s+$/iu.test(m) ? m.replace(/^.*\b(that|which|who)\s+$/isu, '$1 ') : '')));
  phrase = phrase.replace(SUBORDINATOR, '').replace(/^[\s_"“”‘’'(]+/u, '').trim();
  phrase = phrase.replace(/^(?:and|but|so|then|yet|also|now|meanwhile|however|still)\s+/iu, '').trim();
  if (phrase === '') return null;
  // "a message that showed masked men warning of ...": the relative pronoun is the subject of a past verb right
  // after it, and what follows is that verb's object, no speaker. (A past form WordNet also lists as an
  // adjective or noun may open a noun phrase: "that armed men", "that retired officers".)
  if (relative && wordnetAvailable() && !isLemma(relative[1]!, 'adj') && !isLemma(relative[1]!, 'noun')) return null;
  return { phrase, appositive };
}

/**
 * Whether words set off by commas after a name give a role ("a director at the Sejong Institute", "the
 * Kremlin spokesman", "South Korea's vice defense minister") rather than a clause ("who arrived by train",
 * "speaking through an interpreter", "however").
 */
export function isRoleAppositive(a: string): boolean {
  if (a === '' || a.split(/\s+/u).length > 16) return false;
  if (/^(?:who|which|whose|speaking|however|though|meanwhile|too|also|instead|moreover|furthermore|nonetheless|nevertheless|in|on|at|for|after|before|during|when|while|as|according|citing|referring)\b/iu.test(a)) return false;
  if (/^\S+(?:ing|ed)\b/u.test(a) && !/^(?:a|an|the)\b/iu.test(a)) return false;
  return /^(?:a|an|the|former|then|deputy|chief|senior|acting|his|her|its|their|one)\b/iu.test(a) || /^[\p{Lu}]/u.test(a) || headsRole(a);
}

/** "general secretary of the Workers' Party": a bare noun phrase whose head, before its first "of", is a role. */
function headsRole(a: string): boolean {
  const head = /^((?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+)(?: (?:of|at|for|to|in|with)\b|$)/u.exec(a);
  if (!head) return false;
  return isRoleNoun(head[1]!.slice(head[1]!.lastIndexOf(' ') + 1));
}

function lastBoundary(s: string): number {
  let k = -1;
  for (const ch of [',', ';', ':', '(', ')', '—', '–', '"', '“', '”', '_']) k = Math.max(k, s.lastIndexOf(ch));
  const dash = s.lastIndexOf(' - ');
  return Math.max(k, dash >= 0 ? dash + 1 : -1);
}

// The last words LABEL_CUE may end in, and what it allows after them.
const LABEL_ENDS = ['called', 'dubbed', 'as', 'termed', 'titled', 'labelled', 'labeled', 'branded', 'named', 'styled', 'call', 'calls', 'calling', 'term', 'word', 'words', 'phrase', 'slogan', 'motto', 'label', 'name', 'title', 'banner', 'expression'];
const LABEL_TRAIL = ':,"“‘\'';
const LABEL_CUE =
  /(?:so-called|so called|dubbed|known as|nicknamed|termed|titled|entitled|labell?ed|branded|named|styled|\bcalls?|\bcalled|\bcalling|the (?:term|word|words|phrase|slogan|motto|label|name|title|banner|expression)|under the (?:name|slogan|banner|title|motto))\s*[:,]?\s*["“‘']?$/iu;

/** Whether the words right before a quote make it a label or a scare quote ("which some call", "so-called"). */
export function isLabelCue(before: string): boolean {
  const tail = before.slice(-40);
  if (!mayEndWith(tail, LABEL_TRAIL, LABEL_ENDS)) return false;
  // "greeted him with the words: "..."", "ended with these words": words someone speaks, not a term named.
  if (/\bwith\s+(?:the|these|those)\s+words\s*[:,]?\s*["“‘']?$/iu.test(tail)) return false;
  // ('said on a call, "..."': a call one is on is a noun, where the words were spoken; `call-noun.ts`.)
  if (endsInCallNoun(tail)) return false;
  return LABEL_CUE.test(tail);
}

/**
 * Whether a quote stands between an article and a noun that names it as a set phrase (`the "Pull Together"
 * slogan shared by the league and its leader`, `a "no surrender" motto`): the words are a label the sentence
 * talks about, not speech of the sentence's speaker, and whose they are the sentence does not say by a verb of
 * speaking. (Not after a possessive: `his "..." slogan` is read with its owner; `possessed-words.ts`.)
 */
export function isLabelNounAfter(before: string, after: string): boolean {
  return /(?:^|[^\p{L}'’])(?:the|a|an|this|that)\s*$/iu.test(before.slice(-8)) && LABEL_NOUN_AFTER.test(after.slice(0, 40));
}
const LABEL_NOUN_AFTER = /^\s*(?:(?:campaign|party|election|official|old|new|famous)\s+)?(?:slogans?|mottos?|mottoes|taglines?|catchphrases?|catch-phrases?|hashtags?|mantras?|rallying\s+cry|battle\s+cry|chants?|labels?|nicknames?|monikers?|banners?)\b/iu;

/**
 * Whether a short quote is the noun a verb of asking or ordering takes as the one asked, an infinitive after it
 * (`asked the "volunteers" to stay`, `urged the "experts" to resign`): the marks set off the writer's doubt about
 * a word for people, not words anyone in the sentence speaks, and the subject of the request did not say them.
 */
export function isAskedObject(before: string, words: string, after: string): boolean {
  return !/[,.;:!?]/u.test(words.trim().replace(/[,.]$/u, '')) && words.trim().split(/\s+/u).length <= 3 && ASKED_OBJECT_BEFORE.test(before.slice(-40)) && TO_INFINITIVE_AFTER.test(after.slice(0, 30));
}
// (Not a request the subject says they will make, `he will tell the "scolds" to hush`: that reports the teller's
// own words, the label with them.)
const ASKED_OBJECT_BEFORE = /(?<!\b(?:will|would|shall|should|must|can|could|to|['’]ll)\s+)\b(?:ask|asks|asked|asking|urge|urges|urged|urging|invite|invites|invited|inviting|beg|begs|begged|begging|order|orders|ordered|ordering|instruct|instructs|instructed|instructing|encourage|encourages|encouraged|encouraging|implore|implores|implored|imploring|tell|tells|told|telling)\s+(?:the|a|an|his|her|their|its|our|some|several)\s*["“‘']?$/iu;
// "to" and a bare verb, not a noun phrase ("to the board", "to progress" cannot be told apart from a verb by
// form alone, so only a word no determiner or possessive opens).
const TO_INFINITIVE_AFTER = /^["”’']?\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|them|him|me|us|it)\b)[\p{Ll}]+/u;

/**
 * Whether the words after a quote name it as a label in apposition, with a clause of someone else's dealings
 * with it (`the "harbour twins," a name the council never used again`, `a "ferry to nowhere," a phrase the
 * minister rejected`): the words are a term the writer talks about, not speech of the one the clause names.
 * (Not when that one used or coined it: `a phrase the minister used` leaves the quote to the readings.)
 */
export function isLabelApposition(after: string): boolean {
  const m = LABEL_APPOSITION.exec(after.slice(0, 120));
  return !!m && !/\b(?:used|uses|using|coined|coins|popularised|popularized|said|says|wrote|repeated\s+often|likes\s+to\s+use)\b/u.test(m[1]!);
}
const LABEL_APPOSITION = /^\s*,?\s*(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:label|nickname|moniker|epithet|tag|term|phrase|slogan|catchphrase|description|characteri[sz]ation)\s+((?:that\s+|which\s+)?(?:the|a|an|his|her|its|their|some|many|[\p{Lu}])[^.;!?"“”]*)/u;

/**
 * Reads the attribution before a quote in its own sentence: `Name said: "..."`, `Name said "..."`,
 * `China said "..."`, `Putin told reporters ... because Kim "..."` (the speaker is who reports, Putin),
 * `Name was quoted as saying ... that "..."`. `before` is the masked text from the sentence start to the
 * opening mark. The reporting verb nearest the quote wins; a participle with no subject of its own
 * (", adding that") falls back to the verb before it.
 */
const PASSIVE_TOLD = /^(?:told|reminded|warned|assured|reassured|informed|advised|cautioned|notified|briefed)$/iu;
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:[\p{L}]+ly\s+)?$/iu;

// "Per press secretary Jane Roe, in an emailed statement: "..."": "per" opening the sentence is "according to",
// as notes and pool reports write it; the channel set off after the name may hold a time ("at 1:40 pm").
const PER_SOURCE = /^\s*(?:[-•*]\s+)?Per\s+([^,;:]+?)(?:,\s+(?:in|via|through|by)\s+[^,;]{1,80}?)?\s*[,:]\s*$/u;

// A request and its object up to "to" right before the quote: "asked partners to", "urged the allies to".
const REQUEST_TO = /^(?:asked|asks|urged|urges|called\s+on|calls\s+on|begged|begs)\s+[^,;:.!?"“”_]{1,40}?\s+to\s*$/u;

export function attributionBefore(before: string): Attribution | null {
  const according = /according to\s+([^,;:]+),\s*$/iu.exec(before);
  if (according) return { phrase: according[1]!.trim(), appositive: null, via: 'according' };
  const per = PER_SOURCE.exec(before);
  if (per) return { phrase: per[1]!.trim(), appositive: null, via: 'according' };
  const verbs = [...before.matchAll(SPEECH_VERB)];
  for (let v = verbs.length - 1, tries = 0; v >= 0 && tries < 3; v--, tries++) {
    const m = verbs[v]!;
    // "Voters were told that ...": a passive verb of telling has the one told for subject; a verb before it may report.
    if (PASSIVE_TOLD.test(m[0]) && BE_BEFORE.test(before.slice(0, m.index))) continue;
    // ("NAME said, as the agencies reported, "..."": an aside's verb tells who carried the words; `source-as-aside.ts`.)
    if (v > 0 && sourceAsideInText(before, m.index!, m[0].length, verbs[v - 1]!.index! + verbs[v - 1]![0].length)) continue;
    const subject = subjectBefore(before.slice(0, m.index));
    // The subject must open its clause: a party tag ("(D-Va.)"), a place ("of Raleigh, N.C.,") or a role
    // between commas after a name is no subject, whatever a comma before it suggests.
    if (subject && !opensClause(before.slice(0, m.index), subject.phrase)) return null;
    // "NAME adds that Ukraine has asked partners to "..."": a request ("asked"/"urged" someone to) inside the
    // "that" clause of a verb of saying before it reports the request in the teller's words; the quote is the
    // teller's, as the verb of saying's subject. (Only a request ending on "to" right before the quote.)
    if (subject && v > 0 && REQUEST_TO.test(before.slice(m.index!)) && new RegExp(String.raw`\bthat\s+${escapeRegExp(subject.phrase)}\s+$`, 'u').test(`${before.slice(0, m.index).replace(/\s+$/u, '').replace(TRAILING_AUX, '').trimEnd()} `)) {
      const outer = verbs[v - 1]!;
      // (A list's line is a clause of its own: "- NAME says ...\n- NAME adds that ...", one sentence when the
      // line before ends on no full stop.)
      const upTo = before.slice(0, outer.index);
      const line = upTo.slice(upTo.lastIndexOf('\n') + 1).replace(/^\s*[-•*]\s+/u, '');
      const teller = PASSIVE_TOLD.test(outer[0]) ? null : subjectBefore(line);
      if (teller && opensClause(line, teller.phrase) && /^[^,;:.!?]*\bthat\s/u.test(before.slice(outer.index! + outer[0].length))) return { phrase: teller.phrase, appositive: teller.appositive, via: 'before' };
    }
    if (subject) return { phrase: subject.phrase, appositive: subject.appositive, via: 'before' };
    if (!/ing$/iu.test(m[0])) return null;
  }
  return null;
}

// What may stand before a clause's subject: a fronted time or place phrase and its comma, a conjunction.
// (The fronted phrase with its comma is tried first: "When I worked in Vienna, a colleague told me:" is one clause
// of time before the subject, not "When" alone before a subject "I". A place's clause of "where" may follow a
// fronted place: "In Dorsk, where a small parish serves, the priest said", even with a list in it: "where a parish
// serves Polish, Czech and Slovak faithful,".)
const CLAUSE_LEAD = /^(?:(?:where\s[^,;:_()]{1,60}(?:,\s+[^,;:_()]{1,30}){1,4}\s+(?:and|or)\s+[^,;:_()]{1,40},\s+)|(?:(?:at|in|on|during|after|before|upon|throughout|inside|outside|beside|alongside|behind|next\s+to|later|earlier|shortly|speaking|asked|when|meanwhile|however|still|separately|instead|last|this|on|where)\b[^,;:_()]{0,80},\s+)|(?:(?:and|but|so|yet|then|also|now|meanwhile|however|still|later|earlier|while|whereas|because|as|since|after|before|when|although|though|that|if|until|unless|whether)\s+))/iu;

/** Whether `phrase` opens a clause of `pre`: at its start, after a fronted phrase, a conjunction or a semicolon. */
function opensClause(pre: string, phrase: string): boolean {
  const at = pre.lastIndexOf(phrase);
  if (at < 0) return false;
  let head = pre.slice(0, at);
  const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('—'), head.lastIndexOf(' - '));
  if (cut >= 0) head = head.slice(cut + 1);
  head = head.replace(/^[\s_"“”‘’'(]+/u, '');
  for (let guard = 0; guard < 4 && head !== ''; guard++) {
    const m = CLAUSE_LEAD.exec(head);
    if (!m) break;
    head = head.slice(m[0].length);
  }
  return /^[\s_"“”‘’']*$/u.test(head) || /(?:^|\s)(?:and|but|while|whereas|because|as|since|although|though|that|so|when|after|before)\s+$/iu.test(head);
}

/** `quote.split(/\s+/u).filter(Boolean).length`, counted up to 3. */
function wordsUpTo3(quote: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < quote.length; i++) {
    if (isSpace(quote.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words === 3) return 3;
    }
  }
  return words;
}

/**
 * Where a match of `/([\p{L}'’-]+)\s*,?$/u` in `tail` may start at the earliest: before a comma ending it, its
 * spaces and the characters that may be letters, apostrophes or hyphens (any past ASCII counts as one), the
 * ASCII character that can be none of these.
 */
function lastWordFrom(tail: string): number {
  let k = tail.length;
  if (k > 0 && tail.charCodeAt(k - 1) === 44) k--;
  while (k > 0 && isSpace(tail.charCodeAt(k - 1))) k--;
  while (k > 0) {
    const c = tail.charCodeAt(k - 1);
    if (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45)) break;
    k--;
  }
  return k;
}

/**
 * Whether a quote is a fragment inside a sentence rather than a full statement. A quote is a full statement
 * when it opens its sentence, follows a colon, a reporting verb, "that", or a comma after a reporting verb;
 * a quote of one or two words is always a fragment unless it is the whole sentence.
 */
export function isPartial(maskedBefore: string, quote: string, sentenceInitial: boolean): boolean {
  if (sentenceInitial) return false;
  // (`trimEnd` drops what `\s` reads; the expression tried every run of spaces of the text before the quote.)
  const tail = maskedBefore.trimEnd();
  if (tail.endsWith(':')) return false;
  if (wordsUpTo3(quote) <= 2) return true;
  // (The expression is read from where its match may start on: it would try every word of the text before.)
  const lastWord = /([\p{L}'’-]+)\s*,?$/u.exec(tail.slice(lastWordFrom(tail)))?.[1] ?? '';
  if (tail.endsWith(',')) return !isSpeechVerb(lastWord) && !/^(?:added|adding|saying)$/iu.test(lastWord);
  return !(isSpeechVerb(lastWord) || /^(?:that|saying|asking|quipping)$/iu.test(lastWord));
}
