/**
 * The words of quotes as numbers for matching a claim against them: exact words, close words (base forms
 * and stems, contractions opened), stop words, and the hash table that numbers them.
 */
import { stemmer } from 'stemmer';
import { baseForm } from '../text/terms.ts';
import { FUNCTION_WORDS, wordSet } from '../text/stop-words.ts';
import { FNV_OFFSET, FNV_PRIME, fnv1a as wordHash } from '../text/hash.ts';
import { IntList } from '../collections/int-list.ts';
import { type SmallInts } from '../engine/packing.ts';

// The quotes' stop words: the base list (src/text/stop-words.ts) less the words a claim's meaning turns on
// (quantities, order in time, direction, reflexives: "only", "more", "all", "before", "himself"), which match
// at full weight, plus the letters a contraction leaves ("s", "t") and "us".
const MEANING_WORDS = wordSet(
  `above after again against all am any before below between both doing down during each few further having hers
  herself himself how itself more most myself nor off once one ones only other ours ourselves out own same some such
  tell theirs themselves through under until up when where why yours yourself yourselves`,
);
const LETTERS_AND_US = wordSet('s t us');
const STOP: ReadonlySet<string> = new Set([...[...FUNCTION_WORDS].filter((w) => !MEANING_WORDS.has(w)), ...LETTERS_AND_US]);

// Quotes are matched on every word, auxiliaries included (search drops them as stop words): their base
// forms, and the stems "won't" and "can't" leave behind, on top of the irregular forms search knows.
const AUXILIARIES: Record<string, string> = {
  was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', am: 'be', had: 'have', has: 'have', did: 'do', does: 'do', done: 'do',
  shown: 'show', wo: 'will', ca: 'can',
};

/** A word's base form for close matching. */
function base(word: string): string {
  return own(AUXILIARIES, word) ?? baseForm(word);
}

