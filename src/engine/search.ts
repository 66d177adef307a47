import MiniSearch, { type SearchResult } from 'minisearch';
import type { AskResult, Document, Passage } from '../types.ts';
import { questionSubject, queryTerms, subjectTerms, tokenize } from '../text/terms.ts';

/**
 * Passage search: MiniSearch (BM25+) over normalised terms (see terms.ts), the headline and the body as
 * separate fields, plus a relevance rule that says when nothing in the corpus is about a question.
 */

// The headline is shared by every passage of its article, so it may only nudge: it tells articles apart,
// never the passages within one.
const TITLE_BOOST = 0.3;
// Paragraphs are short and of similar length; a milder length normalisation than the default (0.7) keeps
// a long paragraph that says the answer from losing to a one-line paragraph that merely names the topic.
const BM25 = { k: 1.2, b: 0.5, d: 0.5 };
const WEIGHTS = { fuzzy: 0.45, prefix: 0.6 };

// How a query term met a passage, as a share of a full match, for the relevance rule.
const MATCH_EXACT = 1;
const MATCH_PREFIX = 0.7;
const MATCH_FUZZY = 0.5;
const MATCH_TITLE_ONLY = 0.4;

// The relevance rule (see `relevance`): a passage is about the question when at least one query term is
// found in its body exactly or by prefix (a typo alone is not enough), and the terms it matches carry either
// a third of the query's idf weight or half of its terms.
const MIN_IDF_COVERAGE = 1 / 3;
const MIN_TERM_COVERAGE = 0.5;
const MIN_SPECIFIC_IDF = 0.5;

// "What did China say?" asks what China did: a passage where China is a subject ("China said ...") answers
// it better than one that mentions China ("ties with China"). Only the best few are looked at.
const SUBJECT_BOOST = 1.5;
const RERANK_DEPTH = 50;

interface IndexedPassage {
  /** Position in `passages`; numeric ids keep MiniSearch's id maps small. */
  id: number;
  title: string;
  body: string;
}

interface QueryGroup {
  alternatives: string[];
  /** Inverse document frequency over passage bodies; the highest possible for a term the corpus lacks. */
  idf: number;
}

/** Splits the pre-normalised field text back into terms (terms never contain a space). */
const splitTerms = (text: string): string[] => (text === '' ? [] : text.split(' '));
const keepTerm = (term: string): string | null => term || null;

export class SearchIndex {
  private constructor(
    private readonly passages: Passage[],
    private readonly mini: MiniSearch<IndexedPassage>,
    /** Passages whose body holds the term. */
    private readonly docFreq: Map<string, number>,
    /** Terms of each document's headline. */
    private readonly titleTerms: Map<string, Set<string>>,
    /** Headlines that hold the term. */
    private readonly titleFreq: Map<string, number>,
  ) {}

  /** The idf of a term no passage holds: the most a term can weigh. */
  private get maxIdf(): number {
    return Math.log(1 + (this.passages.length + 0.5) / 0.5);
  }

  /** Indexes the passages, each with its document's headline as a second, lighter field. */
  static build(passages: Passage[], docs: readonly Document[]): SearchIndex {
    const titleTerms = new Map<string, Set<string>>();
    const titleText = new Map<string, string>();
    const titleFreq = new Map<string, number>();
    for (const d of docs) {
      const terms = tokenize(d.title);
      titleTerms.set(d.id, new Set(terms));
      for (const t of new Set(terms)) titleFreq.set(t, (titleFreq.get(t) ?? 0) + 1);
      titleText.set(d.id, terms.join(' '));
    }
    const mini = new MiniSearch<IndexedPassage>({
      fields: ['title', 'body'],
      storeFields: [],
      tokenize: splitTerms,
      processTerm: keepTerm,
    });
    const docFreq = new Map<string, number>();
    const indexed: IndexedPassage[] = passages.map((p, i) => {
      const terms = tokenize(p.text);
      for (const t of new Set(terms)) docFreq.set(t, (docFreq.get(t) ?? 0) + 1);
      return { id: i, title: titleText.get(p.doc) ?? '', body: terms.join(' ') };
    });
    mini.addAll(indexed);
    return new SearchIndex(passages, mini, docFreq, titleTerms, titleFreq);
  }

  /**
   * Best passages for a question, best first, each with the sentence that best answers it as highlight
   * (verbatim, one of passage.sentences). [] when nothing in the corpus is about the question.
   */
  ask(question: string, limit: number): AskResult[] {
    if (limit <= 0) return [];
    const hits = this.search(question);
    return hits.slice(0, limit).map(({ passage, score, groups }) => ({
      passage: passage.id,
      text: passage.text,
      highlight: bestSentence(passage, groups),
      score: round(score),
      citation: passage.citation,
    }));
  }

  /**
   * Passages relevant to a topic (for the timeline and summary --topic filters): passage id -> score > 0.
   * Empty map when none.
   */
  topicScores(words: string): Map<string, number> {
    const scores = new Map<string, number>();
    for (const hit of this.search(words)) scores.set(hit.passage.id, hit.score);
    return scores;
  }

