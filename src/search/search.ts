import type { AskResult, Document, Passage } from '../types.ts';
import { PostingsIndex, type Field, type IndexResult, type PostingsSnapshot } from './postings.ts';
import { normalizeTerm, questionSubject, queryTerms, subjectTerms, tokenize, tokenizeWith } from '../text/terms.ts';
import { editDistance } from '../text/distance.ts';

/**
 * Passage search: BM25+ as MiniSearch scores it (see postings.ts) over normalised terms (see terms.ts), the
 * headline and the body as separate fields, plus a relevance rule that says when nothing in the corpus is
 * about a question.
 */

// The headline is shared by every passage of its article, so it may only nudge: it tells articles apart,
// never the passages within one.
const TITLE_BOOST = 0.3;
// Paragraphs are short and of similar length; a milder length normalisation than the default (0.7) keeps
// a long paragraph that says the answer from losing to a one-line paragraph that merely names the topic.
const BM25 = { k: 1.2, b: 0.5, d: 0.5 };
const WEIGHTS = { fuzzy: 0.45, prefix: 0.6 };
const MAX_LOOSE_TERM = 30;

// How a query term met a passage, as a share of a full match, for the relevance rule.
const MATCH_EXACT = 1;
const MATCH_PREFIX = 0.7;
const MATCH_FUZZY = 0.5;
const MATCH_TITLE_ONLY = 0.4;

// The relevance rule, see `relevance`.
const MIN_IDF_COVERAGE = 1 / 3;
const MIN_TERM_COVERAGE = 0.5;
const MIN_SPECIFIC_IDF = 0.5;

// "What did China say?" asks what China did: a passage where China is a subject ("China said ...") answers
// it better than one that mentions China ("ties with China"). Only the best few are looked at.
const SUBJECT_BOOST = 1.5;
const RERANK_DEPTH = 50;

// A large corpus is searched in two steps, for speed. Each headline is indexed with every passage of its
// article, and the commonest body terms ("north", "korea" in a corpus about Korea) are in a good share of all
// passages: asking the index for them costs a pass over much of the index for almost no ranking weight. So
// `ask` first finds CANDIDATES passages by the rarer terms in the body (a passage needs a body match to be
// relevant anyway), then scores the headline and the common terms itself on those candidates, by the same
// BM25+ formula. Small corpora are searched in one step, exactly.
const LARGE_CORPUS = 2000;
const COMMON_SHARE = 0.01;
const CANDIDATES = 150;
/** How many passages a topic keeps on a large corpus, best first. */
const TOPIC_CANDIDATES = 1000;
// When every query term is common (more than COMMON_SHARE of all passages hold it), the rarest finds the
// candidates among an even sample of about SAMPLE_POSTINGS of its passages: every one of them holds all
// the question's words that matter, so the sample still answers, and the cost stays bounded. This is the
// one place where search is approximate.
const SAMPLE_POSTINGS = 5000;

interface QueryGroup {
  /** Index terms any of which answers this word of the query. */
  alternatives: string[];
  /** Passages whose body holds one of the alternatives (the most of them). */
  df: number;
  /** Inverse document frequency over passage bodies; the highest possible for a term the corpus lacks. */
  idf: number;
}

interface Hit {
  index: number;
  passage: Passage;
  score: number;
}

/** The plain-data form of a SearchIndex, for v8.serialize (see SearchIndex.toSnapshot). */
export interface SearchIndexSnapshot {
  postings: PostingsSnapshot;
  /** Every term some headline holds, passages or not. */
  titleVocabulary: string[];
  averageLength: number;
}

export class SearchIndex {
  private constructor(
    private readonly passages: Passage[],
    /** Body and headline postings; also tells how many passages hold a term and what a headline holds. */
    private readonly index: PostingsIndex,
    /** Terms some headline holds. */
    private readonly titleVocabulary: Set<string>,
    /** Mean number of terms in a passage body, for BM25 scoring outside the index. */
    private readonly averageLength: number,
  ) {}

  // What `ask` reads of the passages it answers with, worked out on first need and kept within bounds: the
  // same passages answer many questions, and reading their sentences again is most of a small corpus's cost.
  private readonly subjects = new PassageMemo<Set<string>>();
  private readonly sentenceTerms = new PassageMemo<string[][]>();

