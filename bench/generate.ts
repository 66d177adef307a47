/**
 * A synthetic, news-like corpus for the benchmark. Everything is drawn from one seeded generator, so the same
 * seed and sizes always give byte-identical articles and runs on different days compare.
 *
 * The text is nonsense made of real English words (the `word-list` package), salted with the summit's names and
 * terms, with the features the engine works hard on: quotations in several attribution styles ("..., Name, a
 * role at Org, said." / Name said, "..." / "...," he added / partial quotes / unnamed officials), time
 * expressions of every precision, and varied outlets and publication dates. Paragraph lengths are sampled from
 * the bundled article so passages are the size the engine sees in real use.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import wordListPath from 'word-list';
import type { Document } from '../src/types.ts';
import { serializeArticle } from '../src/corpus/load.ts';

/** The seed every benchmark run uses unless told otherwise. */
export const DEFAULT_SEED = 20230913;

/** A deterministic PRNG (mulberry32): returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => {
  if (xs.length === 0) throw new Error('generate: cannot pick from an empty list');
  return xs[Math.floor(rng() * xs.length)]!;
};
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const FUNCTION_WORDS = ['the', 'the', 'the', 'of', 'of', 'and', 'to', 'to', 'in', 'a', 'a', 'that', 'for', 'on', 'with', 'as', 'its', 'by', 'from', 'at', 'would', 'could', 'has', 'was', 'is', 'will', 'not', 'between', 'over', 'after'];

const SUMMIT_TERMS = [
  'summit', 'North Korea', 'Russia', 'Pyongyang', 'Moscow', 'Seoul', 'Washington', 'Beijing', 'Tokyo', 'Ukraine',
  'military cooperation', 'sanctions', 'ammunition', 'artillery shells', 'spy satellite', 'Vostochny spaceport',
  'Vladivostok', 'arms deal', 'U.N. Security Council', 'nuclear', 'missile', 'Cold War', 'alliance',
  'Korean Peninsula', 'weapons technology', 'submarines', 'unification ministry', 'trilateral', 'delegation',
  'Kremlin', 'state media', 'Far East', 'rocket', 'launch', 'defense minister', 'China', 'Japan', 'the United States',
];

const SUMMIT_PEOPLE: { name: string; short: string; role: string; pronoun: 'he' | 'she' }[] = [
  { name: 'Kim Jong-un', short: 'Kim', role: 'North Korean leader', pronoun: 'he' },
  { name: 'Vladimir Putin', short: 'Putin', role: 'Russian President', pronoun: 'he' },
  { name: 'Yoon Suk Yeol', short: 'Yoon', role: 'South Korean President', pronoun: 'he' },
];

const KOREAN_SURNAMES = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong', 'Moon', 'Baek', 'Nam', 'Ryu'];
const KOREAN_GIVEN = ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yoon', 'Su-bin', 'Jae-won', 'Hye-jin', 'Sung-ho', 'Young-soo', 'Eun-ji', 'Tae-hyun', 'Mi-ran', 'Dong-hyun', 'Seong-chang', 'Ki-young', 'Na-rae', 'Joon-ho'];
const WESTERN_FIRST = ['Anna', 'Mikhail', 'Olga', 'Sergei', 'Natalia', 'Dmitri', 'James', 'Sarah', 'Michael', 'Emily', 'Daniel', 'Laura', 'Kenji', 'Yuki', 'Hiroshi', 'Li', 'Wei', 'Mei', 'Thomas', 'Claire'];
const WESTERN_LAST = ['Ivanova', 'Sokolov', 'Petrova', 'Volkov', 'Smirnov', 'Carter', 'Bennett', 'Hughes', 'Morgan', 'Foster', 'Tanaka', 'Sato', 'Suzuki', 'Zhang', 'Wang', 'Chen', 'Dubois', 'Novak', 'Reyes', 'Lindqvist'];
const POSITIONS = ['a director at', 'a researcher at', 'a professor at', 'a senior fellow at', 'an analyst at', 'a spokesperson for', 'a former ambassador now at', 'the head of'];
const ORG_KINDS = ['Institute', 'Center', 'Foundation', 'Council', 'University', 'Forum'];
const ORG_FIELDS = ['Strategic Studies', 'National Unification', 'Security Policy', 'Asian Affairs', 'Defense Analyses', 'International Relations', 'Peace Studies', 'Eurasian Research'];
const OUTLETS = ['Pacific Wire Service', 'Northern Ledger', 'Harbor City Times', 'Eastern Review', 'Continental Press', 'The Morning Dispatch', 'Peninsula Daily', 'Global Affairs Desk', 'Meridian News', 'The Observer Post', 'Capital Bulletin', 'Frontier Chronicle'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SAY_VERBS = ['said', 'said', 'said', 'told reporters', 'noted', 'added', 'stressed'];

interface GenSpeaker {
  name: string;
  short: string;
  role: string;
  pronoun: 'he' | 'she';
}

/** What the generator needs to know: body-paragraph lengths in words, sampled per paragraph. */
export interface GeneratorProfile {
  paragraphWords: readonly number[];
}

