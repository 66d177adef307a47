/**
 * The words of quotes for matching a claim against them: exact words, close words (base forms and stems,
 * contractions opened), stop words, and the numbers of exact words. How a quote's words are read from the
 * shared reading is quote-reading.ts.
 */
import { stemmer } from 'stemmer';
import { baseForm } from '../text/terms.ts';
import { FUNCTION_WORDS, wordSet } from '../text/stop-words.ts';
import { unpackStrings, type PackedStrings, type SmallInts } from '../engine/packing.ts';

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
  closeWordsOf(s, out);
  return out;
}

/** Pushes the close-matching stems of `s` (see `closeWords`) to `out`. */
export function closeWordsOf(s: string, out: string[]): void {
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

const closeStems = new Map<string, readonly string[]>();

export const STOP_STEMS = new Set([...STOP].map((w) => stemmer(base(w))));

/** A table's own entry only: typed words such as "constructor" must not reach Object.prototype. */
export function own(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Exact words (as `exactWords` gives them) to small dense numbers, in order of first sight. Kept in a quote
 * book's snapshot as the words themselves, packed: the table of numbers is made at the first look-up.
 */
export class WordNumbers {
  private list: string[] | null;
  private packed: PackedStrings | null;
  private ids: Map<string, number> | null = null;

  constructor(words: readonly string[] | PackedStrings = []) {
    this.list = Array.isArray(words) ? [...words] : null;
    this.packed = Array.isArray(words) ? null : (words as PackedStrings);
  }

  /** How many words have a number. */
  get size(): number {
    return this.list ? this.list.length : this.packed!.lengths.length;
  }

  /** The words, by number. */
  get words(): readonly string[] {
    return this.wordList();
  }

  /** The number of a word, given a new one if the word is new. */
  id(word: string): number {
    const ids = this.table();
    let id = ids.get(word);
    if (id === undefined) {
      const list = this.wordList();
      ids.set(word, (id = list.length));
      list.push(word);
    }
    return id;
  }

  /** The number of a word, or -1 when no text has it. */
  find(word: string): number {
    return this.table().get(word) ?? -1;
  }

  /** A copy that can grow without changing this one. */
  clone(): WordNumbers {
    return new WordNumbers(this.wordList());
  }

  private wordList(): string[] {
    if (!this.list) {
      this.list = unpackStrings(this.packed!);
      this.packed = null;
    }
    return this.list;
  }

  private table(): Map<string, number> {
    if (!this.ids) {
      const ids = new Map<string, number>();
      this.wordList().forEach((w, i) => ids.set(w, i));
      this.ids = ids;
    }
    return this.ids;
  }
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

/**
 * The first index at or after `from` where ascending `list` holds `id` or more (`list.length` if none): the
 * gap doubled, then halved, so a walk of increasing ids through a long list costs little per step.
 */
export function seekAtLeast(list: ArrayLike<number>, from: number, id: number): number {
  if (from >= list.length || list[from]! >= id) return from;
  let lo = from;
  let step = 1;
  while (lo + step < list.length && list[lo + step]! < id) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, list.length);
  // list[lo] < id, and list[hi] >= id or hi is the end.
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < id) lo = mid;
    else hi = mid;
  }
  return hi;
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
