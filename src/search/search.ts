import type { AskResult, Document, Passage } from '../types.ts';
import { bestSentence, explain, KIND_WORD, MATCH_EXACT, MATCH_PREFIX, MATCH_TITLE_ONLY } from './rerank.ts';
import { LEAN_TERMS, PostingsIndex, type Field, type IndexResult, type PostingsSnapshot, type ScoringOptions, type TopScorer } from './postings.ts';
import { normalizeTerm, subjectTerms, tokenize, tokenizeWith } from '../text/terms.ts';
import type { Reading } from '../text/reading.ts';
import { editDistance } from '../text/distance.ts';
import { mainPeople } from './people.ts';
import { answerKind, asksGist, sentenceHas, type AnswerKind } from './question-kind.ts';
import { byScore, novelThird, PassageMemo, secondChance, selectTop, type Hit } from './hits.ts';
import { planQuery, type Plan, type QueryGroup } from './query-plan.ts';
import { aboutSomethingElse, leanScorer, maxIdfOf, relevance } from './relevance.ts';
import { rerank } from './rank-top.ts';
import { replyTo } from './asked-in-text.ts';
import { standardQuestion } from './chat-forms.ts';
import { benefitAsWanting } from './benefit-question.ts';
import { labelAsCalling } from './label-question.ts';
import { readingTerms } from './reading-terms.ts';

export type { Hit } from './hits.ts';
export type { QueryGroup } from './query-plan.ts';
import { commonSynonyms } from '../text/wordnet.ts';

/**
 * Passage search: BM25+ as MiniSearch scores it (see postings.ts) over normalised terms (see terms.ts), the
 * headline and the body as separate fields, plus a relevance rule that says when nothing in the corpus is
 * about a question.
 */

// The headline is shared by every passage of its article, so it may only nudge: it tells articles apart,
// never the passages within one.
const TITLE_BOOST = 0.3;
// MiniSearch's default BM25+ parameters except b, the usual 0.75 (MiniSearch has 0.7): measured on SQuAD
// v1.1 dev (eval/ask.ts), where the milder 0.5 used before put the answer first a little less often.
const BM25 = { k: 1.2, b: 0.75, d: 0.5 };
const WEIGHTS = { fuzzy: 0.45, prefix: 0.6 };


// How a query term met a passage, as a share of a full match, for the relevance rule.
// (MATCH_EXACT, MATCH_PREFIX and MATCH_TITLE_ONLY are in rerank.ts, which reads them too.)
const MATCH_FUZZY = 0.5;

// The reranks read the sentences of this many passages: on SQuAD dev and the tuning questions 20 ranks as 50 did.
const RERANK_DEPTH = 20;

// A question whose best passage holds less than this share of its weight gets a second chance (see `ask`).
// Measured on SQuAD v1.1 dev and the bundled article's everyday tuning sets: at 0.5 SQuAD each article alone lost
// 0.2 points first (83.65% → 83.42%) for the same gains; at 0.3 it lost 0.06 (see README).
const WEAK_COVERAGE = 0.3;
// The words widened are those the best UNMET_DEPTH passages do not hold (any of the best three: 21 → 20 first of
// the second everyday set).
const UNMET_DEPTH = 1;
// A question also gets a second chance when one word it leaves unmet carries at least HEAVY_UNMET of its weight,
// however much of the rest the best passage holds ("is russia running out of bullets": the best passage holds
// "Russia" and the "run" of "run-up"). The bundled article's third everyday set 24 → 25 in the top three of 30,
// other tuning sets unchanged; SQuAD v1.1 dev each article alone 83.59% → 83.57% first, 93.48% → 93.47% top
// three; all in one 82.94% unchanged, 92.47% → 92.48%. At 0.4 SQuAD each article alone fell to 83.46%; at 0.35 or
// less the first everyday set lost a question ("trying to build" widened); at 0.6 or more nothing changed.
const HEAVY_UNMET = 0.5;
// A second chance leaves the first search's best SECOND_CHANCE_KEEP passages in their order (it may put others
// between them): reordering them all cost SQuAD each article alone 0.1 point first; keeping all twenty of them
// in order found nothing new on the bundled article, whose 24 paragraphs are nearly all candidates already.
const SECOND_CHANCE_KEEP = 3;
// The third place goes to a passage meeting a question word by a term the first two do not, when the third meets
// none (see novelThird), from the next NOVEL_DEPTH - 3 passages scoring at least NOVEL_SHARE of the third. On the
// bundled article's everyday sets: the fourth 21 → 22 in the top three of 30, the third 25 → 27, the older tuning
// questions 53 → 54 of 56, first places and the other sets unchanged; SQuAD v1.1 dev each article alone top three
// 93.47% → 93.40% (first unchanged). Looking deeper (10) or with no floor the bundled sets gained as much but SQuAD
// lost more (93.31%, 93.33%); question words alone rather than word and term, 93.42% but no gain on the third
// set; at 0.85 the fourth set lost its gain.
const NOVEL_SHARE = 0.7;
const NOVEL_DEPTH = 5;


