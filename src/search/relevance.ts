import type { TopScorer } from './postings.ts';
import type { Plan, QueryGroup } from './query-plan.ts';
import type { MatchKind } from './lexicon.ts';
import { MATCH_PREFIX } from './rerank.ts';

/**
 * The relevance rule: when a passage is about a question at all, and how much of it it covers. The lean
 * searches score with the same rule over query terms by bit (`leanScorer`).
 */

// The relevance rule, see `relevance`.
const MIN_IDF_COVERAGE = 1 / 3;
const MIN_TERM_COVERAGE = 0.5;
const MIN_SPECIFIC_IDF = 0.5;

/**
 * How much of the question a passage answers: its idf-weighted coverage of the query's words, or 0 when
 * the passage is not about the question. The rule: at least one query word is found in the passage body
 * (exactly after normalising, by prefix, or by a typo for a word the corpus lacks), and the words it
 * matches (1) carry at least MIN_IDF_COVERAGE of the query's idf weight, or (2) are at least
 * MIN_TERM_COVERAGE of its words, or (3) include a specific word: one whose idf is at least
 * MIN_SPECIFIC_IDF of the highest possible (a word only a few passages hold). A word the corpus lacks
 * weighs the most, so a question about other things ("the capital of France", "a chocolate cake recipe")
 * is not answered by the corpus's common words, while "What is Russia short of?" is still answered by
 * the passages about Russia; a question lacking several words is measured on those the corpus has too (see
 * `covers`).
 */
export function relevance(groups: QueryGroup[], value: (group: number) => number, inBody: (group: number) => boolean, maxIdf: number): number {
  let weight = 0;
  let weightMatched = 0;
  let count = 0;
  let anchored = false;
  let specific = false;
  const specificIdf = MIN_SPECIFIC_IDF * maxIdf;
  const absent = absentShare(groups);
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
  if (!covers(weightMatched, weight, count, groups.length, specific, absent)) return 0;
  return weightMatched / weight;
}

/** The weight and number of the groups no alternative of which the corpus has (QueryGroup.absent). */
function absentShare(groups: readonly QueryGroup[]): { weight: number; count: number } {
  let weight = 0;
  let count = 0;
  for (const g of groups) {
    if (!g.absent) continue;
    weight += g.idf;
    count++;
  }
  return { weight, count };
}

/**
 * The relevance rule's test, on the weight and number of question words a passage meets (`count` leaves out
 * the people "they" stands for) out of `weight` and `groups`. A word the corpus lacks weighs the most, so a
 * question about other things is refused; but a question in everyday words ("Who else is the North getting
 * cozy with?") may lack several and still be about what the corpus says: when the passage meets a word of the
 * question other than "they", the test is passed too by the same shares of the words the corpus has. On the
 * bundled article's second set of everyday tuning questions (eval/questions/bundled-tuning2.json) refusals
 * 1 → 0 of 30, top three 23 → 24 (first 19, unchanged; the first set unchanged); SQuAD v1.1 dev, each
 * article alone, first 83.52% → 83.57%, top three 93.45% → 93.66%, refusals 0.09% → 0.04%; all in one 82.89%
 * (unchanged), 92.42% → 92.44%, 0.03% → 0.02%.
 */
function covers(weightMatched: number, weight: number, count: number, groups: number, specific: boolean, absent: { weight: number; count: number }): boolean {
  if (specific || weightMatched / weight >= MIN_IDF_COVERAGE || count / groups >= MIN_TERM_COVERAGE) return true;
  if (count === 0 || absent.count === 0 || absent.count >= groups) return false;
  return weightMatched / (weight - absent.weight) >= MIN_IDF_COVERAGE || count / (groups - absent.count) >= MIN_TERM_COVERAGE;
}

/**
 * `relevance` and the score of the lean searches, over query terms by bit (`slots`: each group's terms,
 * `masks`: the same as bit masks): a passage's score is its BM25+ sum times its coverage of the question; 0
 * when not relevant. `factor` is the most that score can be, per unit of sum, for a passage meeting at most
 * `mask`. (The sum is not also multiplied by the number of question words met, as MiniSearch does: coverage
 * already counts them, by weight, and counting them twice favoured passages holding many common words; on
 * SQuAD dev, all articles in one corpus, first place 81.05% → 81.40%, top three 91.11% → 91.52% with the
 * neighbouring sentences and the kind rule of the rerank, rank-top.ts.)
 */
export function leanScorer(plan: Plan, slots: number[][], masks: number[], maxIdf: number, terms: readonly string[] = []): TopScorer {
  const groupCount = plan.groups.length;
  // A second chance's neighbour counts for less than a full match (Plan.credit).
  const credit = terms.map((t) => plan.credit?.get(t) ?? 1);
  const idfs = plan.groups.map((g) => g.idf);
  const weight = idfs.reduce((a, b) => a + b, 0);
  const specificIdf = MIN_SPECIFIC_IDF * maxIdf;
  const soft = plan.groups.map((g) => g.how.every((h) => h === 'person'));
  const absent = absentShare(plan.groups);
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
          const x = values[q]! * (credit[q] ?? 1);
          if (x > v) v = x;
          if (((inBody >> q) & 1) === 1) anchored = true;
        }
        weightMatched += idfs[g]! * v;
        if (soft[g]) continue;
        count += v;
        if (v >= MATCH_PREFIX && idfs[g]! >= specificIdf) specific = true;
      }
      if (!anchored || weight === 0) return 0;
      if (!covers(weightMatched, weight, count, groupCount, specific, absent)) return 0;
      return sum * (weightMatched / weight);
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
      if (!covers(weightMatched, weight, count, groupCount, specific, absent)) return 0;
      return Math.min(1, weightMatched / weight);
    },
  };
}

/** The idf of a term no passage of `passageCount` holds: the most a term can weigh. */
export function maxIdfOf(passageCount: number): number {
  return Math.log(1 + (passageCount + 0.5) / 0.5);
}

// How a question word is met by what means something like it, not by itself or the same thing's other name
// (a capital, a people, a typo of it): such a meeting says what the word may mean, not that the corpus has it.
const BY_MEANING: ReadonlySet<MatchKind> = new Set<MatchKind>([
  'synonym', 'wordnet synonym', 'wordnet derived', 'wordnet hypernym', 'wordnet similar', 'wordnet verb group', 'wordnet entailment',
  'wordnet pertainym', 'wordnet opposite', 'wordnet neighbour synonym', 'wordnet neighbour derived', 'near synonym', 'person',
]);

/**
 * Whether a question is about something else than the corpus though its candidates meet it: most of its words
 * (more than half, leaving out the people "they" stands for) are words the corpus lacks, and no candidate meets a word
 * of the question itself (nor its name for the same thing, a typo or the start of it), only what its other words
 * mean: "is smoking allowed on trains" ("allowed": "ban"), "why is my cat cozying up to the dog" ("cozying up":
 * "ties"). `matched` is each candidate's matches (rerank.ts, explain). "r ppl worried abt this" (people lacking,
 * "worried" met by "concerns") lacks no more than half and is still answered.
 */
export function aboutSomethingElse(groups: readonly QueryGroup[], matched: readonly (readonly { how: string }[])[]): boolean {
  const words = groups.filter((g) => !g.how.every((h) => h === 'person'));
  if (2 * words.filter((g) => g.absent).length <= words.length) return false;
  // A candidate whose matches are not told (the reference search's) is taken to meet the question's own words.
  return !matched.some((m) => m.length === 0 || m.some((x) => !BY_MEANING.has(x.how as MatchKind)));
}
