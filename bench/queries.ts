/**
 * The questions the benchmark asks, per command: a few hundred, varied, drawn by the seeded generator from the
 * corpus itself (its words, its quotations, its speakers, its documents) plus the seed questions and some that
 * find nothing. The same corpus and seed always give the same questions.
 */
import type { Document, Passage } from '../src/types.ts';
import { mulberry32 } from './generate.ts';

export interface TimelineQuery {
  from: string | null;
  to: string | null;
  topic: string | null;
  source: string | null;
}

export interface SummaryQuery {
  length: 'short' | 'medium' | 'long';
  topic: string | null;
  source: string | null;
}

export interface QuerySets {
  ask: string[];
  whoSaid: string[];
  quotes: string[];
  timeline: TimelineQuery[];
  timelineTopic: TimelineQuery[];
  summarySource: SummaryQuery[];
  summaryTopic: SummaryQuery[];
  summaryCorpus: SummaryQuery[];
}

const TOPICS = ['summit', 'satellite', 'sanctions', 'ammunition', 'Ukraine', 'military cooperation', 'arms deal', 'China', 'nuclear weapons', 'Vostochny', 'spy satellite launch', 'Cold War', 'trilateral summit', 'United States'];
const MISSES = ['zyxqv plorb', 'What did the quokka council decide about blorfing?', 'xqzt'];
const LENGTHS = ['short', 'medium', 'long'] as const;
const STOP = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'that', 'for', 'on', 'with', 'as', 'its', 'by', 'from', 'at', 'would', 'could', 'has', 'was', 'is', 'will', 'not', 'said', 'this', 'their', 'they', 'were', 'have', 'been']);

/** Builds `n` queries per command for this corpus. `speakerNames` are the names and aliases the engine knows. */
export function makeQueries(docs: readonly Document[], passages: readonly Passage[], speakerNames: readonly string[], seedQuestions: readonly string[], seed: number, n = 300): QuerySets {
  if (passages.length === 0) throw new Error('bench: the corpus has no passages to draw questions from');
  const rng = mulberry32(seed ^ 0x5eed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const contentWords = (text: string): string[] => text.split(/[^A-Za-z'-]+/).filter((w) => w.length > 3 && !STOP.has(w.toLowerCase()));
  const run = (words: string[], k: number): string => {
    const at = Math.floor(rng() * Math.max(1, words.length - k));
    return words.slice(at, at + k).join(' ');
  };
  const quoted = passages.flatMap((p) => [...p.text.matchAll(/["“]([^"”]{12,})["”]/g)].map((m) => m[1]!));
  const years = [...new Set(docs.map((d) => d.published.slice(0, 4)))].sort();
  const month = (): string => `${pick(years)}-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}`;

  const ask: string[] = [...seedQuestions];
  while (ask.length < n) {
    const words = contentWords(pick(passages).text);
    const k = 1 + Math.floor(rng() * 4);
    const terms = run(words, k) || pick(TOPICS);
    const r = rng();
    if (r < 0.05) ask.push(pick(MISSES));
    else if (r < 0.25) ask.push(`What did ${pick(speakerNames.length > 0 ? speakerNames : ['Putin'])} say about ${pick(TOPICS)}?`);
    else if (r < 0.45) ask.push(`Why ${terms}?`);
    else if (r < 0.6) ask.push(`When did ${terms} happen?`);
    else ask.push(terms);
  }

  const whoSaid: string[] = [];
  while (whoSaid.length < n) {
    const r = rng();
    if (r < 0.05) whoSaid.push(pick(MISSES));
    else if (r < 0.7 && quoted.length > 0) {
      const words = pick(quoted).split(/\s+/);
      const phrase = run(words, 2 + Math.floor(rng() * 5)).replace(/[.,;:!?]+$/, '');
      whoSaid.push(rng() < 0.3 ? phrase.toLowerCase() : phrase);
    } else whoSaid.push(run(pick(passages).text.split(/\s+/), 3 + Math.floor(rng() * 3)).replace(/[".,;:!?“”]/g, ''));
  }

  const quotes: string[] = [];
  while (quotes.length < n) {
    const r = rng();
    if (r < 0.05 || speakerNames.length === 0) quotes.push(pick(['Nobody Atall', 'Xavier Quill', 'the moon council']));
    else {
      const name = pick(speakerNames);
      quotes.push(r < 0.2 ? name.toLowerCase() : name);
    }
  }

  const timeline: TimelineQuery[] = [];
  while (timeline.length < n) {
    const r = rng();
    const q: TimelineQuery = { from: null, to: null, topic: null, source: null };
    if (r < 0.25) { /* everything */ } else if (r < 0.5) q.from = pick(years);
    else if (r < 0.75) {
      const a = month();
      const b = month();
      [q.from, q.to] = a <= b ? [a, b] : [b, a];
    } else q.source = pick(docs).id;
    timeline.push(q);
  }
  const timelineTopic: TimelineQuery[] = timeline.map((t, i) => ({
    ...t,
    source: null,
    topic: i % 2 === 0 ? pick(TOPICS) : run(contentWords(pick(passages).text), 1 + Math.floor(rng() * 2)) || pick(TOPICS),
  }));

  const summarySource: SummaryQuery[] = Array.from({ length: n }, () => ({ length: pick(LENGTHS), topic: null, source: pick(docs).id }));
  const summaryTopic: SummaryQuery[] = Array.from({ length: n }, (_, i) => ({
    length: pick(LENGTHS),
    topic: i % 2 === 0 ? pick(TOPICS) : run(contentWords(pick(passages).text), 1 + Math.floor(rng() * 2)) || pick(TOPICS),
    source: null,
  }));
  const summaryCorpus: SummaryQuery[] = Array.from({ length: n }, (_, i) => ({ length: LENGTHS[i % 3]!, topic: null, source: null }));

  return { ask, whoSaid, quotes, timeline, timelineTopic, summarySource, summaryTopic, summaryCorpus };
}
