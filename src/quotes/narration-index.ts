/**
 * An index of the narration (the words outside quotation marks) of every passage, for telling a claim the
 * sources narrate from one nobody said, with its snapshot form.
 */
import { IntList } from '../collections/int-list.ts';
import type { Passage } from '../types.ts';
import { type QuoteSpan } from './attribution.ts';
import {
  invertedLengths,
  listAt,
  packedLengths,
  packLists,
  smallestInts,
  startsOf,
  type PackedLists,
  type SmallInts,
} from '../engine/packing.ts';
import { safeSpans } from './extract-quotes.ts';
import { lazyInverse, type LazyInverse } from '../engine/lazy-inverse.ts';
import { exactWords, holdsPhrase, seekAtLeast, spacedWords, type WordNumbers } from './quote-words.ts';
import { compareClaim, sharedWords, wordsOf } from './misquote.ts';
import type { QuoteWordReader } from './quote-reading.ts';

/** The narration index as plain data: each passage's narration words, and how many passages have each word. */
export interface NarrationSnapshot {
  words: PackedLists;
  postingLengths: SmallInts;
}

/** The narration of every passage (its words outside quotes) as word numbers. */
interface NarrationData {
  /** Passage i's words: `words.values[words.start[i]] ..` (kept as the snapshot has them: no copy). */
  words: { start: Int32Array; values: SmallInts };
  /** How many words were numbered when the index was made: its words are those below. */
  size: number;
  /** How many passages have each word, when known from a snapshot. */
  postingLengths: SmallInts | null;
}

/**
 * The narration of passages (text outside quotes), indexed by word, for "who said" answers that nobody said.
 * Words are numbers (WordNumbers, shared with the quotes' words): a phrase is a run of numbers in a passage's
 * narration, confirmed on the passage's words.
 */
export class NarrationIndex {
  /**
   * Word w's passages, in passage order; made at the first look-up (or beforehand by `prepareStep`), not with
   * the index: building or restoring the engine need not wait for lists that only "who said" questions read.
   */
  private readonly postingLists: LazyInverse;

  private constructor(
    private readonly passages: readonly Passage[],
    private readonly ids: WordNumbers,
    private readonly data: NarrationData,
  ) {
    const { words, size, postingLengths } = data;
    this.postingLists = lazyInverse(words.start, words.values, size, postingLengths ?? undefined);
  }

  /** Makes a part of the posting lists ahead of the first look-up; true once they are all made. */
  prepareStep(): boolean {
    return this.postingLists.step();
  }

  /** Reads the narration of every passage from its reading, numbering new words in `reader.words`. */
  static build(passages: readonly Passage[], spans: readonly (readonly Pick<QuoteSpan, 'open' | 'close'>[])[], reader: QuoteWordReader): NarrationIndex {
    const start = new Int32Array(passages.length + 1);
    const tokens = new IntList();
    passages.forEach((p, i) => {
      start[i] = tokens.length;
      // The words of the text outside quotes, each quotation standing as the word QUOTE_GAP (see narrationOf).
      const length = p.text.length;
      let at = 0;
      for (const s of spans[i] ?? []) {
        if (s.close < 0 || s.open >= length) continue;
        reader.pushWords(i, at, Math.max(at, s.open), tokens);
        tokens.push(reader.words.id(QUOTE_GAP_WORD));
        at = Math.min(length, s.close + 1);
      }
      reader.pushWords(i, at, length, tokens);
    });
    start[passages.length] = tokens.length;
    const values = tokens.data;
    return new NarrationIndex(passages, reader.words, { words: { start, values }, size: reader.words.size, postingLengths: null });
  }

