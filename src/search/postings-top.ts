import { topByMaxScore, WINDOW_BITS, type TopPassage, type TopScorer } from './max-score.ts';
import type { ScoringOptions } from './postings-types.ts';
import { LEAN_TERMS, LEAN_TITLE_ONLY } from './postings-types.ts';
import type { PostingsReader } from './postings-reader.ts';

/**
 * The best `depth` passages by `scorer`, exactly as weighing every passage `searchLean` touches gives them
 * (same sums, same values, same order), without weighing those that cannot be among them (see
 * max-score.ts). Null when the index cannot prune (headline groups out of passage order, document boosts,
 * more than LEAN_TERMS terms): use `searchLean`.
 */
export function searchTop(r: PostingsReader, queryTerms: readonly string[], options: ScoringOptions, depth: number, scorer: TopScorer): TopPassage[] | null {
  if (!r.titleOrdered || options.boostDocument || queryTerms.length > LEAN_TERMS || !(depth >= 1 && Number.isFinite(depth))) return null;
  const data = r.data;
  const n = data.passageCount;
  const { k, b, d } = options.bm25;
  const norms = lengthNorms(r, k, b, d);
  const windowBest: (Float64Array | null)[] = [];
  const lists = { term: [] as number[], headline: [] as number[], start: [] as number[], end: [] as number[], idf: [] as number[], weight: [] as number[], met: [] as number[], upper: [] as number[] };
  queryTerms.forEach((term, q) => {
    const termBoost = options.boostTerm ? options.boostTerm(term) : 1;
    r.eachExpansion(term, options, (t, termWeight, kind) => {
      for (const name of options.fields) {
        const isBody = name === 'body';
        const matchingFields = isBody ? data.bodyOffsets[t + 1]! - data.bodyOffsets[t]! : r.titlePassageCount(t);
        if (matchingFields === 0) continue;
        const invDocFreq = Math.log(1 + (n - matchingFields + 0.5) / (matchingFields + 0.5));
        // As searchLean's termWeight * termBoost * fieldBoost * docBoost (1), before the raw score.
        const weight = termWeight * termBoost * (options.boost[name] || 1);
        lists.term.push(q);
        lists.headline.push(isBody ? 0 : 1);
        lists.start.push(isBody ? data.bodyOffsets[t]! : data.titleOffsets[t]!);
        lists.end.push(isBody ? data.bodyOffsets[t + 1]! : data.titleOffsets[t + 1]!);
        lists.idf.push(invDocFreq);
        lists.weight.push(weight);
        lists.met.push(isBody ? kind : kind * LEAN_TITLE_ONLY);
        lists.upper.push(weight * (invDocFreq * bestBracket(r, isBody, t, norms)));
        windowBest.push(isBody ? windowBrackets(r, t, norms) : null);
      }
    });
  });
  return topByMaxScore(
    {
      passageCount: n,
      bodyPassages: data.bodyPassages,
      bodyFreqs: data.bodyFreqs,
      titleGroups: data.titleGroups,
      titleFreqs: data.titleFreqs,
      groupOf: data.groupOf,
      groupStart: data.groupPassageOffsets,
      bodyNorm: norms.body,
      titleNorm: norms.title,
      k,
      d,
    },
    {
      term: Int32Array.from(lists.term),
      headline: Uint8Array.from(lists.headline),
      start: Int32Array.from(lists.start),
      end: Int32Array.from(lists.end),
      idf: Float64Array.from(lists.idf),
      weight: Float64Array.from(lists.weight),
      met: Float64Array.from(lists.met),
      upper: Float64Array.from(lists.upper),
      windowBest,
    },
    queryTerms.length,
    depth,
    scorer,
  );
}

// Each reader's length norms for the last (k, b, d) it was searched with.
const normsOf = new WeakMap<PostingsReader, Norms>();

