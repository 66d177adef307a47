import type { PostingsInput, PostingsSnapshot } from './postings-types.ts';

const SIZE_SAMPLE = 2000;

/**
 * (unit, term, frequency) triples, one per distinct term of each unit (a passage body, a headline), in
 * growable typed arrays, so that millions of postings need no JS array.
 */
class Pairs {
  units = new Int32Array(1 << 16);
  terms = new Int32Array(1 << 16);
  freqs = new Int32Array(1 << 16);
  length = 0;
  // Per term: the unit it was last counted for, and where its triple is.
  private seen = new Int32Array(1024).fill(-1);
  private slot = new Int32Array(1024);

  /** Adds a unit's terms (term numbers, in order); returns how many distinct terms it has. */
  add(unit: number, ids: Int32Array, n: number, termCount: number): number {
    if (this.length + n > this.units.length) this.grow(this.length + n);
    if (termCount > this.seen.length) {
      const size = Math.max(termCount, this.seen.length * 2);
      const seen = new Int32Array(size).fill(-1);
      seen.set(this.seen);
      this.seen = seen;
      const slot = new Int32Array(size);
      slot.set(this.slot);
      this.slot = slot;
    }
    const { seen, slot, units, terms, freqs } = this;
    const start = this.length;
    let at = start;
    for (let j = 0; j < n; j++) {
      const id = ids[j]!;
      if (seen[id] !== unit) {
        seen[id] = unit;
        slot[id] = at;
        units[at] = unit;
        terms[at] = id;
        freqs[at] = 1;
        at++;
      } else freqs[slot[id]!]!++;
    }
    this.length = at;
    return at - start;
  }

  /** Makes room for `size` triples in all. */
  reserve(size: number): void {
    if (size > this.units.length) this.grow(size);
  }

  private grow(need: number): void {
    const size = Math.max(need, this.units.length * 2);
    for (const key of ['units', 'terms', 'freqs'] as const) {
      const grown = new Int32Array(size);
      grown.set(this[key].subarray(0, this.length));
      this[key] = grown;
    }
  }
}

/** Postings grouped by term, units ascending, from triples listed unit by unit. */
function invert(termCount: number, pairs: Pairs): { offsets: Int32Array; units: Int32Array; freqs: Uint16Array | Int32Array } {
  const { units, terms, freqs: pairFreqs, length } = pairs;
  const offsets = new Int32Array(termCount + 1);
  for (let i = 0; i < length; i++) offsets[terms[i]! + 1]!++;
  for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!;
  const fill = offsets.slice(0, termCount);
  const out = new Int32Array(length);
  let maxFreq = 0;
  for (let i = 0; i < length; i++) if (pairFreqs[i]! > maxFreq) maxFreq = pairFreqs[i]!;
  const freqs = maxFreq <= 0xffff ? new Uint16Array(length) : new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const slot = fill[terms[i]!]!++;
    out[slot] = units[i]!;
    freqs[slot] = pairFreqs[i]!;
  }
  return { offsets, units: out, freqs };
}

/** Indexes the passages: vocabulary in MiniSearch's insertion order, postings by term, field lengths. */
export function buildPostings(input: PostingsInput): PostingsSnapshot {
  const { passageCount: n, groupOf, groupTitles } = input;
  const terms: string[] = [];
  // Caller's term number → term number here (in MiniSearch's vocabulary order), or -1 while unseen.
  let renumber = new Int32Array(1024).fill(-1);
  const idOf = (term: number): number => {
    if (term >= renumber.length) {
      const grown = new Int32Array(Math.max(term + 1, renumber.length * 2)).fill(-1);
      grown.set(renumber);
      renumber = grown;
    }
    let id = renumber[term]!;
    if (id < 0) {
      id = terms.length;
      renumber[term] = id;
      terms.push(input.termText(term));
    }
    return id;
  };
  let ids = new Int32Array(256);
  const toIds = (list: readonly number[]): number => {
    if (list.length > ids.length) ids = new Int32Array(list.length * 2);
    for (let j = 0; j < list.length; j++) ids[j] = idOf(list[j]!);
    return list.length;
  };

  const groupCount = groupTitles.length;
  const groupDone = new Uint8Array(groupCount);
  const bodyLengths = new Int32Array(n);
  const titleLengths = new Int32Array(groupCount);
  const bodyPairs = new Pairs();
  const titlePairs = new Pairs();
  let groupsSeen = 0;
  for (let i = 0; i < n; i++) {
    // MiniSearch adds the headline field before the body, so a headline's terms enter the vocabulary first.
    const g = groupOf[i]!;
    if (groupDone[g] === 0) {
      if (g !== groupsSeen) throw new Error(`PostingsIndex: headline groups must be numbered in order of their first passage (passage ${i} has group ${g}, expected ${groupsSeen})`);
      groupDone[g] = 1;
      groupsSeen++;
      const count = toIds(groupTitles[g]!);
      titleLengths[g] = titlePairs.add(g, ids, count, terms.length);
    }
    const count = toIds(input.bodyTerms(i));
    bodyLengths[i] = bodyPairs.add(i, ids, count, terms.length);
    // Doubling hundreds of megabytes costs more than the copies: size for the whole corpus from a sample.
    if (i === SIZE_SAMPLE && n > 2 * SIZE_SAMPLE) bodyPairs.reserve(Math.ceil((bodyPairs.length / (i + 1)) * n * 1.05));
  }
  if (groupsSeen !== groupCount) throw new Error(`PostingsIndex: ${groupCount - groupsSeen} headline groups have no passage`);

  const body = invert(terms.length, bodyPairs);
  const title = invert(terms.length, titlePairs);
  // Groups' headline terms are the title triples, unit by unit.
  const groupTerms = titlePairs.terms.slice(0, titlePairs.length);
  const groupTermOffsets = new Int32Array(groupCount + 1);
  for (let g = 0; g < groupCount; g++) groupTermOffsets[g + 1] = groupTermOffsets[g]! + titleLengths[g]!;

  const groupPassageOffsets = new Int32Array(groupCount + 1);
  for (let i = 0; i < n; i++) groupPassageOffsets[groupOf[i]! + 1]!++;
  for (let g = 0; g < groupCount; g++) groupPassageOffsets[g + 1]! += groupPassageOffsets[g]!;
  const fill = groupPassageOffsets.slice(0, groupCount);
  const groupPassages = new Int32Array(n);
  for (let i = 0; i < n; i++) groupPassages[fill[groupOf[i]!]!++] = i;

  // MiniSearch keeps a running mean, updated document by document; the same steps give the same float.
  let averageTitleLength = 0;
  let averageBodyLength = 0;
  for (let i = 0; i < n; i++) {
    averageTitleLength = (averageTitleLength * i + titleLengths[groupOf[i]!]!) / (i + 1);
    averageBodyLength = (averageBodyLength * i + bodyLengths[i]!) / (i + 1);
  }
  return {
    terms,
    passageCount: n,
    bodyOffsets: body.offsets,
    bodyPassages: body.units,
    bodyFreqs: body.freqs,
    bodyLengths,
    titleOffsets: title.offsets,
    titleGroups: title.units,
    titleFreqs: title.freqs,
    groupOf,
    groupPassageOffsets,
    groupPassages,
    groupTermOffsets,
    groupTerms,
    averageBodyLength,
    averageTitleLength,
  };
}