  /** The index again from `toSnapshot()` data: the word lists as they are, the posting lists filled from them. */
  static fromSnapshot(data: NarrationSnapshot, passages: readonly Passage[], ids: WordNumbers): NarrationIndex {
    const { lengths, values } = data.words;
    if (lengths.length !== passages.length) {
      throw new Error(`The quote book's narration index covers ${lengths.length} passages, but ${passages.length} were given.`);
    }
    const start = startsOf(lengths);
    if (start[passages.length] !== values.length) throw new Error(`The quote book's narration index holds ${values.length} words, but its passages add up to ${start[passages.length]}.`);
    if (data.postingLengths.length !== ids.size) throw new Error(`The quote book's narration index counts passages for ${data.postingLengths.length} words, but ${ids.size} are known.`);
    return new NarrationIndex(passages, ids, { words: { start, values }, size: ids.size, postingLengths: data.postingLengths });
  }

  /** The word lists, compact, and the posting lists' lengths only (the lists are filled again at first use). */
  toSnapshot(): NarrationSnapshot {
    const { start, values } = this.data.words;
    return {
      words: packLists(start, values),
      postingLengths: this.data.postingLengths ?? (this.postingLists.made ? packedLengths(this.postingLists.made) : smallestInts(invertedLengths(start, values, this.data.size))),
    };
  }

  /** The passages whose narration has word `word` (by number), in passage order. */
  passagesWith(word: number): SmallInts {
    return this.postings(word);
  }

  /** Passage `passage`'s narration words as numbers, each quotation standing as `gapWord`. */
  wordsOf(passage: number): SmallInts {
    const { start, values } = this.data.words;
    return values.subarray(start[passage]!, start[passage + 1]!);
  }

  /** The number of a word as this index counts it (-1 for a word no text has). */
  wordId(word: string): number {
    return this.ids.find(word);
  }

  /** Passage `id` of those indexed. */
  passage(id: number): Passage {
    return this.passages[id]!;
  }

  /** The number standing where a quotation was in `wordsOf`'s lists (-1 when no passage has a quotation). */
  get gapWord(): number {
    const id = this.ids.find(QUOTE_GAP_WORD);
    return id < this.data.size ? id : -1;
  }

  private postings(word: number): SmallInts {
    // Words numbered after this index was built have no passages here.
    if (word < 0 || word >= this.data.size) return EMPTY;
    return listAt(this.postingLists.get(), word);
  }

  find(words: string[], limit: number): { text: string; citation: Passage['citation'] }[] {
    const phrase = ` ${words.join(' ')} `;
    const ids = words.map((w) => this.ids.find(w));
    const out: { text: string; citation: Passage['citation'] }[] = [];
    // (A word typed twice is one list to walk.)
    const lists = [...new Set(ids)].map((w) => this.postings(w)).sort((a, b) => a.length - b.length);
    const [smallest, ...rest] = lists;
    const { start, values } = this.data.words;
    // Walk the rarest word's passages and stop at `limit`: a common phrase never costs a full intersection. The
    // other lists are walked alongside, never back (every list is in passage order).
    const at = new Int32Array(rest.length);
    const inAll = (id: number): boolean => {
      for (let j = 0; j < rest.length; j++) {
        at[j] = seekAtLeast(rest[j]!, at[j]!, id);
        if (rest[j]![at[j]!] !== id) return false;
      }
      return true;
    };
    for (const id of smallest ?? []) {
      if (out.length >= limit) break;
      if (!inAll(id)) continue;
      if (!holdsPhrase(values, start[id]!, start[id + 1]!, ids)) continue;
      const p = this.passages[id]!;
      const spans = safeSpans(p.text);
      // The numbers agree; the words of the text itself must too.
      if (!spacedWords(narrationOf(p.text, spans, 0, p.text.length)).includes(phrase)) continue;
      const sentences = p.sentences.length ? p.sentences : [{ text: p.text, start: 0, end: p.text.length }];
      const hit = sentences.find((s) => ` ${exactWords(narrationOf(p.text, spans, s.start, s.end)).join(' ')} `.includes(phrase));
      out.push({ text: hit ? hit.text : p.text, citation: p.citation });
    }
    return out;
  }
}

export const EMPTY = new Int32Array(0);

// Passages looked at for narration in other words: the ones holding most of the claim's words.
const SHARING_CANDIDATES = 20;

