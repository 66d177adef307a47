import type { Passage } from '../types.ts';

/** A passage found for a question, with its score, and for a result how each question word met it. */
export interface Hit {
  index: number;
  passage: Passage;
  score: number;
  /** For a result: per query group, which alternative met the passage best (-1 none) and how well. */
  groups?: { alternative: number; value: number }[];
}

/** Best first; on a tie the lower passage number first. */
export function byScore(a: Hit, b: Hit): number {
  return b.score - a.score || a.index - b.index;
}

/** The best `n` hits, best first, without sorting them all. */
export function selectTop(hits: Hit[], n: number): Hit[] {
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

/**
 * The hits of a second search (`again`), except that the first search's best `keep` hold their places among
 * themselves in the first search's order: a second chance brings passages in and may put them before the first
 * search's best, but does not reorder those the question's own words ranked.
 */
export function secondChance(first: Hit[], again: Hit[], keep: number): Hit[] {
  const best = first.slice(0, keep);
  const known = new Set(best.map((h) => h.index));
  const found = new Set(again.map((h) => h.index));
  // The first search's best, in its order, take the places the second gave any of them.
  const rest = best.filter((h) => found.has(h.index));
  let r = 0;
  return again.map((h) => (known.has(h.index) ? rest[r++]! : h));
}

/**
 * The hits with the third place given to a passage that meets the question otherwise, when the third meets it
 * no otherwise than the first two: of the next `depth - 3`, the best whose `met` has something the first two's
 * lack, if it scores at least `share` of the third. The first two places never change. Where several passages
 * repeat what the best one says ("Kim" and "Russia" in three passages), a passage holding another of the
 * question's words ("ammo": "ammunition") is shown rather than a third saying the same.
 */
export function novelThird(hits: Hit[], met: (hit: Hit) => Set<string>, share: number, depth: number): Hit[] {
  if (hits.length < 4) return hits;
  const seen = new Set([...met(hits[0]!), ...met(hits[1]!)]);
  const novel = (h: Hit): boolean => [...met(h)].some((m) => !seen.has(m));
  if (novel(hits[2]!)) return hits;
  const floor = share * hits[2]!.score;
  for (let at = 3; at < Math.min(depth, hits.length); at++) {
    const h = hits[at]!;
    if (h.score < floor) break;
    if (novel(h)) return [hits[0]!, hits[1]!, h, ...hits.slice(2, at), ...hits.slice(at + 1)];
  }
  return hits;
}

/** Values worked out per passage on first need; forgotten all at once past MEMO_SIZE, so memory stays bounded. */
export class PassageMemo<T> {
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
