// The summary's passage index: passage ids to their numbers, kept in the snapshot as it is.

import type { Passage } from '../types.ts';
import { fnv1a } from '../text/hash.ts';

/**
 * Passage ids to passage numbers as an open-addressing table of `number + 1` (0 is an empty slot), hashed on
 * the id. Like a Map filled in passage order, a repeated id finds its last passage. Plain data: a snapshot
 * restores it without hashing 240,000 ids again.
 */
export function passageTable(passages: readonly Passage[]): Int32Array {
  let size = 16;
  while (size < passages.length * 2) size *= 2;
  const table = new Int32Array(size);
  const mask = size - 1;
  for (let i = 0; i < passages.length; i++) {
    const id = passages[i]!.id;
    let slot = fnv1a(id) & mask;
    while (table[slot] !== 0 && passages[table[slot]! - 1]!.id !== id) slot = (slot + 1) & mask;
    table[slot] = i + 1;
  }
  return table;
}

/** The number of the passage with this id in a `passageTable`, or undefined. */
export function passageNumber(table: Int32Array, passages: readonly Passage[], id: string): number | undefined {
  const mask = table.length - 1;
  for (let slot = fnv1a(id) & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
    const p = table[slot]! - 1;
    if (passages[p]!.id === id) return p;
  }
  return undefined;
}
