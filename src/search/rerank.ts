import type { AskMatch, Passage } from '../types.ts';
import type { AnswerKind } from './question-kind.ts';
import type { Hit } from './hits.ts';
import type { QueryGroup } from './query-plan.ts';

/**
 * What the reranking of /ask reads in a passage's sentences: how much of the question one sentence holds,
 * which of the question's word pairs it shares, which sentence to show in bold, and how each question word
 * met a result (for --json).
 */

// How a query term met a passage, as a share of a full match, for the relevance rule and the explanation.
export const MATCH_EXACT = 1;
export const MATCH_PREFIX = 0.7;
export const MATCH_TITLE_ONLY = 0.4;
// A passage with the kind of answer asked for ("where" → a place) goes up this much: enough to decide
// between passages that match about equally, not to lift one that matches much less of the question. 1.4
// rather than 1.15 once a place must be one by its preposition or noun (question-kind.ts): on SQuAD v1.1 dev
// level (A first 83.24% → 83.23%, top three 93.32% → 93.35%; B 82.37% → 82.38%, 92.12% → 92.18%), on the
// bundled article's everyday tuning questions 33 → 36 first of 45.
export const KIND_BOOST = 1.4;

/**
 * The sentence of the passage that shares the most query-term weight (idf) with the question, a sentence
 * with the kind of answer asked for (`has`) counting KIND_BOOST times as much; the earlier one on a tie, the
 * first when none shares any. Always one of `passage.sentences`, verbatim.
 */
export function bestSentence(passage: Passage, sentenceTerms: string[][], groups: QueryGroup[], has: boolean[] | null): string {
  let best = passage.sentences[0]?.text ?? passage.text;
  let bestScore = 0;
  for (let i = 0; i < passage.sentences.length; i++) {
    let score = sentenceScore(sentenceTerms[i]!, groups);
    if (has?.[i]) score *= KIND_BOOST;
    if (score > bestScore) {
      best = passage.sentences[i]!.text;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The idf weight of the query groups a sentence's terms meet (a term of four letters or more as a prefix
 * too); a group met only by a word of its WordNet senses (QueryGroup.related) counts RELATED_SHARE of it.
 */
export function sentenceScore(terms: string[], groups: QueryGroup[]): number {
  let score = 0;
  for (const g of groups) {
    const found =
      (g.solo ?? g.alternatives).some((t) => terms.some((x) => x === t || (t.length >= 4 && x.startsWith(t)))) ||
      (g.phrases !== undefined && g.phrases.some((p) => holdsPhrase(terms, p)));
    if (found) score += g.idf;
    else if (g.related !== undefined && g.related.some((t) => terms.includes(t))) score += RELATED_SHARE * g.idf;
  }
  return score;
}
// A word of the question's word's commonest WordNet senses ("doubting" for "skeptical", "military" for
// "militarily") is half the evidence the word itself is. It only weighs sentences, never finds a passage:
// as search alternatives the same words put the answer first less often on SQuAD v1.1 dev (each article alone
// 83.2% → 81.5%), as sentence evidence more often (A 83.23% → 83.58%, top three 93.35% → 93.42%; all in one
// 82.38% → 82.72%, 92.18% → 92.34%; the older tuning questions 87.5% → 89.3% first). Shares 0.3 to 1 and one
// to three senses gave the same within 0.2 points.
const RELATED_SHARE = 0.5;

/** Whether a sentence's terms hold a phrase's terms one after the other. */
function holdsPhrase(terms: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= terms.length; i++) if (phrase.every((t, j) => terms[i + j] === t)) return true;
  return false;
}

/**
 * The weight of the question's neighbouring word pairs that stand within PAIR_WINDOW terms of each other, in
 * order, in some sentence: each pair weighs the smaller idf of its two words.
 */
export function sharedPairs(sentenceTerms: string[][], groups: QueryGroup[]): number {
  let shared = 0;
  // A leader's country stands for the leader in what is said of them, not in a phrase ("the spaceport in Russia's
  // Far East" is no "spaceport" next to "Putin").
  const phrasing = (group: QueryGroup): string[] => group.alternatives.filter((_, i) => group.how[i] !== 'country for its leader');
  for (let g = 1; g < groups.length; g++) {
    const a = phrasing(groups[g - 1]!);
    const b = phrasing(groups[g]!);
    const found = sentenceTerms.some((terms) => {
      for (let i = 0; i < terms.length; i++) {
        if (!a.includes(terms[i]!)) continue;
        for (let j = i + 1; j <= i + PAIR_WINDOW && j < terms.length; j++) if (b.includes(terms[j]!)) return true;
      }
      return false;
    });
    if (found) shared += Math.min(groups[g - 1]!.idf, groups[g]!.idf);
  }
  return shared;
}
const PAIR_WINDOW = 2;

/** How each question word met a result (see AskResult.matched). */
export function explain(groups: QueryGroup[], hit: Hit): AskMatch[] {
  const out: AskMatch[] = [];
  (hit.groups ?? []).forEach(({ alternative, value }, g) => {
    const group = groups[g]!;
    if (alternative < 0 || value <= 0) return;
    let how: string = group.how[alternative]!;
    if (value <= MATCH_TITLE_ONLY) how = 'headline';
    else if (how === 'exact' && value < MATCH_EXACT) how = value >= MATCH_PREFIX ? 'prefix' : 'typo';
    out.push({ word: group.word, term: group.alternatives[alternative]!, how });
  });
  return out;
}

// The question word that asks for each kind of answer, for AskResult.matched.
export const KIND_WORD: Record<AnswerKind, string> = { place: 'where', date: 'when', 'date ahead': 'when', person: 'who', number: 'how many', duration: 'how long', reason: 'why', advice: 'should', prospect: 'could', significance: 'why it matters', name: 'called', pace: 'how fast', only: 'only' };