  /** Indexes the passages, each with its document's headline as a second, lighter field. */
  static build(passages: Passage[], docs: readonly Document[]): SearchIndex {
    const titleTerms = new Map<string, string[]>();
    const titleVocabulary = new Set<string>();
    for (const d of docs) {
      const terms = tokenize(d.title);
      titleTerms.set(d.id, terms);
      for (const t of terms) titleVocabulary.add(t);
    }
    // Terms by number, and words to term numbers in one lookup: every word of the corpus goes through here.
    const termNumbers = new Map<string, number>();
    const termText: string[] = [];
    const numberOf = (term: string): number => {
      let n = termNumbers.get(term);
      if (n === undefined) {
        n = termText.length;
        termNumbers.set(term, n);
        termText.push(term);
      }
      return n;
    };
    const wordNumbers = new Map<string, number | null>();
    const wordNumber = (word: string): number | null => {
      let n = wordNumbers.get(word);
      if (n === undefined) {
        const term = normalizeTerm(word);
        n = term === null ? null : numberOf(term);
        wordNumbers.set(word, n);
      }
      return n;
    };
    // A document's passages share its headline: one headline group per document, numbered as met.
    const groupOf = new Int32Array(passages.length);
    const groupIds = new Map<string, number>();
    const groupTitles: number[][] = [];
    passages.forEach((p, i) => {
      let g = groupIds.get(p.doc);
      if (g === undefined) {
        g = groupTitles.length;
        groupIds.set(p.doc, g);
        groupTitles.push((titleTerms.get(p.doc) ?? []).map(numberOf));
      }
      groupOf[i] = g;
    });
    let totalLength = 0;
    const index = PostingsIndex.build({
      passageCount: passages.length,
      groupOf,
      groupTitles,
      termText: (n) => termText[n]!,
      bodyTerms: (i) => {
        const terms = tokenizeWith(passages[i]!.text, wordNumber);
        totalLength += terms.length;
        return terms;
      },
    });
    return new SearchIndex(passages, index, titleVocabulary, totalLength / Math.max(1, passages.length));
  }

  /** The built index as plain data (typed arrays, no Map or Set, no passage text), for v8.serialize. */
  toSnapshot(): SearchIndexSnapshot {
    return { postings: this.index.toSnapshot(), titleVocabulary: [...this.titleVocabulary], averageLength: this.averageLength };
  }

  /** Restores an index from `toSnapshot()` and the same passages, without tokenizing anything. */
  static fromSnapshot(data: SearchIndexSnapshot, passages: Passage[], _docs: readonly Document[]): SearchIndex {
    if (data.postings.passageCount !== passages.length) {
      throw new Error(`SearchIndex.fromSnapshot: the snapshot indexes ${data.postings.passageCount} passages, but ${passages.length} were given`);
    }
    return new SearchIndex(passages, PostingsIndex.fromSnapshot(data.postings), new Set(data.titleVocabulary), data.averageLength);
  }

  /**
   * Best passages for a question, best first, each with the sentence that best answers it as highlight
   * (verbatim, one of passage.sentences). [] when nothing in the corpus is about the question.
   */
  ask(question: string, limit: number): AskResult[] {
    if (!(limit > 0)) return [];
    const plan = this.plan(question);
    if (plan.groups.length === 0) return [];
    const hits = this.rankTop(plan, question, Math.max(limit, RERANK_DEPTH));
    return hits.slice(0, limit).map(({ passage, score }) => ({
      passage: passage.id,
      text: passage.text,
      highlight: bestSentence(passage, this.sentenceTerms.get(passage, sentenceTermsOf), plan.groups),
      score: round(score),
      citation: passage.citation,
    }));
  }

  /**
   * Passages relevant to a topic (for the timeline and summary --topic filters): passage id -> score > 0.
   * Empty map when none. Every relevant passage is scored, not only the best.
   */
  topicScores(words: string): Map<string, number> {
    const scores = new Map<string, number>();
    const plan = this.plan(words);
    if (plan.groups.length === 0) return scores;
    // On a large corpus a topic such as "sanctions" touches thousands of passages; the timeline and the
    // summary need the most relevant ones, and scoring every one of them would cost seconds.
    const hits = this.passages.length <= LARGE_CORPUS ? this.searchAll(plan) : this.searchTopic(plan);
    for (const hit of hits) scores.set(hit.passage.id, hit.score);
    return scores;
  }

  /** Every relevant passage, scored by the index over all the query terms and weighed by coverage. */
  private searchAll(plan: Plan): Hit[] {
    const hits: Hit[] = [];
    this.indexQuery(plan, plan.groups, (result) => {
      const coverage = this.relevance(plan.groups, this.matchesOf(plan, result, plan.groups));
      if (coverage > 0) hits.push(this.hit(result.id, result.score * coverage));
    });
    return hits;
  }

