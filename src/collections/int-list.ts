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

/** A list of non-negative integers in 16 bits while they fit, else 32: half the memory for most lists of offsets and ids. */
export type CompactInts = Uint16Array | Int32Array;

/**
 * A growable list of non-negative integers kept in a Uint16Array until a value needs more (then, once, in an
 * Int32Array), in shared memory when `shared` (see IntList). `done` gives the list at its exact length.
 */
export class CompactIntList {
  data: CompactInts;
  length = 0;
  private max: number;

  constructor(
    capacity: number,
    private readonly shared = false,
    wide = false,
  ) {
    this.max = wide ? 0x7fffffff : 0xffff;
    this.data = this.allocate(capacity, wide);
  }

  private allocate(n: number, wide: boolean): CompactInts {
    const bytes = n * (wide ? 4 : 2);
    const buffer = this.shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
    return wide ? new Int32Array(buffer) : new Uint16Array(buffer);
  }

  /** Appends one integer (not negative). */
  push(value: number): void {
    if (value > this.max) this.widen();
    if (this.length === this.data.length) this.resize(this.length * 2 + 16, this.max !== 0xffff);
    this.data[this.length++] = value;
  }

  /**
   * The list at its exact length: the items themselves when they fill their array or nearly (an eighth
   * spare), else a copy in an array of their own, so that spare room reserved up front is not held.
   */
  done(): CompactInts {
    if (this.data.length - this.length > this.data.length >> 3) this.resize(this.length, this.max !== 0xffff);
    return this.data.length === this.length ? this.data : this.data.subarray(0, this.length);
  }

  private widen(): void {
    this.max = 0x7fffffff;
    this.resize(this.data.length, true);
  }

  private resize(capacity: number, wide: boolean): void {
    const next = this.allocate(capacity, wide);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}
