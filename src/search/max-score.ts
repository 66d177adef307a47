/**
 * The best passages of a query without weighing every passage that holds a query word: MaxScore dynamic
 * pruning (Turtle and Flood, 1995) with per-block maxima (as in block-max WAND, Ding and Suel, 2011), exact.
 *
 * Each posting list (one index term in one field, for one query term) knows the most it can add to a
 * passage's BM25+ sum, over the corpus and, for long body lists, in each window of 2,048 passages. The
 * passages are gone through window by window. In a window the body lists are ordered by the most they add
 * there; the longest run of them whose passages, holding all of that run and nothing else (whatever their
 * headline), could still not be kept is "non-essential": the caller's bound (TopScorer.factor: the score
 * per unit of sum of a passage meeting at most those query terms, 0 when the relevance rule would refuse
 * it) is below the last kept score. Only the essential lists are read, summed per passage in one pass each;
 * a passage they hold is looked up in the non-essential lists (likeliest first) only while its bound can
 * still be kept, and weighed in full only if it still can. Headline lists are short: each headline group's
 * share is summed first, exactly. As the kept score rises, fewer lists are essential and fewer passages read.
 *
 * Exactness: a passage that gets weighed gets the very sum the exhaustive search gives, from the same
 * floating-point operations in the same order (query term by query term, index term by index term, headline
 * before body), and is kept or not by the same rule (score, then lower passage number; passages come in
 * ascending order). A passage is only skipped when a bound, taken a hair above the true one, says it
 * cannot be kept. tests/search-max-score.test.ts and tests/search-large.test.ts check it against the
 * exhaustive search.
 */

/** The query's posting lists, in the order the exhaustive search adds them up. */
export interface PostingLists {
  /** The query term (its place in the query) each list stands for; a term's lists are next to each other. */
  term: Int32Array;
  /** 1 for a headline list (its postings are headline groups), 0 for a body list. */
  headline: Uint8Array;
  /** The list's postings: [start, end) of the body's passages or the headlines' groups. */
  start: Int32Array;
  end: Int32Array;
  /** Per list: its idf, its weight (term weight × term boost × field boost), how it meets (see LeanResults). */
  idf: Float64Array;
  weight: Float64Array;
  met: Float64Array;
  /** The most one of its postings adds to a passage's sum. */
  upper: Float64Array;
  /**
   * Body lists: per window of passages (WINDOW_BITS), the largest BM25 bracket (d + tf(k + 1) / (tf + norm))
   * of its postings there, 0 where it has none; the most it adds there is weight × idf × that.
   */
  windowBest: (Float64Array | null)[];
}

/** The index arrays the lists point into, and BM25's length norm per passage (k × (1 − b + b × length / mean)). */
export interface ListSource {
  passageCount: number;
  bodyPassages: Int32Array;
  bodyFreqs: ArrayLike<number>;
  titleGroups: Int32Array;
  titleFreqs: ArrayLike<number>;
  groupOf: Int32Array;
  /** First passage of each headline group (passages of a group are consecutive), and one past the last group. */
  groupStart: Int32Array;
  bodyNorm: Float64Array;
  titleNorm: Float64Array;
  k: number;
  d: number;
}

/** How the caller weighs a passage from what the lists gave it, and bounds that weight. */
export interface TopScorer {
  /**
   * A passage's score from its BM25+ sum, the query terms that met it (bit q), those met in its body, and
   * per query term how it met (values[q]); 0 or less leaves the passage out.
   */
  score(passage: number, sum: number, matched: number, body: number, values: Float64Array): number;
  /**
   * At least score / sum of any passage whose query terms are among `mask` and that holds one of them in its
   * body; 0 when no such passage can be kept at all (the score never falls as terms join the mask).
   */
  factor(mask: number): number;
}

/** A kept passage: its score, sum, query terms met (all, in the body) and how each met (by query term). */
export interface TopPassage {
  id: number;
  score: number;
  sum: number;
  matched: number;
  body: number;
  values: Float64Array;
}

// Bounds are taken this much above what they bound, so that float rounding in another order of additions
// never lets a passage that could be kept fall under the last kept score.
const SAFETY = 1 + 1e-9;

