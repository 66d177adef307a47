import type { Field, IndexResult, ScoringOptions } from './postings-types.ts';
import { FIELD_BODY, FIELD_NAMES, FIELD_TITLE } from './postings-types.ts';
import type { PostingsReader } from './postings-reader.ts';

/**
 * MiniSearch's `search(terms.join(' '), options)` with OR combination: calls `each` for every matching
 * passage, in MiniSearch's result order (before its final sort), with the same score and matches.
 */
export function searchExact(r: PostingsReader, queryTerms: readonly string[], options: ScoringOptions, each: (result: IndexResult) => void): void {
  const query = r.nextStamp();
  const order: number[] = [];
  const fieldIds = options.fields.map((f) => (f === 'title' ? FIELD_TITLE : FIELD_BODY));
  const fieldBoosts = options.fields.map((f) => options.boost[f] || 1);
  for (const term of queryTerms) {
    const spec = r.nextStamp();
    const touched: number[] = [];
    const termBoost = options.boostTerm ? options.boostTerm(term) : 1;
    const score = (derived: number, weight: number): void => termResults(r, derived, weight, termBoost, fieldIds, fieldBoosts, options, query, spec, touched);
    const exact = r.dictionary.get(term);
    if (exact !== undefined) score(exact, 1);
    const prefix = options.prefix(term);
    const maxDistance = options.fuzzy(term);
    if (prefix || maxDistance) {
      const radix = r.vocabulary();
      const fuzzyMatches = maxDistance ? radix.fuzzyGet(term, maxDistance) : undefined;
      if (prefix) {
        for (const [derived, id] of radix.atPrefix(term)) {
          const distance = derived.length - term.length;
          if (!distance) continue;
          fuzzyMatches?.delete(derived);
          score(id, (options.weights.prefix * derived.length) / (derived.length + 0.3 * distance));
        }
      }
      if (fuzzyMatches) {
        for (const [derived, [id, distance]] of fuzzyMatches) {
          if (!distance) continue;
          score(id, (options.weights.fuzzy * derived.length) / (derived.length + distance));
        }
      }
    }
    // OR combination: a passage's score is the sum of its per-term sums, in query order.
    for (const p of touched) {
      if (r.totalStamp[p] !== query) {
        r.totalStamp[p] = query;
        r.totalScore[p] = r.specScore[p]!;
        r.queryTermsOf[p] = [term];
        order.push(p);
      } else {
        r.totalScore[p] = r.totalScore[p]! + r.specScore[p]!;
        r.queryTermsOf[p]!.push(term);
      }
    }
  }
  for (const p of order) {
    const terms = r.queryTermsOf[p]!;
    const match = r.matchOf[p]!;
    r.queryTermsOf[p] = undefined as never;
    r.matchOf[p] = undefined as never;
    each({ id: p, score: r.totalScore[p]! * (terms.length || 1), sum: r.totalScore[p]!, queryTerms: terms, match });
  }
}

/** MiniSearch's `termResults`: adds one index term's postings, weighted, to the current query term's results. */
function termResults(
  r: PostingsReader,
  t: number,
  termWeight: number,
  termBoost: number,
  fieldIds: readonly number[],
  fieldBoosts: readonly number[],
  options: ScoringOptions,
  query: number,
  spec: number,
  touched: number[],
): void {
  const derived = r.data.terms[t]!;
  const derivedMark = r.nextStamp();
  const { k, b, d } = options.bm25;
  const boostDocument = options.boostDocument;
  const n = r.data.passageCount;
  const { specStamp, specScore, derivedStamp, matchOf } = r;
  for (let f = 0; f < fieldIds.length; f++) {
    const field = fieldIds[f]!;
    const fieldName = FIELD_NAMES[field]!;
    const fieldBoost = fieldBoosts[f]!;
    const { passages, freqs, start, lengths, average } = fieldPostings(r, field, t);
    const matchingFields = passages.length;
    if (matchingFields === 0) continue;
    for (let j = 0; j < matchingFields; j++) {
      const p = passages[j]!;
      const docBoost = boostDocument ? boostDocument(p) : 1;
      if (!docBoost) continue;
      const termFreq = freqs[start + j]!;
      const fieldLength = lengths[p]!;
      // calcBM25Score, operation for operation.
      const invDocFreq = Math.log(1 + (n - matchingFields + 0.5) / (matchingFields + 0.5));
      const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / average)));
      const weightedScore = termWeight * termBoost * fieldBoost * docBoost * rawScore;
      if (specStamp[p] === spec) {
        specScore[p] = specScore[p]! + weightedScore;
      } else {
        specStamp[p] = spec;
        specScore[p] = weightedScore;
        touched.push(p);
      }
      let match = matchOf[p]!;
      if (derivedStamp[p]! < query) {
        // First touch of this passage in the query: a fresh match record.
        match = {};
        matchOf[p] = match;
      }
      if (derivedStamp[p] === derivedMark) match[derived]!.push(fieldName);
      else match[derived] = [fieldName];
      derivedStamp[p] = derivedMark;
    }
  }
}

/** The postings of term t in a field (headline postings expanded from groups to passages), ascending. */
function fieldPostings(r: PostingsReader, field: number, t: number): { passages: Int32Array; freqs: ArrayLike<number>; start: number; lengths: Int32Array; average: number } {
  const data = r.data;
  if (field === FIELD_BODY) {
    const start = data.bodyOffsets[t]!;
    const end = data.bodyOffsets[t + 1]!;
    return { passages: data.bodyPassages.subarray(start, end), freqs: data.bodyFreqs, start, lengths: data.bodyLengths, average: data.averageBodyLength };
  }
  const start = data.titleOffsets[t]!;
  const end = data.titleOffsets[t + 1]!;
  let count = 0;
  for (let j = start; j < end; j++) {
    const g = data.titleGroups[j]!;
    count += data.groupPassageOffsets[g + 1]! - data.groupPassageOffsets[g]!;
  }
  let passages = new Int32Array(count);
  let freqs = new Int32Array(count);
  let at = 0;
  for (let j = start; j < end; j++) {
    const g = data.titleGroups[j]!;
    for (let q = data.groupPassageOffsets[g]!; q < data.groupPassageOffsets[g + 1]!; q++) {
      passages[at] = data.groupPassages[q]!;
      freqs[at++] = data.titleFreqs[j]!;
    }
  }
  if (!r.titleOrdered) {
    // MiniSearch meets passages in ascending order; groups that interleave need sorting into it.
    const unsorted = passages;
    const unsortedFreqs = freqs;
    const byPassage = Array.from(unsorted.keys()).sort((a, b) => unsorted[a]! - unsorted[b]!);
    passages = Int32Array.from(byPassage, (j) => unsorted[j]!);
    freqs = Int32Array.from(byPassage, (j) => unsortedFreqs[j]!);
  }
  return { passages, freqs, start: 0, lengths: r.titleLengths, average: data.averageTitleLength };
}