// An aside set off by commas inside a sentence (", home to the mill's workers, "): a clause's words with no
// stop, colon or semicolon, at most some twenty words.
const COMMA_ASIDE = /,\s+[^,;:.!?]{3,160}?,\s+/gu;

/**
 * The narration that says a claim in a few other words: a stretch between quotations holding two thirds of the
 * claim's words in its order (`sharedWords`), that the claim says nothing different of (`compareClaim`): "the
 * restrictions Mr. Putin cited — a web of sanctions — were unlikely to hold" for "the restrictions putin cited
 * were unlikely to hold". Best first, at most `limit`.
 */
export function narrationSharing(index: NarrationIndex, claim: string, limit: number): { text: string; citation: Passage['citation'] }[] {
  const words = [...new Set(exactWords(claim))];
  const need = Math.ceil((wordsOf(claim).length * 2) / 3);
  if (words.length < 3) return [];
  // A passage holding `least` of the claim's words holds at least one of any `words.length - least + 1` of them,
  // so the rarest words' passages are every candidate: counting through a common word's passages ("the", "said")
  // cost tens of milliseconds a claim at 10,000 articles.
  const least = Math.ceil((words.length * 2) / 3);
  const lists = words.map((w) => index.passagesWith(index.wordId(w)));
  const rarest = [...lists].sort((a, b) => a.length - b.length).slice(0, words.length - least + 1);
  // The candidates in passage order, so every list is walked forward alongside, never searched from its start.
  let total = 0;
  for (const list of rarest) total += list.length;
  const candidates = new Int32Array(total);
  total = 0;
  for (const list of rarest) {
    candidates.set(list, total);
    total += list.length;
  }
  candidates.sort();
  const at = new Int32Array(lists.length);
  const counts: [number, number][] = [];
  for (let i = 0; i < candidates.length; i++) {
    const p = candidates[i]!;
    if (i > 0 && candidates[i - 1] === p) continue;
    let n = 0;
    for (let j = 0; j < lists.length; j++) {
      at[j] = seekAtLeast(lists[j]!, at[j]!, p);
      if (lists[j]![at[j]!] === p) n++;
    }
    if (n >= least) counts.push([p, n]);
  }
  const ranked = counts.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, SHARING_CANDIDATES);
  const out: { text: string; citation: Passage['citation']; shared: number }[] = [];
  for (const [id] of ranked) {
    const p = index.passage(id);
    const spans = safeSpans(p.text);
    const sentences = p.sentences.length ? p.sentences : [{ text: p.text, start: 0, end: p.text.length }];
    for (const s of sentences) {
      for (const stretch of narrationOf(p.text, spans, s.start, s.end).split(QUOTE_GAP)) {
        // Or the stretch without its asides set off by commas: a claim leaving out the aside and a word by
        // it ("the town woke up ..." of "The town of Roe, home to ..., woke up ...") may align its first words
        // with the aside's instead, and read as a change of wording.
        const bare = stretch.replace(COMMA_ASIDE, ' ');
        const fit = (t: string): number => {
          const n = sharedWords(claim, t);
          return n >= need && compareClaim(claim, t).verdict !== 'different' ? n : 0;
        };
        const shared = fit(stretch) || (bare !== stretch ? fit(bare) : 0);
        if (!shared) continue;
        out.push({ text: s.text, citation: p.citation, shared });
        break;
      }
    }
  }
  return out.sort((a, b) => b.shared - a.shared).slice(0, limit).map(({ text, citation }) => ({ text, citation }));
}

// A word no text has, standing where a quotation was, so a phrase never runs across one.
const QUOTE_GAP_WORD = '0quotegap0';
const QUOTE_GAP = ` ${QUOTE_GAP_WORD} `;

function narrationOf(text: string, spans: readonly QuoteSpan[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const s of spans) {
    if (s.close < from || s.open >= to) continue;
    out += text.slice(at, Math.max(at, s.open)) + QUOTE_GAP;
    at = Math.min(to, s.close + 1);
  }
  return out + text.slice(at, to);
}