/** The best `depth` passages, best first (ties to the lower passage number), as weighing all of them finds. */
export function topByMaxScore(src: ListSource, lists: PostingLists, queryCount: number, depth: number, scorer: TopScorer): TopPassage[] {
  const count = lists.term.length;
  const n = src.passageCount;
  const { term, headline, end, idf, weight, met, upper } = lists;
  const { bodyPassages, bodyFreqs, titleGroups, titleFreqs, groupOf, groupStart, bodyNorm, titleNorm, k, d } = src;
  const k1 = k + 1;
  // Per list, for looking passages up in it: where its cursor is in its postings, the passage it is on (n
  // when done), and the end of that passage's headline group (headline lists).
  const pos = Int32Array.from(lists.start);
  const cur = new Int32Array(count);
  const groupEnd = new Int32Array(count);

  const load = (l: number): void => {
    const at = pos[l]!;
    if (at >= end[l]!) cur[l] = n;
    else if (headline[l] === 1) {
      const g = titleGroups[at]!;
      cur[l] = groupStart[g]!;
      groupEnd[l] = groupStart[g + 1]!;
    } else cur[l] = bodyPassages[at]!;
  };
  // Moves list l's cursor to the first passage at or after p (galloping: cursors only move forward).
  const seek = (l: number, p: number): void => {
    const isHeadline = headline[l] === 1;
    if (isHeadline && p < groupEnd[l]!) {
      cur[l] = p;
      return;
    }
    const lo = isHeadline ? firstAtLeast(titleGroups, pos[l]!, end[l]!, groupOf[p]!) : firstAtLeast(bodyPassages, pos[l]!, end[l]!, p);
    pos[l] = lo;
    load(l);
    if (cur[l]! < p) cur[l] = p;
  };
  // What list l's posting at its cursor adds to passage p: calcBM25Score, operation for operation.
  const value = (l: number, p: number): number => {
    const isHeadline = headline[l] === 1;
    const termFreq = isHeadline ? titleFreqs[pos[l]!]! : bodyFreqs[pos[l]!]!;
    const norm = isHeadline ? titleNorm[p]! : bodyNorm[p]!;
    return weight[l]! * (idf[l]! * (d + (termFreq * k1) / (termFreq + norm)));
  };
  for (let l = 0; l < count; l++) load(l);

  // Headlines are few and short: what each headline group gets from them (sum and query terms) is worked
  // out first, and only body lists are walked (a passage no body list holds is never relevant).
  const groupCount = groupStart.length - 1;
  const headSum = new Float64Array(groupCount);
  const headMask = new Int32Array(groupCount);
  const headlines: number[] = [];
  const bodies: number[] = [];
  for (let l = 0; l < count; l++) {
    if (headline[l] === 0) {
      bodies.push(l);
      continue;
    }
    headlines.push(l);
    for (let r = lists.start[l]!; r < end[l]!; r++) {
      const g = titleGroups[r]!;
      const termFreq = titleFreqs[r]!;
      headSum[g]! += weight[l]! * (idf[l]! * (d + (termFreq * k1) / (termFreq + titleNorm[groupStart[g]!]!)));
      headMask[g]! |= 1 << term[l]!;
    }
  }

  // In each window, the body lists by the most they add there, ascending; the first `out` of them are
  // non-essential. outUpper[j] and outMask[j] are the most and the query terms of order[0 .. j).
  const order = bodies.slice();
  const windowUpper = new Float64Array(count);
  const outUpper = new Float64Array(order.length + 1);
  const outMask = new Int32Array(order.length + 1);
  let allUpper = 0;
  const allMask = queryCount >= 31 ? 0x7fffffff : (1 << queryCount) - 1;
  for (const l of bodies) allUpper += upper[l]!;
  const scan = new Int32Array(count);
  for (const l of order) scan[l] = lists.start[l]!;

  // The scorer's factor per mask of query terms, worked out on first need.
  const factors = queryCount <= FACTOR_TABLE_BITS ? factorTable.fill(-1, 0, 1 << queryCount) : null;
  const factorMap = new Map<number, number>();
  const bound = (sum: number, mask: number): number => {
    let f: number;
    if (factors !== null) {
      f = factors[mask]!;
      if (f < 0) f = factors[mask] = scorer.factor(mask);
    } else {
      f = factorMap.get(mask) ?? -1;
      if (f < 0) factorMap.set(mask, (f = scorer.factor(mask)));
    }
    return sum * f;
  };
  const top: TopPassage[] = [];
  let threshold = 0;
  const prunable = (b: number): boolean => !(b * SAFETY > 0) || (top.length === depth && b * SAFETY < threshold);
  const partial = new Float64Array(WINDOW);
  const partialMask = new Int32Array(WINDOW);
  const held = new Int32Array(WINDOW >> 5);
  const heads: number[] = [];
  const values = new Float64Array(queryCount);
  const weighed = { sum: 0, matched: 0, body: 0 };
  let mostHead = 0;
  for (let g = 0; g < groupCount; g++) if (headSum[g]! > mostHead) mostHead = headSum[g]!;
  for (let base = 0; base < n; base += WINDOW) {
    const limit = Math.min(n, base + WINDOW);
    const w = base >> WINDOW_BITS;
    for (const l of bodies) {
      const best = lists.windowBest[l];
      windowUpper[l] = best ? weight[l]! * (idf[l]! * best[w]!) : upper[l]!;
    }
    order.sort((a, b) => windowUpper[a]! - windowUpper[b]! || a - b);
    for (let j = 0; j < order.length; j++) {
      outUpper[j + 1] = outUpper[j]! + windowUpper[order[j]!]!;
      outMask[j + 1] = outMask[j]! | (windowUpper[order[j]!]! > 0 ? 1 << term[order[j]!]! : 0);
    }
    // The window's headline groups, as the most a group with a given set of query terms gets from its headline.
    heads.length = 0;
    heads.push(0, 0);
    for (let g = groupOf[base]!, last = groupOf[limit - 1]!; g <= last; g++) {
      const m = headMask[g]!;
      if (m === 0) continue;
      let i = 0;
      while (i < heads.length && heads[i] !== m) i += 2;
      if (i === heads.length) heads.push(m, headSum[g]!);
      else if (headSum[g]! > heads[i + 1]!) heads[i + 1] = headSum[g]!;
    }
    // Non-essential in this window: lists whose passages here, holding no other list, could not be kept.
    let out = 0;
    while (out < order.length) {
      let most = 0;
      for (let i = 0; i < heads.length; i += 2) most = Math.max(most, bound(heads[i + 1]! + outUpper[out + 1]!, heads[i]! | outMask[out + 1]!));
      if (!prunable(most)) break;
      out++;
    }
    if (out === order.length) {
      // Nothing here can be kept; nothing further either if no list with any headline could be.
      if (prunable(bound(mostHead + allUpper, allMask))) break;
      continue;
    }
    // The essential lists' postings in the window, summed per passage (for bounds only).
    for (let j = out; j < order.length; j++) {
      const l = order[j]!;
      let r = scan[l]!;
      const stop = end[l]!;
      if (r < stop && bodyPassages[r]! < base) r = firstAtLeast(bodyPassages, r, stop, base);
      const lweight = weight[l]!;
      const lidf = idf[l]!;
      const bit = 1 << term[l]!;
      for (; r < stop; r++) {
        const p = bodyPassages[r]!;
        if (p >= limit) break;
        const termFreq = bodyFreqs[r]!;
        partial[p - base]! += lweight * (lidf * (d + (termFreq * k1) / (termFreq + bodyNorm[p]!)));
        const i = p - base;
        if (partialMask[i] === 0) held[i >> 5]! |= 1 << (i & 31);
        partialMask[i]! |= bit;
      }
      scan[l] = r;
    }
    // The passages they hold, in ascending order (by the bits of `held`).
    for (let word = 0; word < WINDOW >> 5; word++) {
      for (let bits = held[word]!; bits !== 0; bits &= bits - 1) {
        const i = (word << 5) + 31 - Math.clz32(bits & -bits);
        const p = base + i;
        const g = groupOf[p]!;
        let sum = partial[i]! + headSum[g]!;
        let mask = partialMask[i]! | headMask[g]!;
        partial[i] = 0;
        partialMask[i] = 0;
        // The non-essential lists, the likeliest to matter first, as long as the passage could still be kept.
        let j = out;
        if (prunable(bound(sum + outUpper[j]!, mask | outMask[j]!))) continue;
        for (; j > 0; j--) {
          const l = order[j - 1]!;
          if (cur[l]! < p) seek(l, p);
          if (cur[l] === p) {
            sum += value(l, p);
            mask |= 1 << term[l]!;
          } else if (prunable(bound(sum + outUpper[j - 1]!, mask | outMask[j - 1]!))) break;
        }
        if (j > 0) continue;
        const score = weigh(p);
        if (!(score > 0)) continue;
        if (top.length === depth && !(score > top[depth - 1]!.score)) continue;
        let at = top.length;
        // Passages come in ascending order: an equal score never displaces a kept one.
        while (at > 0 && score > top[at - 1]!.score) at--;
        top.splice(at, 0, { id: p, score, sum: weighed.sum, matched: weighed.matched, body: weighed.body, values: values.slice() });
        if (top.length > depth) top.pop();
        if (top.length === depth) threshold = top[depth - 1]!.score;
      }
      held[word] = 0;
    }
  }
  return top;

  // The passage's score from every list, the sum in the exhaustive search's order: query term by query
  // term, each term's lists in list order.
  function weigh(p: number): number {
    let sum = 0;
    let spec = 0;
    let q = -1;
    let matched = 0;
    let body = 0;
    values.fill(0);
    for (let l = 0; l < count; l++) {
      if (cur[l]! < p) seek(l, p);
      if (cur[l] !== p) continue;
      const t = term[l]!;
      if (t !== q) {
        if (q >= 0) sum += spec;
        spec = 0;
        q = t;
      }
      spec += value(l, p);
      matched |= 1 << t;
      if (headline[l] === 0) body |= 1 << t;
      if (met[l]! > values[t]!) values[t] = met[l]!;
    }
    if (q >= 0) sum += spec;
    weighed.sum = sum;
    weighed.matched = matched;
    weighed.body = body;
    return scorer.score(p, sum, matched, body, values);
  }
}

// Passages are visited window by window: the essential lists' postings of a window are summed in one pass
// each, and which lists are essential is decided per window from the headlines its passages have.
export const WINDOW_BITS = 11;
// Up to this many query terms, the scorer's factors are kept in a table by mask (8,192 entries at 13).
const FACTOR_TABLE_BITS = 16;
// One table for every search (searches run one at a time), so that a query does not allocate it.
const factorTable = new Float64Array(1 << FACTOR_TABLE_BITS);
const WINDOW = 1 << WINDOW_BITS;

/** The first index in the ascending keys[from .. to) holding at least `key` (galloping from `from`), or `to`. */
function firstAtLeast(keys: Int32Array, from: number, to: number, key: number): number {
  let lo = from;
  let step = 1;
  while (lo + step < to && keys[lo + step]! < key) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, to);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