  /** The best `depth` passages, best first, with the subject rerank. */
  private rankTop(plan: Plan, question: string, depth: number): Hit[] {
    const hits = this.passages.length <= LARGE_CORPUS ? this.searchAll(plan) : this.searchLarge(plan);
    const top = selectTop(hits, depth);
    const subject = questionSubject(question);
    if (subject !== null) {
      for (const hit of top) {
        if (this.subjects.get(hit.passage, subjectsOf).has(subject)) hit.score *= SUBJECT_BOOST;
      }
      top.sort(byScore);
    }
    return top;
  }

  /**
   * The two-step search of a large corpus (see LARGE_CORPUS): candidates by the rarer terms in the body, then
   * the headline and the common terms scored on the candidates by reading their text, with the same rule.
   */
  /** The query's rarer groups (or a sample of the rarest one's postings when every group is common). */
  private rareGroups(plan: Plan): { rare: QueryGroup[]; sample?: (id: number) => number } {
    const limit = COMMON_SHARE * this.passages.length;
    const rare = plan.groups.filter((g) => g.df <= limit);
    if (rare.length > 0) return { rare };
    const rarest = plan.groups.reduce((a, b) => (b.df < a.df ? b : a));
    const stride = Math.max(1, Math.ceil(rarest.df / SAMPLE_POSTINGS));
    return { rare: [rarest], sample: (id) => (id % stride === 0 ? 1 : 0) };
  }

  /**
   * A topic on a large corpus: the passages that best match its rarer words, by the index's score and
   * their coverage, without re-reading each passage as `ask` does (a topic keeps a thousand, not three).
   */
  private searchTopic(plan: Plan): Hit[] {
    const { rare, top } = this.rareResults(plan, TOPIC_CANDIDATES);
    const hits: Hit[] = [];
    for (const result of top) {
      const coverage = this.relevance(rare, this.matchesOf(plan, result, rare));
      if (coverage > 0) hits.push(this.hit(result.id, result.score * coverage));
    }
    return hits;
  }

  /** The best `depth` body matches of the query's rarer groups, and those groups. */
  private rareResults(plan: Plan, depth: number): { rare: QueryGroup[]; top: IndexResult[] } {
    const { rare, sample } = this.rareGroups(plan);
    const results: IndexResult[] = [];
    this.indexQuery(plan, rare, (result) => results.push(result), ['body'], sample);
    return { rare, top: selectTopResults(results, depth) };
  }

  private searchLarge(plan: Plan): Hit[] {
    const { rare, top } = this.rareResults(plan, CANDIDATES);
    const hits: Hit[] = [];
    for (const result of top) {
      const passage = this.passages[result.id]!;
      const terms = tokenize(passage.text);
      const counts = new Map<string, number>();
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      let sum = result.score / Math.max(1, result.queryTerms.length);
      const rareMatches = this.matchesOf(plan, result, rare);
      const matches = plan.groups.map((g) => {
        const inTitle = g.alternatives.some((t) => this.index.titleHas(result.id, t));
        if (inTitle) sum += TITLE_BOOST * bm25(1, g.idf, 1, 1);
        const r = rare.indexOf(g);
        if (r >= 0) {
          const m = rareMatches[r]!;
          return m.value === 0 && inTitle ? { value: MATCH_TITLE_ONLY, inBody: false } : m;
        }
        const tf = Math.max(0, ...g.alternatives.map((t) => counts.get(t) ?? 0));
        if (tf > 0) sum += bm25(tf, g.idf, terms.length, this.averageLength);
        return { value: tf > 0 ? MATCH_EXACT : inTitle ? MATCH_TITLE_ONLY : 0, inBody: tf > 0 };
      });
      const matchedTerms = matches.filter((m) => m.value > 0).length;
      const coverage = this.relevance(plan.groups, matches);
      if (coverage > 0) hits.push(this.hit(result.id, sum * matchedTerms * coverage));
    }
    return hits;
  }

  private indexQuery(
    plan: Plan,
    groups: QueryGroup[],
    each: (result: IndexResult) => void,
    fields: readonly Field[] = ['title', 'body'],
    sample?: (id: number) => number,
  ): void {
    const terms = [...new Set(groups.flatMap((g) => g.alternatives))];
    if (terms.length === 0) return;
    this.index.search(
      terms,
      {
        fields,
        boost: { title: TITLE_BOOST, body: 1 },
        bm25: BM25,
        ...(sample ? { boostDocument: sample } : {}),
        weights: WEIGHTS,
        prefix: (term) => plan.prefix.has(term),
        fuzzy: (term) => (plan.fuzzy.has(term) ? (term.length >= 9 ? 2 : 1) : false),
      },
      each,
    );
  }

