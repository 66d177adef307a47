import type { AskResult, Document, Passage } from '../types.ts';
import { bestSentence, explain, KIND_BOOST, KIND_WORD, MATCH_EXACT, MATCH_PREFIX, MATCH_TITLE_ONLY, sentenceScore, sharedPairs } from './rerank.ts';
import { LEAN_TERMS, PostingsIndex, type Field, type IndexResult, type PostingsSnapshot, type ScoringOptions, type TopScorer } from './postings.ts';
import { normalizeTerm, questionSubject, queryTerms, subjectTerms, tokenize, tokenizeWith } from '../text/terms.ts';
import { hasMultiWordRewrite, type Reading } from '../text/reading.ts';
import { IntList } from '../collections/int-list.ts';
import { editDistance } from '../text/distance.ts';
import { alternativesFor, type MatchKind } from './lexicon.ts';
import { mainPeople, PEOPLE_REFERENCE } from './people.ts';
import { answerKind, KIND_FILLER, sentenceHas, type AnswerKind } from './question-kind.ts';
import { reactionSubject, speaksIn } from './speaker.ts';
import { DOCUMENT_SHARE, documentWeights } from './document-weights.ts';
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
const MAX_LOOSE_TERM = 30;

// How a query term met a passage, as a share of a full match, for the relevance rule.
// (MATCH_EXACT, MATCH_PREFIX and MATCH_TITLE_ONLY are in rerank.ts, which reads them too.)
const MATCH_FUZZY = 0.5;

// The relevance rule, see `relevance`.
const MIN_IDF_COVERAGE = 1 / 3;
const MIN_TERM_COVERAGE = 0.5;
const MIN_SPECIFIC_IDF = 0.5;

// "What did China say?" asks what China did: a passage where China is a subject ("China said ...") answers
// it better than one that mentions China ("ties with China"). Only the best few are looked at.
const SUBJECT_BOOST = 1.5;
// "How did China react?" asks what China said or did: a passage where China speaks ("China said ...") answers
// it, one where China is only a word in someone else's sentence does not (see speaker.ts). The boost outweighs
// a rarer synonym ("respond" for "react") matching in the other passage.
const SPEAKER_BOOST = 2;
// How much having the question's words in one sentence, and its word pairs, count (see rankTop); chosen on
// SQuAD v1.1 dev and our tuning questions, not on the held-out ones.
const SENTENCE_WEIGHT = 4;
const NEIGHBOUR_WEIGHT = 1;
// The same for one sentence, less as it grows longer: weight 1 / (1 + terms / DENSE_LENGTH).
const DENSE_WEIGHT = 2;
const DENSE_LENGTH = 24;
const PHRASE_WEIGHT = 2;
// How many of a question word's WordNet senses (most frequent first) give it related words (see rerank.ts).
const WORDNET_SENSES = 2;
// The reranks read the sentences of this many passages: on SQuAD dev and the tuning questions 20 ranks as 50 did.
const RERANK_DEPTH = 20;

// Words that frame a question rather than say what it is about ("What is the name of the spaceport?", "What
// type of missile ...?"): a passage answering it rarely says "name" or "type".
const QUESTION_FRAME = /\b(?:the\s+)?(?:names?|types?|kinds?)\s+of\b/gi;

// A question's best passages come from the index's MaxScore search (max-score.ts), exact; a topic's, all of
// them on a small corpus, through the lean search of every passage. On a large corpus a topic keeps the best
// TOPIC_CANDIDATES (the timeline and summary read them all).
const LARGE_CORPUS = 2000;
/** How many passages a topic keeps on a large corpus, best first. */
const TOPIC_CANDIDATES = 1000;

export interface QueryGroup {
  /** The word of the question, lower case, as typed ("they" for the people it stands for). */
  word: string;
  /** Index terms any of which answers this word of the query. */
  alternatives: string[];
  /** How each alternative stands for the word (exact, synonym, country for capital...). */
  how: MatchKind[];
  /** Passages whose body holds one of the alternatives (the most of them). */
  df: number;
  /** Inverse document frequency over passage bodies; the highest possible for a term the corpus lacks. */
  idf: number;
  /** Terms of the word's commonest WordNet senses: evidence in a sentence, not a match for the search. */
  related?: string[];
}

