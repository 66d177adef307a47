import { describe, expect, it } from 'vitest';
import { WeightTally } from '../src/quotes/weight-tally.ts';

/** The plain way: a Map of running sums, then pairs sorted heaviest first, ties by id. */
function byMap(lists: readonly Int32Array[], weights: readonly number[], need: number): [number, number][] {
  const hits = new Map<number, number>();
  lists.forEach((list, k) => {
    for (const id of list) hits.set(id, (hits.get(id) ?? 0) + weights[k]!);
  });
  return [...hits.entries()].filter(([, w]) => w >= need).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/** A small deterministic generator, so a failure can be replayed. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('WeightTally', () => {
  it('ranks as a Map of sums sorted by weight then id would, call after call', () => {
    const size = 500;
    const tally = new WeightTally(size);
    const rand = lcg(7);
    for (let round = 0; round < 200; round++) {
      const k = 1 + Math.floor(rand() * 5);
      const lists: Int32Array[] = [];
      const weights: number[] = [];
      for (let j = 0; j < k; j++) {
        const ids = new Set<number>();
        const n = Math.floor(rand() * 120);
        for (let i = 0; i < n; i++) ids.add(Math.floor(rand() * size));
        lists.push(Int32Array.from([...ids].sort((a, b) => a - b)));
        weights.push(Math.log(1 + size / (1 + n)) * (rand() < 0.2 ? 0.25 : 1));
      }
      const need = weights.reduce((a, w) => a + w, 0) * 0.5 - 1e-9;
      const got = tally.ranked(lists, weights, need);
      expect([...got.ids].map((id, i) => [id, got.weights[i]])).toEqual(byMap(lists, weights, need));
    }
  });

  it('keeps equal sums in id order and leaves nothing behind for the next call', () => {
    const tally = new WeightTally(10);
    const first = tally.ranked([Int32Array.of(7, 2, 5), Int32Array.of(5)], [1, 2], 0);
    expect([...first.ids]).toEqual([5, 2, 7]);
    expect([...first.weights]).toEqual([3, 1, 1]);
    const second = tally.ranked([Int32Array.of(7)], [1], 0);
    expect([...second.ids]).toEqual([7]);
    expect([...second.weights]).toEqual([1]);
  });
});