function baseWords(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[‘’`´]/gu, "'");
}

/** Words for exact matching: case, accents and punctuation ignored, apostrophes dropped ("that's" → "thats"). */
export function exactWords(s: string): string[] {
  return baseWords(s).replace(/'/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

// Contractions typed without their apostrophe ("thats why weve come"), read as the contraction would be.
const BARE_CONTRACTIONS: Record<string, string> = {
  thats: 'that', weve: 'we', ive: 'i', youve: 'you', theyve: 'they', im: 'i', youre: 'you', theyre: 'they',
  hes: 'he', whats: 'what', lets: 'let', dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'can not',
  wont: 'will not', isnt: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not', havent: 'have not',
  hasnt: 'has not', wouldnt: 'would not', couldnt: 'could not', shouldnt: 'should not', theres: 'there',
  youll: 'you', theyll: 'they', itll: 'it', theyd: 'they',
};

/** Words for close matching: contractions split, irregular verbs to their base form, then Porter stems. */
export function closeWords(s: string): string[] {
  const out: string[] = [];
  if (!closeWordsByRun(s, out)) closeWordsOf(s, out);
  return out;
}

function closeWordsOf(s: string, out: string[]): void {
  const t = baseWords(s).replace(/n't\b/gu, ' not').replace(/'(?:s|ve|ll|re|d|m)\b/gu, ' ').replace(/'/gu, '');
  for (const raw of t.split(/[^\p{L}\p{N}]+/u)) {
    if (!raw) continue;
    let stems = closeStems.get(raw);
    if (!stems) {
      stems = (own(BARE_CONTRACTIONS, raw) ?? raw).split(' ').map((w) => stemmer(base(w)));
      // Stemming is the costly part and quotes repeat their words: remember them, within bounds.
      if (closeStems.size >= 200_000) closeStems.clear();
      closeStems.set(raw, stems);
    }
    for (const st of stems) out.push(st);
  }
}

/**
 * `closeWordsOf` run by run of letters, digits and apostrophes, each run's words remembered. The same words:
 * in text of ASCII and the punctuation `pushWordIds` knows, every replacement stays inside one run (the
 * character after a run is never a word character for `\b`, "_" aside, which sends the text the long way).
 * False, with nothing pushed, for any other text. With `numbering`, pushes stem numbers to `numbering.out` instead.
 */
function closeWordsByRun(s: string, out: string[], numbering?: StemNumbering): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95 || (c >= 128 && c !== 0x2018 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014 && c !== 0x2026 && c !== 0xa0)) return false;
  }
  let k = 0;
  while (k < s.length) {
    if (!isWordChar(s.charCodeAt(k))) {
      k++;
      continue;
    }
    const from = k;
    while (k < s.length && isWordChar(s.charCodeAt(k))) k++;
    const run = s.slice(from, k);
    if (numbering) {
      let numbers = numbering.runIds.get(run);
      if (!numbers) {
        const found: string[] = [];
        closeWordsOf(run, found);
        numbers = Int32Array.from(found, numbering.stemId);
        numbering.runIds.set(run, numbers);
      }
      for (let j = 0; j < numbers.length; j++) numbering.out.push(numbers[j]!);
      continue;
    }
    let stems = closeRuns.get(run);
    if (!stems) {
      const found: string[] = [];
      closeWordsOf(run, found);
      stems = found;
      if (closeRuns.size >= 200_000) closeRuns.clear();
      closeRuns.set(run, stems);
    }
    for (const st of stems) out.push(st);
  }
  return true;
}

const closeRuns = new Map<string, readonly string[]>();

/**
 * `closeWords(s).map(stemId)` pushed to `out`, each run of the text numbered once per build: a corpus's
 * quotes repeat their words, and a run's numbers are those of its stems when first met.
 */
export function closeStemIds(s: string, stemId: (stem: string) => number, runIds: Map<string, Int32Array>, out: IntList): void {
  const found: string[] = [];
  if (!closeWordsByRun(s, found, { stemId, runIds, out })) {
    closeWordsOf(s, found);
    for (const st of found) out.push(stemId(st));
  }
}

/** Numbering stems instead of listing them: `runIds` remembers each run's numbers (they belong to `stemId`). */
interface StemNumbering {
  stemId: (stem: string) => number;
  runIds: Map<string, Int32Array>;
  out: IntList;
}
const closeStems = new Map<string, readonly string[]>();

export const STOP_STEMS = new Set([...STOP].map((w) => stemmer(base(w))));

/** A table's own entry only: typed words such as "constructor" must not reach Object.prototype. */
export function own(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

// Words are indexed by a 32-bit hash of their exact form, without making a string of each word of the
// corpus. Two words may share a hash: a hit on hashes is confirmed on the words themselves before it counts.

/** Word hashes to small dense numbers (open addressing on typed arrays: no object per word). */
export class HashIds {
  private slots: Int32Array;
  private keys: Int32Array;
  /** The hash of each number, in order. */
  hashes: Int32Array;
  size = 0;

  constructor(hashes: Int32Array = new Int32Array(0)) {
    let capacity = 1 << 12;
    while (capacity < hashes.length * 2) capacity <<= 1;
    this.slots = new Int32Array(capacity);
    this.keys = new Int32Array(capacity);
    this.hashes = new Int32Array(Math.max(1024, hashes.length));
    for (const h of hashes) this.id(h);
  }

  /** A copy that can grow without changing this one. */
  clone(): HashIds {
    return new HashIds(this.hashes.slice(0, this.size));
  }

  /** The number of a hash, given a new one if the hash is new. */
  id(h: number): number {
    const mask = this.slots.length - 1;
    let i = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const v = this.slots[i]!;
      if (v === 0) break;
      if (this.keys[i] === h) return v - 1;
      i = (i + 1) & mask;
    }
    const id = this.size++;
    if (id === this.hashes.length) {
      const bigger = new Int32Array(this.hashes.length * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[id] = h;
    this.slots[i] = id + 1;
    this.keys[i] = h;
    if (this.size * 2 > this.slots.length) this.grow();
    return id;
  }

  /** The number of a hash, or -1 when no word has it. */
  find(h: number): number {
    const mask = this.slots.length - 1;
    let i = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const v = this.slots[i]!;
      if (v === 0) return -1;
      if (this.keys[i] === h) return v - 1;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const capacity = this.slots.length * 2;
    this.slots = new Int32Array(capacity);
    this.keys = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let id = 0; id < this.size; id++) {
      const h = this.hashes[id]!;
      let i = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = id + 1;
      this.keys[i] = h;
    }
  }
}

/**
 * Pushes the numbers of the words of `text[from, to)` (the words `exactWords` gives) to `out`. ASCII letters
 * and digits are words (lower-cased), apostrophes join, other ASCII separates, and so do curly quotes, dashes,
 * the ellipsis and the no-break space (NFKD makes none of them a letter). A text with any other character
 * goes through `exactWords`, which knows Unicode.
 */
export function pushWordIds(text: string, from: number, to: number, ids: HashIds, out: IntList): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && c !== 0x2018 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014 && c !== 0x2026 && c !== 0xa0) {
      for (const w of exactWords(text.slice(from, to))) out.push(ids.id(wordHash(w)));
      return;
    }
  }
  let k = from;
  while (k < to) {
    let c = text.charCodeAt(k);
    if (!isWordChar(c)) {
      k++;
      continue;
    }
    let h = FNV_OFFSET;
    let length = 0;
    while (k < to && isWordChar((c = text.charCodeAt(k)))) {
      k++;
      if (c === 39 || c === 96 || c === 0x2018 || c === 0x2019) continue;
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
      length++;
    }
    if (length > 0) out.push(ids.id(h));
  }
}

/** Letters, digits and the apostrophes that join a word, among the characters `pushWordIds` reads. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 96 || c === 0x2018 || c === 0x2019;
}

/** A text's exact words as one string, spaced at both ends, for a phrase test by `includes`. */
export function spacedWords(text: string): string {
  return ` ${exactWords(text).join(' ')} `;
}

/** Whether `seq[from..to)` holds `phrase` as consecutive words. */
export function holdsPhrase(seq: SmallInts, from: number, to: number, phrase: readonly number[]): boolean {
  const n = phrase.length;
  const first = phrase[0]!;
  for (let i = from; i + n <= to; i++) {
    if (seq[i] !== first) continue;
    let k = 1;
    while (k < n && seq[i + k] === phrase[k]) k++;
    if (k === n) return true;
  }
  return false;
}

export function binaryHas(list: ArrayLike<number>, id: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