  private hit(index: number, score: number): Hit {
    return { index, passage: this.passages[index]!, score };
  }

  /**
   * The query's terms with their weights, and which of them may match by prefix or by typo. Word forms are
   * already one term, so prefix and typo matching only serve where the exact term fails: a word the corpus
   * does not have, or the word still being typed (a finished question ends in punctuation). Prefixes use
   * the word as typed, since a stem of an unfinished word ("malligy" → "malligi") is no prefix of anything.
   */
  private plan(question: string): Plan {
    const n = this.passages.length;
    const words = queryTerms(question);
    const typing = /[\p{L}\p{N}]$/u.test(question.trim());
    const prefix = new Set<string>();
    const fuzzy = new Set<string>();
    const groups = words.map((w, i) => {
      const df = Math.max(0, ...w.terms.map((t) => this.index.bodyFrequency(t)));
      const known = w.terms.some((t) => this.index.bodyFrequency(t) > 0 || this.titleVocabulary.has(t));
      const alternatives = [...w.terms];
      const last = typing && i === words.length - 1;
      // No word of news prose is longer than this; typo and prefix matching cost grows with the square of a
      // term's length, so a pasted run of characters must not get them.
      const plausible = w.raw.length <= MAX_LOOSE_TERM;
      if (plausible && ((last && w.raw.length >= 3) || (!known && w.raw.length >= 4))) {
        for (const t of w.terms) prefix.add(t);
        if (!alternatives.includes(w.raw)) alternatives.push(w.raw);
        prefix.add(w.raw);
      }
      if (!known && plausible) for (const t of w.terms) if (t.length >= 5) fuzzy.add(t);
      return { alternatives, df, idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)) };
    });
    return { groups, prefix, fuzzy };
  }

  /** How each query group met a search result: exactly, by prefix, by typo, in the headline only. */
  private matchesOf(plan: Plan, result: IndexResult, groups: QueryGroup[]): GroupMatch[] {
    const matched = Object.entries(result.match);
    const inTitle = (term: string): boolean => this.index.titleHas(result.id, term);
    return groups.map((g) => {
      let value = 0;
      let inBody = false;
      for (const term of g.alternatives) {
        if (!result.queryTerms.includes(term)) {
          if (value < MATCH_TITLE_ONLY && inTitle(term)) value = MATCH_TITLE_ONLY;
          continue;
        }
        const loose = plan.prefix.has(term) || plan.fuzzy.has(term);
        for (const [docTerm, fields] of matched) {
          const body = fields.includes('body');
          let m: number;
          if (docTerm === term) m = MATCH_EXACT;
          else if (!loose) continue;
          else if (plan.prefix.has(term) && docTerm.startsWith(term)) m = MATCH_PREFIX;
          else if (plan.fuzzy.has(term) && isNear(term, docTerm)) m = MATCH_FUZZY;
          else continue;
          if (!body) m *= MATCH_TITLE_ONLY;
          if (m > value) value = m;
          if (body) inBody = true;
        }
        if (value < MATCH_TITLE_ONLY && inTitle(term)) value = MATCH_TITLE_ONLY;
      }
      return { value, inBody };
    });
  }

  /**
   * How much of the question a passage answers: its idf-weighted coverage of the query's words, or 0 when
   * the passage is not about the question. The rule: at least one query word is found in the passage body
   * (exactly after normalising, by prefix, or by a typo for a word the corpus lacks), and the words it
   * matches (1) carry at least MIN_IDF_COVERAGE of the query's idf weight, or (2) are at least
   * MIN_TERM_COVERAGE of its words, or (3) include a specific word: one whose idf is at least
   * MIN_SPECIFIC_IDF of the highest possible (a word only a few passages hold). A word the corpus lacks
   * weighs the most, so a question about other things ("the capital of France", "a chocolate cake recipe")
   * is not answered by the corpus's common words, while "What is Russia short of?" is still answered by
   * the passages about Russia.
   */
  private relevance(groups: QueryGroup[], matches: GroupMatch[]): number {
    let weight = 0;
    let weightMatched = 0;
    let count = 0;
    let anchored = false;
    let specific = false;
    const specificIdf = MIN_SPECIFIC_IDF * this.maxIdf();
    groups.forEach((g, i) => {
      const m = matches[i]!;
      weight += g.idf;
      weightMatched += g.idf * m.value;
      count += m.value;
      if (m.inBody) anchored = true;
      if (m.value >= MATCH_PREFIX && g.idf >= specificIdf) specific = true;
    });
    if (!anchored || weight === 0) return 0;
    const coverage = weightMatched / weight;
    if (coverage < MIN_IDF_COVERAGE && count / groups.length < MIN_TERM_COVERAGE && !specific) return 0;
    return coverage;
  }

  /** The idf of a term no passage holds: the most a term can weigh. */
  private maxIdf(): number {
    return Math.log(1 + (this.passages.length + 0.5) / 0.5);
  }
}