/** BM25's length norm k × (1 − b + b × length / mean) of each passage's body and headline, kept per (k, b). */
function lengthNorms(r: PostingsReader, k: number, b: number, d: number): Norms {
  const key = `${k} ${b} ${d}`;
  const memo = normsOf.get(r);
  if (memo?.key === key) return memo;
  const data = r.data;
  const n = data.passageCount;
  const body = new Float64Array(n);
  const title = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    body[p] = k * (1 - b + (b * data.bodyLengths[p]!) / data.averageBodyLength);
    title[p] = k * (1 - b + (b * r.titleLengths[p]!) / data.averageTitleLength);
  }
  const bodyBest = new Float64Array(data.terms.length).fill(-1);
  const titleBest = new Float64Array(data.terms.length).fill(-1);
  const norms: Norms = { key, k, d, body, title, bodyBest, titleBest, windowBest: new Map() };
  normsOf.set(r, norms);
  return norms;
}

/**
 * Per window of passages (see max-score.ts), the largest d + tf(k + 1) / (tf + norm) of term t's body
 * postings there (0 where it has none); null for a short list, where the best over all its postings serves.
 */
function windowBrackets(r: PostingsReader, t: number, norms: Norms): Float64Array | null {
  const data = r.data;
  const start = data.bodyOffsets[t]!;
  const end = data.bodyOffsets[t + 1]!;
  if (end - start < WINDOW_LIST) return null;
  let best = norms.windowBest.get(t);
  if (best !== undefined) return best;
  const { k, d } = norms;
  best = new Float64Array(((data.passageCount - 1) >> WINDOW_BITS) + 1);
  for (let r = start; r < end; r++) {
    const p = data.bodyPassages[r]!;
    const termFreq = data.bodyFreqs[r]!;
    const bracket = d + (termFreq * (k + 1)) / (termFreq + norms.body[p]!);
    const w = p >> WINDOW_BITS;
    if (bracket > best[w]!) best[w] = bracket;
  }
  if (norms.windowBest.size >= WINDOW_MEMO) norms.windowBest.clear();
  norms.windowBest.set(t, best);
  return best;
}

/** The largest d + tf(k + 1) / (tf + norm) of term t's postings in a field: its best score over its idf. */
function bestBracket(r: PostingsReader, isBody: boolean, t: number, norms: Norms): number {
  const memo = isBody ? norms.bodyBest : norms.titleBest;
  if (memo[t]! >= 0) return memo[t]!;
  const { k, d } = norms;
  const data = r.data;
  let best = 0;
  if (isBody) {
    for (let r = data.bodyOffsets[t]!, end = data.bodyOffsets[t + 1]!; r < end; r++) {
      const termFreq = data.bodyFreqs[r]!;
      const bracket = d + (termFreq * (k + 1)) / (termFreq + norms.body[data.bodyPassages[r]!]!);
      if (bracket > best) best = bracket;
    }
  } else {
    for (let r = data.titleOffsets[t]!, end = data.titleOffsets[t + 1]!; r < end; r++) {
      const termFreq = data.titleFreqs[r]!;
      const bracket = d + (termFreq * (k + 1)) / (termFreq + norms.title[data.groupPassageOffsets[data.titleGroups[r]!]!]!);
      if (bracket > best) best = bracket;
    }
  }
  memo[t] = best;
  return best;
}


interface Norms {
  key: string;
  k: number;
  d: number;
  body: Float64Array;
  title: Float64Array;
  /** Per term, its best bracket in the body and in headlines (bestBracket), -1 until worked out. */
  bodyBest: Float64Array;
  titleBest: Float64Array;
  /** Per term with a long body list, its best bracket per window (windowBrackets). */
  windowBest: Map<number, Float64Array>;
}
// A body list shorter than this is bounded by its best posting alone; longer ones per window too, for at
// most WINDOW_MEMO terms at a time.
const WINDOW_LIST = 256;
const WINDOW_MEMO = 4000;
