/**
 * Inverse lists (`invertLists`) made when first asked for, or beforehand a part at a time between a server's
 * answers (`step`): an answer that comes while they are half made finishes them, never starts again.
 */
import { invertingLists, type FlatLists } from './packing.ts';

/** Inverse lists made on demand or in parts; the same lists either way. */
export class LazyInverse {
  private lists: FlatLists | null = null;
  private making: Generator<void, FlatLists, void> | null = null;

  constructor(private readonly make: () => Generator<void, FlatLists, void>) {}

  /** The lists, made now (or finished) if need be. */
  get(): FlatLists {
    while (!this.step());
    return this.lists!;
  }

  /** The lists if they are made already, else null (nothing is made). */
  get made(): FlatLists | null {
    return this.lists;
  }

  /** Makes one part of the lists; true once they are made. */
  step(): boolean {
    if (this.lists) return true;
    this.making ??= this.make();
    const r = this.making.next();
    if (!r.done) return false;
    this.lists = r.value;
    this.making = null;
    return true;
  }
}

/** A LazyInverse of `invertingLists(start, values, size, lengths)`. */
export function lazyInverse(start: Int32Array, values: ArrayLike<number>, size: number, lengths?: ArrayLike<number>): LazyInverse {
  return new LazyInverse(() => invertingLists(start, values, size, lengths));
}
