/**
 * Summing word weights per quote over posting lists, in typed arrays kept between calls: at 10,000 articles a
 * common word's list holds tens of thousands of quotes, and a Map of running sums (then an array of pairs
 * sorted with a comparator) was most of a who-said answer's time.
 */
import type { SmallInts } from '../engine/packing.ts';

/** Ids with their summed weights, heaviest first, equal weights in id order. */
export interface Ranked {
  ids: Int32Array;
  weights: Float64Array;
}

/** Running sums over ids 0..size-1, cleared after each ranking so one tally serves every call. */
export class WeightTally {
  private readonly sums: Float64Array;
  private readonly seen: Uint8Array;
  private readonly touched: Int32Array;

  constructor(size: number) {
    this.sums = new Float64Array(size);
    this.seen = new Uint8Array(size);
    this.touched = new Int32Array(size);
  }

  /**
   * The ids on any of `lists` whose weights (list k adds `weights[k]`, added in list order) sum to at least
   * `need`, heaviest first and equal sums in id order.
   */
  ranked(lists: readonly SmallInts[], weights: readonly number[], need: number): Ranked {
    const { sums, seen, touched } = this;
    let count = 0;
    for (let k = 0; k < lists.length; k++) {
      const list = lists[k]!;
      const w = weights[k]!;
      for (let i = 0; i < list.length; i++) {
        const id = list[i]!;
        if (seen[id] === 0) {
          seen[id] = 1;
          touched[count++] = id;
        }
        sums[id] = sums[id]! + w;
      }
    }
    try {
      const kept: number[] = [];
      for (let i = 0; i < count; i++) if (sums[touched[i]!]! >= need) kept.push(touched[i]!);
      return orderByWeight(Int32Array.from(kept).sort(), sums);
    } finally {
      // Cleared for the next call, whatever happened in this one.
      for (let i = 0; i < count; i++) {
        sums[touched[i]!] = 0;
        seen[touched[i]!] = 0;
      }
    }
  }
}

/**
 * Ids in id order, heaviest first, equal weights keeping their order. Sums of a few word weights take few
 * distinct values, so the ids are dealt into one run per weight rather than sorted by a comparator.
 */
function orderByWeight(ids: Int32Array, sums: Float64Array): Ranked {
  const runSize = new Map<number, number>();
  for (let i = 0; i < ids.length; i++) {
    const w = sums[ids[i]!]!;
    runSize.set(w, (runSize.get(w) ?? 0) + 1);
  }
  const runStart = new Map<number, number>();
  let at = 0;
  for (const w of [...runSize.keys()].sort((a, b) => b - a)) {
    runStart.set(w, at);
    at += runSize.get(w)!;
  }
  const outIds = new Int32Array(ids.length);
  const outWeights = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const w = sums[ids[i]!]!;
    const k = runStart.get(w)!;
    runStart.set(w, k + 1);
    outIds[k] = ids[i]!;
    outWeights[k] = w;
  }
  return { ids: outIds, weights: outWeights };
}