export interface Hit {
  index: number;
  passage: Passage;
  score: number;
  /** For a result: per query group, which alternative met the passage best (-1 none) and how well. */
  groups?: { alternative: number; value: number }[];
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
  ask(question: string, limit: number): AskResult[] {
    if (!(limit > 0)) return [];
    const plan = this.plan(question);
    if (plan.groups.length === 0) return [];
    const kind = answerKind(question);
    const hits = this.rankTop(plan, question, Math.max(limit, RERANK_DEPTH), kind);
    return hits.slice(0, limit).map((hit) => {
      const { passage, score } = hit;
      const has = kind === null ? null : this.kindsOf(passage, kind);
      const highlight = bestSentence(passage, this.sentenceTerms.get(passage, sentenceTermsOf), plan.groups, has);
      const matched = explain(plan.groups, hit);
      const at = passage.sentences.findIndex((s) => s.text === highlight);
      if (kind !== null && has !== null && (has[at] ?? false)) matched.push({ word: KIND_WORD[kind], term: kind, how: kind });
      return { passage: passage.id, text: passage.text, highlight, score: round(score), citation: passage.citation, matched };
    });
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

  /**
   * The best `depth` passages, best first, reranked: a passage where the question's subject stands as a
   * subject, and one with a sentence that both matches the question and has the kind of answer it asks for
   * (a place for "where"...), goes up. In a corpus of many documents, candidates of one document are then
   * ordered with the words weighed partly by their rarity within it (document-weights.ts).
   */
  private rankTop(plan: Plan, question: string, depth: number, kind: AnswerKind | null = null): Hit[] {
    const top = this.searchTop(plan, depth);
    const subject = questionSubject(question);
    // "What did Beijing say?" is answered where China is the subject: the subject word's alternatives count.
    const subjects = subject === null ? [] : (plan.groups.find((g) => g.alternatives.includes(subject))?.alternatives ?? [subject]);
    const reacting = reactionSubject(question);
    const speakers = new Set(reacting === null ? [] : (plan.groups.find((g) => g.alternatives.includes(reacting))?.alternatives ?? [reacting]));
    // The evidence of a passage's sentences for the question, its words weighed by `groups`: a factor.
    const evidence = (hit: Hit, terms: string[][], groups: QueryGroup[]): number => {
      const totalIdf = groups.reduce((sum, g) => sum + g.idf, 0);
      let pairWeight = 0;
      for (let g = 1; g < groups.length; g++) pairWeight += Math.min(groups[g - 1]!.idf, groups[g]!.idf);
      let factor = 1;
      // A question is mostly answered by one sentence: a passage that has the question's words together in
      // one sentence answers it better than one that has them scattered.
      let together = 0;
      let dense = 0;
      for (const t of terms) {
        const score = sentenceScore(t, groups);
        together = Math.max(together, score);
        // A short sentence holding the question's words is better evidence than a long one holding them
        // among many others.
        dense = Math.max(dense, score / (1 + t.length / DENSE_LENGTH));
      }
      if (totalIdf > 0) factor *= (1 + DENSE_WEIGHT * (dense / totalIdf)) * (1 + SENTENCE_WEIGHT * (together / totalIdf));
      // An answer may run over two sentences ("... the spaceport. There, the two leaders ..."): the question's
      // words together in two neighbouring sentences count too, less.
      let neighbours = together;
      for (let i = 0; i + 1 < terms.length; i++) neighbours = Math.max(neighbours, sentenceScore([...terms[i]!, ...terms[i + 1]!], groups));
      if (totalIdf > 0) factor *= 1 + NEIGHBOUR_WEIGHT * (neighbours / totalIdf);
      // Words next to each other in the question and in the passage ("Super Bowl", "spy satellite") are a
      // phrase the passage shares, not two words it happens to hold.
      if (pairWeight > 0 && PHRASE_WEIGHT > 0) factor *= 1 + PHRASE_WEIGHT * (sharedPairs(terms, groups) / pairWeight);
      if (subjects.length > 0) {
        const inPassage = this.subjects.get(hit.passage, subjectsOf);
        if (subjects.some((t) => inPassage.has(t))) factor *= SUBJECT_BOOST;
      }
      if (speakers.size > 0 && hit.passage.sentences.some((s) => speaksIn(s.text, speakers))) factor *= SPEAKER_BOOST;
      if (kind !== null) {
        const has = this.kindsOf(hit.passage, kind);
        // The kind of answer counts where the question is: in a sentence holding as much of it as any other.
        if (together > 0 && has.some((yes, i) => yes && sentenceScore(terms[i]!, groups) >= together)) factor *= KIND_BOOST;
      }
      return factor;
    };
    const base = top.map((hit) => hit.score);
    const perDocument = new Map<string, number>();
    for (const hit of top) {
      hit.score *= evidence(hit, this.sentenceTerms.get(hit.passage, sentenceTermsOf), plan.groups);
      perDocument.set(hit.passage.doc, (perDocument.get(hit.passage.doc) ?? 0) + 1);
    }
    const mixed = new Map<string, { hits: Hit[]; global: number[]; mix: number[] }>();
    // Only passages sharing their document with another candidate are reordered (see below).
    if (this.documentCount() > 1) {
      top.forEach((hit, h) => {
        if (perDocument.get(hit.passage.doc)! < 2) return;
        const terms = this.sentenceTerms.get(hit.passage, sentenceTermsOf);
        const size = this.index.documentSize(hit.index);
        const { groups, ratio } = documentWeights(plan.groups, terms, size, (t) => this.index.bodyFrequencyInDocument(t, hit.index), this.maxIdf(), this.averageLength, BM25);
        const localScore = base[h]! * ratio * evidence(hit, terms, groups);
        let doc = mixed.get(hit.passage.doc);
        if (doc === undefined) mixed.set(hit.passage.doc, (doc = { hits: [], global: [], mix: [] }));
        doc.hits.push(hit);
        doc.global.push(hit.score);
        doc.mix.push(Math.pow(hit.score, 1 - DOCUMENT_SHARE) * Math.pow(localScore, DOCUMENT_SHARE));
      });
    }
    // Within a document its passages are ordered by the mix; its best keeps the document's best score, so
    // that which document answers is still decided by the words' weight over the whole corpus.
    for (const { hits, global, mix } of mixed.values()) {
      const scale = Math.max(...global) / Math.max(...mix);
      if (!(scale > 0) || !Number.isFinite(scale)) continue;
      hits.forEach((hit, i) => (hit.score = mix[i]! * scale));
    }
    return top.sort(byScore);
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
    const scorer = this.leanScorer(plan, slots, masks);
    if (this.pruning) {
      const top = this.index.searchTop(terms, this.scoring(plan, ['title', 'body']), depth, scorer);
      if (top !== null) return top.map((t) => this.leanHit(plan, slots, t.id, t.score, (q) => (((t.matched >> q) & 1) === 1 ? t.values[q]! : 0)));
    }
    return this.searchLean(plan, terms, slots, masks, depth, scorer);
  }

  /**
   * `relevance` and the score of the lean searches, over query terms by bit (`slots`: each group's terms,
   * `masks`: the same as bit masks): a passage's score is its BM25+ sum times its coverage of the question; 0
   * when not relevant. `factor` is the most that score can be, per unit of sum, for a passage meeting at most
   * `mask`. (The sum is not also multiplied by the number of question words met, as MiniSearch does: coverage
   * already counts them, by weight, and counting them twice favoured passages holding many common words; on
   * SQuAD dev, all articles in one corpus, first place 81.05% → 81.40%, top three 91.11% → 91.52% with the
   * neighbouring sentences and the kind rule of rankTop.)
   */
  private leanScorer(plan: Plan, slots: number[][], masks: number[]): TopScorer {
    const groupCount = plan.groups.length;
    const idfs = plan.groups.map((g) => g.idf);
    const weight = idfs.reduce((a, b) => a + b, 0);
    const specificIdf = MIN_SPECIFIC_IDF * this.maxIdf();
    const soft = plan.groups.map((g) => g.how.every((h) => h === 'person'));
    return {
      score: (_p, sum, m, inBody, values) => {
        let weightMatched = 0;
        let count = 0;
        let anchored = false;
        let specific = false;
        for (let g = 0; g < groupCount; g++) {
          if ((m & masks[g]!) === 0) continue;
          let v = 0;
          for (const q of slots[g]!) {
            if (((m >> q) & 1) === 0) continue;
            const x = values[q]!;
            if (x > v) v = x;
            if (((inBody >> q) & 1) === 1) anchored = true;
          }
          weightMatched += idfs[g]! * v;
          if (soft[g]) continue;
          count += v;
          if (v >= MATCH_PREFIX && idfs[g]! >= specificIdf) specific = true;
        }
        if (!anchored || weight === 0) return 0;
        const coverage = weightMatched / weight;
        if (coverage < MIN_IDF_COVERAGE && count / groupCount < MIN_TERM_COVERAGE && !specific) return 0;
        return sum * coverage;
      },
      // As `score` with every group met exactly in the body (a value of 1): nothing scores more.
      factor: (m) => {
        if (weight === 0) return 0;
        let weightMatched = 0;
        let count = 0;
        let specific = false;
        for (let g = 0; g < groupCount; g++) {
          if ((m & masks[g]!) === 0) continue;
          weightMatched += idfs[g]!;
          if (soft[g]) continue;
          count++;
          if (idfs[g]! >= specificIdf) specific = true;
        }
        const coverage = weightMatched / weight;
        if (coverage < MIN_IDF_COVERAGE && count / groupCount < MIN_TERM_COVERAGE && !specific) return 0;
        return Math.min(1, coverage);
      },
    };
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

  /**
   * The query's terms with their weights, and which of them may match by prefix or by typo. Word forms are
   * already one term, so prefix and typo matching only serve where the exact term fails: a word the corpus
   * does not have, or the word still being typed (a finished question ends in punctuation). Prefixes use
   * the word as typed, since a stem of an unfinished word ("malligy" → "malligi") is no prefix of anything.
   */
  private plan(question: string): Plan {
    const n = this.passages.length;
    const idfOf = (df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));
    // "they", "the two leaders": the people the corpus is about (see people.ts), as words of their own.
    const references = [...question.matchAll(PEOPLE_REFERENCE)].map((m) => m[0]);
    let asked = references.length > 0 ? question.replace(PEOPLE_REFERENCE, ' ') : question;
    if (answerKind(question) !== null) asked = asked.replace(KIND_FILLER, ' ');
    asked = asked.replace(QUESTION_FRAME, ' ');
    const words = queryTerms(asked);
    const extra = alternativesFor(words.map((w) => w.terms[0]!));
    const typing = /[\p{L}\p{N}]$/u.test(question.trim());
    const prefix = new Set<string>();
    const fuzzy = new Set<string>();
    const boost = new Map<string, number>();
    const groups: QueryGroup[] = words.map((w, i) => {
      const df = Math.max(0, ...w.terms.map((t) => this.index.bodyFrequency(t)));
      const known = w.terms.some((t) => this.index.bodyFrequency(t) > 0 || this.titleVocabulary.has(t));
      const alternatives = [...w.terms];
      const how: MatchKind[] = w.terms.map(() => 'exact');
      const last = typing && i === words.length - 1;
      // No word of news prose is longer than this; typo and prefix matching cost grows with the square of a
      // term's length, so a pasted run of characters must not get them.
      const plausible = w.raw.length <= MAX_LOOSE_TERM;
      if (plausible && ((last && w.raw.length >= 3) || (!known && w.raw.length >= 4))) {
        for (const t of w.terms) prefix.add(t);
        if (!alternatives.includes(w.raw)) {
          alternatives.push(w.raw);
          how.push('exact');
        }
        prefix.add(w.raw);
      }
      if (!known && plausible) for (const t of w.terms) if (t.length >= 5) fuzzy.add(t);
      for (const x of extra) {
        if (x.at === i && !alternatives.includes(x.term)) {
          alternatives.push(x.term);
          how.push(x.how);
        }
      }
      // The weight is the question word's own: a synonym widens what answers it, not how much it matters,
      // so an alternative rarer than the word ("Moscow" for "Russia") scores as if it had the word's idf.
      const idf = idfOf(df);
      alternatives.forEach((t, a) => {
        if (how[a] === 'exact') return;
        const own = idfOf(this.index.bodyFrequency(t));
        boost.set(t, Math.max(boost.get(t) ?? 0, Math.min(1, idf / own)));
      });
      // Words of the word's commonest senses, as sentence evidence for the rerank (see rerank.ts); phrases
      // would need a phrase match, and are left out.
      const related = commonSynonyms(w.raw, WORDNET_SENSES)
        .flatMap((x) => (x.includes(' ') ? [] : [normalizeTerm(x)]))
        .filter((t): t is string => t !== null && !alternatives.includes(t));
      return { word: w.raw, alternatives, how, df, idf, ...(related.length > 0 ? { related } : {}) };
    });
    if (references.length > 0) {
      const taken = new Set(groups.flatMap((g) => g.alternatives));
      for (const person of this.people()) {
        const alternatives = person.filter((t) => !taken.has(t));
        if (alternatives.length < person.length || alternatives.length === 0) continue;
        const df = Math.max(0, ...alternatives.map((t) => this.index.bodyFrequency(t)));
        groups.push({ word: references[0]!.toLowerCase(), alternatives, how: alternatives.map(() => 'person'), df, idf: idfOf(df) });
      }
    }
    return { groups, prefix, fuzzy, boost };
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
  private relevance(groups: QueryGroup[], value: (group: number) => number, inBody: (group: number) => boolean): number {
    let weight = 0;
    let weightMatched = 0;
    let count = 0;
    let anchored = false;
    let specific = false;
    const specificIdf = MIN_SPECIFIC_IDF * this.maxIdf();
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      const v = value(i);
      weight += g.idf;
      weightMatched += g.idf * v;
      // The people "they" stands for are a guess from the corpus: they alone never make a passage relevant.
      if (!anchored && v > 0 && inBody(i)) anchored = true;
      if (g.how.every((h) => h === 'person')) continue;
      count += v;
      if (v >= MATCH_PREFIX && g.idf >= specificIdf) specific = true;
    }
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
  /** Weights of alternatives that are not the question's own words (see plan); 1 when absent. */
  boost: Map<string, number>;
  prefix: Set<string>;
  fuzzy: Set<string>;
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

/**
 * A passage's terms, numbered, from the shared reading: its sentences' terms one after the other, which is
 * what tokenizing its text gives, since no word runs across the space between two sentences. A passage
 * whose text holds one of tokenize's multi-word rewrites ("U. S.", "N. Korea") is tokenized whole as before,
 * in case the rewrite spans two sentences. tests/search-reading.test.ts checks both ways give one index.
 * Returns the reader for one build (its term numbers are that build's).
 */
function readingTerms(reading: Reading, numberOf: (term: string) => number, wordNumber: (word: string) => number | null): (passage: Passage, index: number) => number[] {
  // Per reading term id, its number in this index (UNSEEN until met).
  let numbers = new Int32Array(1024).fill(UNSEEN);
  const ids = new IntList();
  return (passage, index) => {
    if (hasMultiWordRewrite(passage.text)) return tokenizeWith(passage.text, wordNumber);
    ids.length = 0;
    const first = reading.sentenceFirst[index]!;
    for (let k = 0; k < passage.sentences.length; k++) reading.searchTermIds(first + k, passage.sentences[k]!.text, ids);
    const out: number[] = new Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      const id = ids.data[k]!;
      if (id >= numbers.length) {
        const grown = new Int32Array(Math.max(id + 1, numbers.length * 2)).fill(UNSEEN);
        grown.set(numbers);
        numbers = grown;
      }
      let n = numbers[id]!;
      if (n === UNSEEN) numbers[id] = n = numberOf(reading.term(id));
      out[k] = n;
    }
    return out;
  };
}
const UNSEEN = -2;

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

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