  private search(question: string): { passage: Passage; score: number; groups: QueryGroup[] }[] {
    const { groups, prefix, fuzzy } = this.plan(question);
    if (groups.length === 0) return [];
    const terms = [...new Set(groups.flatMap((g) => g.alternatives))];
    const relevance = new Map<number, number>();
    const results = this.mini.search(terms.join(' '), {
      tokenize: splitTerms,
      processTerm: keepTerm,
      boost: { title: TITLE_BOOST, body: 1 },
      bm25: BM25,
      weights: WEIGHTS,
      prefix: (term) => prefix.has(term),
      fuzzy: (term) => (fuzzy.has(term) ? (term.length >= 9 ? 2 : 1) : false),
      filter: (result) => {
        const r = this.relevance(result, groups);
        if (r <= 0) return false;
        relevance.set(result.id as number, r);
        return true;
      },
    });
    const hits = results
      .map((r) => ({ passage: this.passages[r.id as number]!, score: r.score * (relevance.get(r.id as number) ?? 0), groups }))
      .sort(byScore);
    const subject = questionSubject(question);
    if (subject === null) return hits;
    const top = hits.slice(0, RERANK_DEPTH);
    for (const hit of top) {
      if (hit.passage.sentences.some((s) => subjectTerms(s.text).has(subject))) hit.score *= SUBJECT_BOOST;
    }
    return [...top.sort(byScore), ...hits.slice(RERANK_DEPTH)];
  }

  /**
   * The query's terms with their weights, and which of them may match by prefix or by typo. Word forms are
   * already one term, so prefix and typo matching only serve where the exact term fails: a word the corpus
   * does not have, or the word still being typed (a finished question ends in punctuation). Prefixes use
   * the word as typed, since a stem of an unfinished word ("malligy" → "malligi") is no prefix of anything.
   */
  private plan(question: string): { groups: QueryGroup[]; prefix: Set<string>; fuzzy: Set<string> } {
    const n = this.passages.length;
    const words = queryTerms(question);
    const typing = /[\p{L}\p{N}]$/u.test(question.trim());
    const prefix = new Set<string>();
    const fuzzy = new Set<string>();
    const groups = words.map((w, i) => {
      const df = Math.max(0, ...w.terms.map((t) => this.docFreq.get(t) ?? 0));
      const known = w.terms.some((t) => (this.docFreq.get(t) ?? 0) > 0 || this.titleFreq.has(t));
      const alternatives = [...w.terms];
      const last = typing && i === words.length - 1;
      if ((last && w.raw.length >= 3) || (!known && w.raw.length >= 4)) {
        for (const t of w.terms) prefix.add(t);
        if (!alternatives.includes(w.raw)) alternatives.push(w.raw);
        prefix.add(w.raw);
      }
      if (!known) for (const t of w.terms) if (t.length >= 5) fuzzy.add(t);
      return { alternatives, idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)) };
    });
    return { groups, prefix, fuzzy };
  }

  /**
   * How much of the question a search result answers: its idf-weighted coverage of the query terms, or 0
   * when the passage is not about the question. The rule: at least one query term is in the passage body
   * exactly (after normalising) or by prefix — a typo-level match alone is not enough — and the matched
   * terms carry at least MIN_IDF_COVERAGE of the query's idf weight, or are at least MIN_TERM_COVERAGE of
   * its terms. A term the corpus lacks weighs the most, so a question mostly about other things ("the
   * capital of France", "North Korea's football team") is not answered by the corpus's commonest words.
   */
  private relevance(result: SearchResult, groups: QueryGroup[]): number {
    const matched = Object.entries(result.match);
    const passage = this.passages[result.id as number]!;
    const title = this.titleTerms.get(passage.doc);
    let weight = 0;
    let weightMatched = 0;
    let count = 0;
    let anchored = false;
    let bestMatchedIdf = 0;
    for (const g of groups) {
      weight += g.idf;
      let best = 0;
      for (const term of g.alternatives) {
        for (const [docTerm, fields] of matched) {
          const inBody = fields.includes('body');
          let m: number;
          if (docTerm === term) m = inBody ? MATCH_EXACT : MATCH_TITLE_ONLY;
          else if (docTerm.startsWith(term)) m = inBody ? MATCH_PREFIX : MATCH_TITLE_ONLY * MATCH_PREFIX;
          else if (result.queryTerms.includes(term) && isNear(term, docTerm)) m = inBody ? MATCH_FUZZY : MATCH_TITLE_ONLY * MATCH_FUZZY;
          else continue;
          if (inBody) anchored = true;
          if (m > best) best = m;
        }
        if (best < MATCH_TITLE_ONLY && title?.has(term)) best = MATCH_TITLE_ONLY;
      }
      weightMatched += g.idf * best;
      if (best >= MATCH_PREFIX && g.idf > bestMatchedIdf) bestMatchedIdf = g.idf;
      count += best;
    }
    if (!anchored || weight === 0) return 0;
    const coverage = weightMatched / weight;
    if (coverage < MIN_IDF_COVERAGE && count / groups.length < MIN_TERM_COVERAGE && bestMatchedIdf < MIN_SPECIFIC_IDF * this.maxIdf) return 0;
    return coverage;
  }
}

/** Whether two terms are within the edit distance fuzzy search allows for the first (1, or 2 when long). */
function isNear(a: string, b: string): boolean {
  const max = a.length >= 9 ? 2 : 1;
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]! <= max;
}

/**
 * The sentence of the passage that shares the most query-term weight (idf) with the question; the earlier
 * one on a tie, the first when none shares any. Always one of `passage.sentences`, verbatim.
 */
function bestSentence(passage: Passage, groups: QueryGroup[]): string {
  let best = passage.sentences[0]?.text ?? passage.text;
  let bestScore = 0;
  for (const s of passage.sentences) {
    const terms = new Set(tokenize(s.text));
    let score = 0;
    for (const g of groups) {
      if (g.alternatives.some((t) => terms.has(t) || [...terms].some((x) => t.length >= 4 && x.startsWith(t)))) score += g.idf;
    }
    if (score > bestScore) {
      best = s.text;
      bestScore = score;
    }
  }
  return best;
}

function byScore(a: { score: number; passage: Passage }, b: { score: number; passage: Passage }): number {
  return b.score - a.score || a.passage.id.localeCompare(b.passage.id);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
