// Flat integer lists for the timeline's build and indexes.

/** A growable list of 32-bit integers: one allocation per doubling rather than one small array per item. */
export class Ints {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Makes room for `count` more items and counts them in, to be written through `data`. */
  reserve(count: number): void {
    if (this.length + count > this.data.length) this.grow(this.length + count);
    this.length += count;
  }

  private grow(needed: number): void {
    const next = new Int32Array(Math.max(needed, this.data.length * 2));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}

/** Where each list starts in a flat array of lists of these sizes, and where the last ends. */
export function starts(sizes: readonly number[]): Int32Array {
  const out = new Int32Array(sizes.length + 1);
  for (let i = 0; i < sizes.length; i++) out[i + 1] = out[i]! + sizes[i]!;
  return out;
}