// A question's best passages come from the index's MaxScore search (max-score.ts), exact; a topic's, all of
// them on a small corpus, through the lean search of every passage. On a large corpus a topic keeps the best
// TOPIC_CANDIDATES (the timeline and summary read them all).
const LARGE_CORPUS = 2000;
/** How many passages a topic keeps on a large corpus, best first. */
const TOPIC_CANDIDATES = 1000;

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
  private readonly kinds = new PassageMemo<Partial<Record<AnswerKind, boolean[]>>>();

  /**
   * Indexes the passages, each with its document's headline as a second, lighter field. With the shared
   * reading (text/reading.ts) a passage's terms come from its sentences' tokens, not from its text again.
   */
  static build(passages: Passage[], docs: readonly Document[], reading?: Reading): SearchIndex {
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
    const fromReading = reading ? readingTerms(reading, numberOf, wordNumber) : undefined;
    const index = PostingsIndex.build({
      passageCount: passages.length,
      groupOf,
      groupTitles,
      termText: (n) => termText[n]!,
      bodyTerms: (i) => {
        const terms = fromReading ? fromReading(passages[i]!, i) : tokenizeWith(passages[i]!.text, wordNumber);
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
  ask(typed: string, limit: number): AskResult[] {
    if (!(limit > 0)) return [];
    // Chat forms ("r", "ppl", "arent", "lol") in the words the rules below read (chat-forms.ts).
    // "What's in it for X?" as "what does X want" (benefit-question.ts).
    const question = labelAsCalling(benefitAsWanting(standardQuestion(typed)));
    let plan = this.plan(question);
    const gist = asksGist(typed) || asksGist(question);
    if (plan.groups.length === 0) return gist ? this.leads(limit) : [];
    const kind = answerKind(question);
    const depth = Math.max(limit, RERANK_DEPTH);
    let hits = this.rankTop(plan, question, depth, kind, gist);
    // A second chance for a question whose best passage meets little of it, or leaves a heavy word unmet: the
    // words it does not meet are searched for by what WordNet says means nearly the same (query-plan.ts,
    // `widen`). A refused question stays refused.
    const unmet = hits.length > 0 ? this.unmetWords(plan, hits.slice(0, UNMET_DEPTH).map((h) => h.passage)) : null;
    if (unmet !== null) {
      const wider = this.plan(question, unmet);
      // The same words in the same order (a neighbour may take the term of a person "they" stands for: then not),
      // each with its first alternatives as before, so a first search's hit reads the same under either plan.
      const same = wider.groups.length === plan.groups.length && wider.groups.every((g, i) => g.word === plan.groups[i]!.word);
      if (same && wider.groups.some((g, i) => g.alternatives.length > plan.groups[i]!.alternatives.length)) {
        const again = this.rankTop(wider, question, depth, kind, gist);
        hits = secondChance(hits, again, SECOND_CHANCE_KEEP);
        plan = wider;
      }
    }
    const groups = plan.groups;
    if (aboutSomethingElse(groups, hits.map((hit) => explain(groups, hit)))) return [];
    hits = novelThird(hits, (hit) => termsMet(groups, this.sentenceTerms.get(hit.passage, sentenceTermsOf)), NOVEL_SHARE, NOVEL_DEPTH);
    // A passage asking the question itself, or a heading, gives way to the paragraph answering it
    // (asked-in-text.ts); that paragraph, if also found further down, is shown once, in the better place.
    const results: AskResult[] = [];
    const shown = new Set<string>();
    for (const hit of hits) {
      if (results.length >= limit) break;
      let passage = hit.passage;
      const matched = explain(plan.groups, hit);
      let has = kind === null ? null : this.kindsOf(passage, kind);
      let highlight = bestSentence(passage, this.sentenceTerms.get(passage, sentenceTermsOf), plan.groups, has);
      const reply = replyTo(passage, highlight, this.passages[hit.index + 1]);
      if (reply !== null) {
        passage = reply;
        has = kind === null ? null : this.kindsOf(passage, kind);
        highlight = passage.sentences[0]!.text;
      }
      if (shown.has(passage.id)) continue;
      shown.add(passage.id);
      const at = passage.sentences.findIndex((s) => s.text === highlight);
      if (kind !== null && has !== null && (has[at] ?? false)) matched.push({ word: KIND_WORD[kind], term: kind, how: kind });
      results.push({ passage: passage.id, text: passage.text, highlight, score: round(hit.score), citation: passage.citation, matched });
    }
    return results;
  }

  /**
   * The question words a passage does not hold, when those it holds carry less than WEAK_COVERAGE of the
   * question's weight or one it does not hold carries HEAVY_UNMET of it; null when it covers enough (or nothing
   * is left to widen). "they" is never widened.
   */
  private unmetWords(plan: Plan, passages: Passage[]): Set<string> | null {
    const termsOf = passages.map((p) => new Set(this.sentenceTerms.get(p, sentenceTermsOf).flat()));
    let weight = 0;
    let met = 0;
    const unmet = new Set<string>();
    let heaviest = 0;
    for (const g of plan.groups) {
      weight += g.idf;
      if (g.alternatives.some((t) => termsOf[0]!.has(t))) met += g.idf;
      if (!termsOf.some((terms) => g.alternatives.some((t) => terms.has(t))) && !g.how.every((h) => h === 'person')) {
        unmet.add(g.word);
        heaviest = Math.max(heaviest, g.idf);
      }
    }
    return unmet.size > 0 && (met < WEAK_COVERAGE * weight || heaviest >= HEAVY_UNMET * weight) ? unmet : null;
  }

  /** For each sentence of a passage, whether it has the kind of answer asked for (memoised). */
  private kindsOf(passage: Passage, kind: AnswerKind): boolean[] {
    const known = this.kinds.get(passage, () => ({}));
    return (known[kind] ??= passage.sentences.map((s) => sentenceHas(kind, s.text, passage.citation.published)));
  }

  /**
   * Passages relevant to a topic (for the timeline and summary --topic filters): passage id -> score > 0.
   * Empty map when none. On a small corpus every relevant passage, on a large one the best TOPIC_CANDIDATES.
   */
  topicScores(words: string): Map<string, number> {
    const scores = new Map<string, number>();
    const plan = this.plan(words);
    if (plan.groups.length === 0) return scores;
    const depth = this.passages.length <= LARGE_CORPUS ? Infinity : TOPIC_CANDIDATES;
    for (const hit of this.searchTop(plan, depth)) scores.set(hit.passage.id, hit.score);
    return scores;
  }

  /** The best `depth` passages, best first, reranked by what their sentences say (see rank-top.ts). */
  private rankTop(plan: Plan, question: string, depth: number, kind: AnswerKind | null = null, gist = false): Hit[] {
    const index = this.index;
    return rerank(this.searchTop(plan, depth), plan, question, kind, {
      sentenceTerms: (p) => this.sentenceTerms.get(p, sentenceTermsOf),
      subjects: (p) => this.subjects.get(p, subjectsOf),
      kinds: (p, k) => this.kindsOf(p, k),
      documentCount: () => this.documentCount(),
      documentSize: (i) => index.documentSize(i),
      bodyFrequencyInDocument: (t, i) => index.bodyFrequencyInDocument(t, i),
      maxIdf: this.maxIdf(),
      averageLength: this.averageLength,
      bm25: BM25,
    }, gist);
  }

  /**
   * "tl;dr?", "what's this article even about": a question asking nothing but the gist, answered by the leads of
   * the corpus's reports (each document's first passage), the newest first, each shown from its first sentence.
   */
  private leads(limit: number): AskResult[] {
    const firsts = this.passages.filter((p, i) => i === 0 || this.passages[i - 1]!.doc !== p.doc);
    const newest = [...firsts].sort((a, b) => (b.citation.published ?? '').localeCompare(a.citation.published ?? ''));
    return newest.slice(0, limit).map((p) => ({ passage: p.id, text: p.text, highlight: p.sentences[0]?.text ?? p.text, score: 1, citation: p.citation, matched: [] }));
  }


  // The number of documents in the corpus, counted on first need.
  private documents = -1;
  private documentCount(): number {
    if (this.documents < 0) this.documents = new Set(this.passages.map((p) => p.doc)).size;
    return this.documents;
  }

  /**
   * The best `depth` relevant passages, best first: BM25+ over all the query's terms, as MiniSearch scores
   * them, weighed by the passage's coverage of the question (see `relevance`). Nothing that could be among
   * them is skipped, so a passage whose matching words are all common is found as surely as one with a rare
   * word; the index's MaxScore search (max-score.ts) only leaves out passages a bound proves cannot be.
   */
  private searchTop(plan: Plan, depth: number): Hit[] {
    const terms = [...new Set(plan.groups.flatMap((g) => g.alternatives))];
    if (terms.length === 0) return [];
    if (terms.length > LEAN_TERMS || this.reference) return selectTop(this.searchWithObjects(plan), depth);
    const slots = plan.groups.map((g) => g.alternatives.map((t) => terms.indexOf(t)));
    const masks = slots.map((s) => s.reduce((m, q) => m | (1 << q), 0));
    const scorer = leanScorer(plan, slots, masks, this.maxIdf(), terms);
    if (this.pruning) {
      const top = this.index.searchTop(terms, this.scoring(plan, ['title', 'body']), depth, scorer);
      if (top !== null) return top.map((t) => this.leanHit(plan, slots, t.id, t.score, (q) => (((t.matched >> q) & 1) === 1 ? t.values[q]! : 0)));
    }
    return this.searchLean(plan, terms, slots, masks, depth, scorer);
  }

  /** A kept passage as a hit: per query group, which of its terms met the passage best and how well. */
  private leanHit(plan: Plan, slots: number[][], id: number, score: number, value: (q: number) => number): Hit {
    const hit = this.hit(id, score);
    hit.groups = plan.groups.map((_, gi) => {
      let best = -1;
      let bestValue = 0;
      slots[gi]!.forEach((q, a) => {
        const v = value(q);
        if (v > bestValue) {
          bestValue = v;
          best = a;
        }
      });
      return { alternative: best, value: bestValue };
    });
    return hit;
  }

  /** The best `depth` hits by the lean search of every passage holding a query term (the reference for MaxScore). */
  private searchLean(plan: Plan, terms: string[], slots: number[][], masks: number[], depth: number, scorer: TopScorer): Hit[] {
    const lean = this.index.searchLean(terms, this.scoring(plan, ['title', 'body']), masks);
    const { matched, body, values, sum } = lean;
    const scratch = new Float64Array(terms.length);
    // The best `depth` so far, best first (ties to the lower passage number). A passage's score is its sum times
    // its coverage, which is at most 1: one whose sum is already below the last kept score cannot get in, and
    // its coverage is not worked out.
    const topIds: number[] = [];
    const topScores: number[] = [];
    for (const id of lean.ids) {
      const m = matched[id]!;
      if (topIds.length === depth) {
        if (sum[id]! < topScores[depth - 1]!) continue;
      }
      for (let q = 0; q < terms.length; q++) scratch[q] = ((m >> q) & 1) === 1 ? values[q]![id]! : 0;
      const score = scorer.score(id, sum[id]!, m, body[id]!, scratch);
      if (!(score > 0)) continue;
      if (topIds.length === depth) {
        const last = topScores[depth - 1]!;
        if (!(score > last || (score === last && id < topIds[depth - 1]!))) continue;
      }
      let at = topIds.length;
      while (at > 0 && (score > topScores[at - 1]! || (score === topScores[at - 1] && id < topIds[at - 1]!))) at--;
      topIds.splice(at, 0, id);
      topScores.splice(at, 0, score);
      if (topIds.length > depth) {
        topIds.pop();
        topScores.pop();
      }
    }
    return topIds.map((id, i) => this.leanHit(plan, slots, id, topScores[i]!, (q) => lean.value(id, q)));
  }

  /** `ask` scoring every passage that holds a question word, without the large corpus's pruning (for tests). */
  askExhaustive(question: string, limit: number): AskResult[] {
    this.pruning = false;
    try {
      return this.ask(question, limit);
    } finally {
      this.pruning = true;
    }
  }
  private pruning = true;

  /**
   * `ask` through the index's MiniSearch-shaped search, one result object per passage: the reference the
   * lean search must equal (tests compare them), and the way for queries of more than LEAN_TERMS terms.
   */
  askReference(question: string, limit: number): AskResult[] {
    this.reference = true;
    try {
      return this.ask(question, limit);
    } finally {
      this.reference = false;
    }
  }
  private reference = false;

  /** Every relevant passage through the index's full search results (see askReference). */
  private searchWithObjects(plan: Plan): Hit[] {
    const hits: Hit[] = [];
    this.indexQuery(plan, plan.groups, (result) => {
      const matches = this.matchesOf(plan, result, plan.groups);
      const coverage = this.relevance(plan.groups, (g) => matches[g]!.value, (g) => matches[g]!.inBody);
      if (coverage > 0) hits.push(this.hit(result.id, result.sum! * coverage));
    });
    return hits;
  }

  private scoring(plan: Plan, fields: readonly Field[], sample?: (id: number) => number): ScoringOptions {
    return {
      fields,
      boost: { title: TITLE_BOOST, body: 1 },
      bm25: BM25,
      ...(sample ? { boostDocument: sample } : {}),
      weights: WEIGHTS,
      boostTerm: (term) => plan.boost.get(term) ?? 1,
      prefix: (term) => plan.prefix.has(term),
      fuzzy: (term) => (plan.fuzzy.has(term) ? (term.length >= 9 ? 2 : 1) : false),
    };
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
    this.index.search(terms, this.scoring(plan, fields, sample), each);
  }

  private hit(index: number, score: number): Hit {
    return { index, passage: this.passages[index]!, score };
  }

  /** The question's groups of terms, their weights, and which may match by prefix or typo (see query-plan.ts). */
  private plan(question: string, widen?: ReadonlySet<string>): Plan {
    return planQuery(question, {
      passageCount: this.passages.length,
      bodyFrequency: (t) => this.index.bodyFrequency(t),
      inTitles: (t) => this.titleVocabulary.has(t),
      people: () => this.people(),
    }, widen);
  }


  // The people the corpus is about, found on the first question that refers to them.
  private mainPeopleCache: string[][] | null = null;
  private people(): string[][] {
    if (this.mainPeopleCache === null) this.mainPeopleCache = mainPeople(this.passages, (t) => this.index.bodyFrequency(t));
    return this.mainPeopleCache;
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
          m *= plan.credit?.get(term) ?? 1;
          if (m > value) value = m;
          if (body) inBody = true;
        }
        if (value < MATCH_TITLE_ONLY && inTitle(term)) value = MATCH_TITLE_ONLY;
      }
      return { value, inBody };
    });
  }

  /** How much of the question a passage answers, or 0 when it is not about it (see relevance.ts). */
  private relevance(groups: QueryGroup[], value: (group: number) => number, inBody: (group: number) => boolean): number {
    return relevance(groups, value, inBody, this.maxIdf());
  }

  /** The idf of a term no passage holds: the most a term can weigh. */
  private maxIdf(): number {
    return maxIdfOf(this.passages.length);
  }
}

interface GroupMatch {
  /** 1 for an exact match in the body, less for prefix, typo or headline-only matches, 0 for none. */
  value: number;
  inBody: boolean;
}

/** Whether two terms are within the edit distance fuzzy search allows for the first (1, or 2 when long). */
function isNear(a: string, b: string): boolean {
  const max = a.length >= 9 ? 2 : 1;
  return Math.abs(a.length - b.length) <= max && editDistance(a, b) <= max;
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


/**
 * Each question word a passage's sentences hold, with the term that holds it ("ammo ammunit"), leaving out the
 * people "they" stands for: read from the passage, so that every search path (lean, pruned, reference) agrees.
 */
function termsMet(groups: QueryGroup[], sentences: string[][]): Set<string> {
  const terms = new Set(sentences.flat());
  const out = new Set<string>();
  for (const g of groups) {
    g.alternatives.forEach((t, a) => {
      if (g.how[a] !== 'person' && terms.has(t)) out.add(`${g.word} ${t}`);
    });
  }
  return out;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
