/**
 * A growable list of 32-bit integers: one allocation per doubling rather than a boxed number or a small
 * array per item. `data` is read directly (its first `length` items are the list; past them is spare room).
 * A `shared` list lives in a SharedArrayBuffer, which another thread can be given without copying or moving it.
 */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(
    capacity = 1024,
    private readonly shared = false,
  ) {
    this.data = this.allocate(capacity);
  }

  private allocate(n: number): Int32Array {
    return this.shared ? new Int32Array(new SharedArrayBuffer(n * 4)) : new Int32Array(n);
  }

  /** Appends one integer. */
  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Makes room for `count` more items and counts them in, to be written through `data`. */
  reserve(count: number): void {
    if (this.length + count > this.data.length) this.grow(this.length + count);
    this.length += count;
  }

  /** The items as an array of their own, exactly `length` long. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }

  private grow(needed: number): void {
    const next = this.allocate(Math.max(needed, this.data.length * 2));
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