interface Plan {
  groups: QueryGroup[];
  prefix: Set<string>;
  fuzzy: Set<string>;
}

interface GroupMatch {
  /** 1 for an exact match in the body, less for prefix, typo or headline-only matches, 0 for none. */
  value: number;
  inBody: boolean;
}

/** The index's BM25+ term score (MiniSearch's formula), for terms scored outside it. */
function bm25(tf: number, idf: number, length: number, averageLength: number): number {
  const { k, b, d } = BM25;
  return idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / averageLength)));
}

/** Whether two terms are within the edit distance fuzzy search allows for the first (1, or 2 when long). */
function isNear(a: string, b: string): boolean {
  const max = a.length >= 9 ? 2 : 1;
  return Math.abs(a.length - b.length) <= max && editDistance(a, b) <= max;
}

/**
 * The sentence of the passage that shares the most query-term weight (idf) with the question; the earlier
 * one on a tie, the first when none shares any. Always one of `passage.sentences`, verbatim.
 */
function bestSentence(passage: Passage, sentenceTerms: string[][], groups: QueryGroup[]): string {
  let best = passage.sentences[0]?.text ?? passage.text;
  let bestScore = 0;
  for (let i = 0; i < passage.sentences.length; i++) {
    const s = passage.sentences[i]!;
    const terms = sentenceTerms[i]!;
    let score = 0;
    for (const g of groups) {
      const found = g.alternatives.some((t) => terms.some((x) => x === t || (t.length >= 4 && x.startsWith(t))));
      if (found) score += g.idf;
    }
    if (score > bestScore) {
      best = s.text;
      bestScore = score;
    }
  }
  return best;
}

/** The terms of each sentence of a passage. */
function sentenceTermsOf(passage: Passage): string[][] {
  return passage.sentences.map((s) => tokenize(s.text));
}

/** The terms standing as a subject in some sentence of a passage (see subjectTerms). */
function subjectsOf(passage: Passage): Set<string> {
  const out = new Set<string>();
  for (const s of passage.sentences) for (const t of subjectTerms(s.text)) out.add(t);
  return out;
}

/** Values worked out per passage on first need; forgotten all at once past MEMO_SIZE, so memory stays bounded. */
class PassageMemo<T> {
  private readonly values = new Map<Passage, T>();
  get(passage: Passage, make: (passage: Passage) => T): T {
    let value = this.values.get(passage);
    if (value === undefined) {
      if (this.values.size >= MEMO_SIZE) this.values.clear();
      value = make(passage);
      this.values.set(passage, value);
    }
    return value;
  }
}
const MEMO_SIZE = 20_000;

function byScore(a: Hit, b: Hit): number {
  return b.score - a.score || a.index - b.index;
}

/** The best `n` hits, best first, without sorting them all. */
function selectTop(hits: Hit[], n: number): Hit[] {
  if (hits.length <= n * 4) return hits.sort(byScore).slice(0, n);
  // A threshold from a sorted sample would be approximate; a bounded insertion keeps it exact and cheap.
  const top: Hit[] = [];
  for (const hit of hits) {
    if (top.length === n && byScore(hit, top[n - 1]!) >= 0) continue;
    let i = top.length;
    while (i > 0 && byScore(hit, top[i - 1]!) < 0) i--;
    top.splice(i, 0, hit);
    if (top.length > n) top.pop();
  }
  return top;
}

/** The `n` search results with the highest score, in no particular order. */
function selectTopResults(results: IndexResult[], n: number): IndexResult[] {
  if (results.length <= n) return results;
  return results.sort((a, b) => b.score - a.score || (a.id as number) - (b.id as number)).slice(0, n);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
