import type { LeanResults, ScoringOptions } from './postings-types.ts';
import { FIELD_BODY, FIELD_TITLE, LEAN_TERMS, LEAN_TITLE_ONLY } from './postings-types.ts';
import type { PostingsReader } from './postings-reader.ts';

/**
 * `search` without a result object per passage: the same scores from the same floating-point operations,
 * and, per query term (at most LEAN_TERMS), the best way it met each passage (see LeanResults). What the
 * ranking of a large corpus needs, where a common word touches a good share of all passages. `groups`
 * (bit masks of query terms) makes the sum's multiplier the number of groups met rather than of terms, so
 * that two words for one thing ("Moscow", "Russia") count once. Every passage holding a query term is
 * weighed: the reference `searchTop` must equal.
 */
export function searchLean(r: PostingsReader, queryTerms: readonly string[], options: ScoringOptions, groups?: readonly number[]): LeanResults {
  if (queryTerms.length > LEAN_TERMS) throw new Error(`PostingsIndex.searchLean: at most ${LEAN_TERMS} query terms, got ${queryTerms.length}`);
  const n = r.data.passageCount;
  const query = r.nextStamp();
  const lean = r.leanScratch();
  const { matched, body } = lean;
  const ids: number[] = [];
  const fieldIds = options.fields.map((f) => (f === 'title' ? FIELD_TITLE : FIELD_BODY));
  const fieldBoosts = options.fields.map((f) => options.boost[f] || 1);
  const { k, b, d } = options.bm25;
  const boostDocument = options.boostDocument;
  const { specStamp, specScore, totalStamp, totalScore } = r;
  const values: Float64Array[] = [];
  queryTerms.forEach((term, q) => {
    const value = r.leanValues(q);
    values.push(value);
    const bit = 1 << q;
    const termBoost = options.boostTerm ? options.boostTerm(term) : 1;
    const spec = r.nextStamp();
    const touched: number[] = [];
    // One index term's postings, weighted, added to this query term's results; `kind` is how it met.
    const score = (t: number, termWeight: number, kind: number): void => {
      for (let f = 0; f < fieldIds.length; f++) {
        const field = fieldIds[f]!;
        const fieldBoost = fieldBoosts[f]!;
        const met = field === FIELD_BODY ? kind : kind * LEAN_TITLE_ONLY;
        const data = r.data;
        const isBody = field === FIELD_BODY;
        const matchingFields = isBody ? data.bodyOffsets[t + 1]! - data.bodyOffsets[t]! : r.titlePassageCount(t);
        if (matchingFields === 0) continue;
        // The idf is the same for every posting, so computing it once gives the very same float.
        const invDocFreq = Math.log(1 + (n - matchingFields + 0.5) / (matchingFields + 0.5));
        const lengths = isBody ? data.bodyLengths : r.titleLengths;
        const average = isBody ? data.averageBodyLength : data.averageTitleLength;
        // One posting, scored and recorded (calcBM25Score, operation for operation); `p` holds the term `termFreq` times.
        const post = (p: number, termFreq: number): void => {
          const docBoost = boostDocument ? boostDocument(p) : 1;
          if (!docBoost) return;
          const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * lengths[p]!) / average)));
          const weightedScore = termWeight * termBoost * fieldBoost * docBoost * rawScore;
          if (specStamp[p] === spec) {
            specScore[p] = specScore[p]! + weightedScore;
            if (met > value[p]!) value[p] = met;
          } else {
            specStamp[p] = spec;
            specScore[p] = weightedScore;
            value[p] = met;
            touched.push(p);
            // The scratch's body bits are an earlier question's until this one first meets the passage: clear
            // them, or a passage this question meets only in its headline passes for one met in its body.
            if (totalStamp[p] !== query) body[p] = 0;
          }
          if (isBody) body[p] = body[p]! | bit;
        };
        if (isBody) {
          const { bodyPassages, bodyFreqs } = data;
          for (let r = data.bodyOffsets[t]!, end = data.bodyOffsets[t + 1]!; r < end; r++) post(bodyPassages[r]!, bodyFreqs[r]!);
        } else {
          // A headline posting is every passage of its group, read group by group rather than as
          // fieldPostings' list of passages (as long as the corpus for a word of many headlines). The order
          // passages are met in does not change their scores.
          const { groupPassages, groupPassageOffsets, titleGroups, titleFreqs } = data;
          for (let r = data.titleOffsets[t]!, end = data.titleOffsets[t + 1]!; r < end; r++) {
            const g = titleGroups[r]!;
            for (let x = groupPassageOffsets[g]!, last = groupPassageOffsets[g + 1]!; x < last; x++) post(groupPassages[x]!, titleFreqs[r]!);
          }
        }
      }
    };
    r.eachExpansion(term, options, score);
    for (const p of touched) {
      if (totalStamp[p] !== query) {
        totalStamp[p] = query;
        totalScore[p] = specScore[p]!;
        matched[p] = bit;
        ids.push(p);
      } else {
        totalScore[p] = totalScore[p]! + specScore[p]!;
        matched[p] = matched[p]! | bit;
      }
    }
  });
  return {
    ids,
    matched,
    body,
    values,
    sum: totalScore,
    score: (p) => {
      const m = matched[p]!;
      let count = 0;
      if (groups) {
        for (const g of groups) if ((m & g) !== 0) count++;
      } else for (let x = m; x !== 0; x &= x - 1) count++;
      return totalScore[p]! * (count || 1);
    },
    value: (p, q) => (((matched[p]! >> q) & 1) === 1 ? values[q]![p]! : 0),
    inBody: (p, q) => ((body[p]! >> q) & 1) === 1,
  };
}