/** The vocabulary: the `word-list` words of 3 to 11 lowercase letters, shuffled by the seed, most common first. */
function vocabulary(rng: Rng, size: number): string[] {
  const all = readFileSync(wordListPath, 'utf8').split('\n').filter((w) => /^[a-z]{3,11}$/.test(w));
  if (all.length < size) throw new Error(`generate: the word-list file ${wordListPath} has only ${all.length} usable words, ${size} needed`);
  // A partial Fisher-Yates shuffle: only the first `size` places are needed.
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(rng() * (all.length - i));
    const t = all[i]!;
    all[i] = all[j]!;
    all[j] = t;
  }
  return all.slice(0, size);
}

/** A Zipf-like sampler over ranks, so a few words are everywhere and most are rare, as in real text. */
function zipfSampler(rng: Rng, n: number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += 1 / (r + 3);
    cdf[r] = total;
  }
  return () => {
    const x = rng() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * Generates `count` synthetic articles with ids `bench-00001`... Pure apart from reading the word list: the same
 * arguments always give the same documents.
 */
export function generateArticles(count: number, seed: number, profile: GeneratorProfile): Document[] {
  if (!Number.isInteger(count) || count < 0) throw new Error(`generate: article count must be a whole number >= 0, got ${count}`);
  if (profile.paragraphWords.length === 0) throw new Error('generate: the profile has no paragraph lengths to sample');
  const rng = mulberry32(seed);
  const vocab = vocabulary(rng, 30000);
  const zipf = zipfSampler(rng, vocab.length);
  const word = (): string => vocab[zipf()]!;

  const orgs = Array.from({ length: 60 }, () => `the ${cap(word())} ${pick(rng, ORG_KINDS)} for ${pick(rng, ORG_FIELDS)}`);
  const speakers: GenSpeaker[] = [...SUMMIT_PEOPLE];
  const seen = new Set(speakers.map((s) => s.name));
  while (speakers.length < 400) {
    const korean = rng() < 0.5;
    const first = korean ? pick(rng, KOREAN_SURNAMES) : pick(rng, WESTERN_FIRST);
    const last = korean ? pick(rng, KOREAN_GIVEN) : pick(rng, WESTERN_LAST);
    const name = `${first} ${last}`;
    if (seen.has(name)) continue;
    seen.add(name);
    speakers.push({ name, short: korean ? first : last, role: `${pick(rng, POSITIONS)} ${pick(rng, orgs)}`, pronoun: rng() < 0.5 ? 'he' : 'she' });
  }

  const words = (n: number): string => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const x = rng();
      if (x < 0.33) out.push(pick(rng, FUNCTION_WORDS));
      else if (x < 0.42) out.push(pick(rng, SUMMIT_TERMS));
      else out.push(word());
    }
    return out.join(' ');
  };

  const dateExpression = (year: number): string => {
    switch (int(rng, 0, 9)) {
      case 0: return `on ${pick(rng, WEEKDAYS)}`;
      case 1: return `in ${pick(rng, MONTHS)}`;
      case 2: return pick(rng, ['last month', 'last week', 'earlier this year', 'next month']);
      case 3: return `on ${pick(rng, MONTHS)} ${int(rng, 1, 28)}, ${year - int(rng, 0, 3)}`;
      case 4: return `in ${year - int(rng, 1, 6)}`;
      case 5: return `${pick(rng, ['early ', 'mid-', 'late '])}${pick(rng, MONTHS)}`;
      case 6: return `in ${pick(rng, MONTHS)} ${year - int(rng, 0, 4)}`;
      case 7: return `on ${int(rng, 1, 28)} ${pick(rng, MONTHS)} ${year - int(rng, 0, 2)}`;
      case 8: return pick(rng, ['earlier this week', 'last year', 'this month']);
      default: return `on ${pick(rng, WEEKDAYS)}`;
    }
  };

  const narration = (n: number, year: number): string => {
    let s = words(Math.max(3, n));
    if (rng() < 0.3) s = `${s} ${dateExpression(year)}`;
    if (rng() < 0.15) s = `${pick(rng, speakers).name} ${words(2)} ${s}`;
    return `${cap(s)}.`;
  };

  /** One quoted paragraph in one of the attribution styles; returns the speaker so "he added" can follow. */
  const quoteParagraph = (n: number, year: number, previous: GenSpeaker | null): { text: string; speaker: GenSpeaker | null } => {
    const sp = pick(rng, speakers);
    const q = (k: number): string => cap(words(Math.max(4, k)));
    const style = int(rng, 0, 7);
    switch (style) {
      case 0: return { text: `"${q(n - 8)}," ${sp.name}, ${sp.role}, said.`, speaker: sp };
      case 1: return { text: `${sp.name} said, "${q(n - 3)}."`, speaker: sp };
      case 2:
        if (previous) return { text: `"${q(n - 3)}," ${previous.pronoun} added.`, speaker: previous };
        return { text: `"${q(n - 4)}," said ${sp.name}, ${sp.role}.`, speaker: sp };
      case 3: return { text: `"${q(n - 4)}," said ${sp.name}, ${sp.role}.`, speaker: sp };
      case 4: {
        const w = word();
        return { text: `${sp.short} ${pick(rng, ['expressed his', 'voiced', 'called for'])} "${w}" ${words(Math.max(3, n - 5))} ${dateExpression(year)}.`, speaker: sp };
      }
      case 5: return { text: `"${q(Math.floor(n / 2))}. ${q(Math.floor(n / 2) - 6)}," a ${pick(rng, ['high-ranking official', 'senior official', 'diplomatic source'])} at ${pick(rng, orgs)} ${pick(rng, SAY_VERBS)}.`, speaker: null };
      case 6: return { text: `${cap(narration(Math.floor(n / 2), year).slice(0, -1))}. ${sp.name}, ${sp.role}, ${pick(rng, SAY_VERBS)} that "${words(Math.max(4, n - Math.floor(n / 2) - 6))}."`, speaker: sp };
      default: return { text: `According to ${sp.name}, ${words(Math.max(4, n - 3))} ${dateExpression(year)}.`, speaker: sp };
    }
  };

  const docs: Document[] = [];
  const start = Date.UTC(2023, 0, 1);
  const span = Date.UTC(2024, 5, 30) - start;
  for (let i = 1; i <= count; i++) {
    const id = `bench-${String(i).padStart(5, '0')}`;
    const published = new Date(start + Math.floor(rng() * (span / 86400000)) * 86400000).toISOString().slice(0, 10);
    const year = Number(published.slice(0, 4));
    const paragraphs: string[] = [];
    let previous: GenSpeaker | null = null;
    const count = int(rng, 18, 30);
    for (let p = 0; p < count; p++) {
      const target = Math.max(6, Math.round(pick(rng, profile.paragraphWords) * (0.8 + rng() * 0.4)));
      if (rng() < 0.35) {
        const made = quoteParagraph(target, year, previous);
        paragraphs.push(made.text);
        previous = made.speaker;
      } else {
        const parts: string[] = [];
        let left = target;
        while (left > 4) {
          const n = Math.min(left, int(rng, 10, 28));
          parts.push(narration(n, year));
          left -= n;
        }
        paragraphs.push(parts.join(' '));
        previous = null;
      }
    }
    docs.push({
      id,
      file: `${id}.md`,
      title: cap(`${pick(rng, SUMMIT_TERMS)} ${words(int(rng, 4, 9))}`),
      outlet: pick(rng, OUTLETS),
      published,
      url: null,
      language: 'en',
      paragraphs,
    });
  }
  return docs;
}

/** Word counts of the body paragraphs of the real articles, to give generated paragraphs the same lengths. */
export function profileOf(docs: readonly Document[]): GeneratorProfile {
  const paragraphWords = docs.flatMap((d) => d.paragraphs.map((p) => p.split(/\s+/).filter(Boolean).length));
  if (paragraphWords.length === 0) throw new Error('generate: the real corpus has no paragraphs to take lengths from');
  return { paragraphWords };
}

/**
 * Writes a corpus folder of `size` articles: the real articles, topped up with generated ones, each in the
 * corpus file format. The folder is emptied first so a run never mixes in articles left from another.
 */
export function writeCorpus(dir: string, size: number, seed: number, realDocs: readonly Document[]): { real: number; generated: number } {
  if (realDocs.length === 0) throw new Error('generate: no real article to put in the corpus');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const generated = Math.max(0, size - realDocs.length);
  for (const doc of [...realDocs, ...generateArticles(generated, seed, profileOf(realDocs))]) {
    writeFileSync(join(dir, `${doc.id}.md`), serializeArticle(doc));
  }
  return { real: realDocs.length, generated };
}
