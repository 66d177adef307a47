/**
 * Compact plain data for snapshots: lists of numbers as one flat array with offsets, integers in the
 * smallest typed array that holds them, many strings as one, and the inverse of lists by a counting pass.
 * A snapshot of a quarter of a million passages is read back fast only when it is a few large arrays
 * rather than millions of small ones.
 */

/** Lists of numbers as one flat array: list i is `values[start[i]] .. values[start[i + 1] - 1]`. */
export interface FlatLists {
  start: Int32Array;
  values: SmallInts;
}

/** Packs lists of numbers into one flat array with offsets (plain data, cheap to copy and restore). */
export function flattenLists(lists: readonly (readonly number[])[]): FlatLists {
  const start = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((l, i) => {
    start[i] = total;
    total += l.length;
  });
  start[lists.length] = total;
  const values = new Int32Array(total);
  lists.forEach((l, i) => values.set(l, start[i]!));
  return { start, values };
}

/** List i of packed lists, as a view (no copy). */
export function listAt(lists: FlatLists, i: number): SmallInts {
  return lists.values.subarray(lists.start[i]!, lists.start[i + 1]!);
}

/** Integers in the smallest typed array that holds them all. */
export type SmallInts = Uint8Array | Uint16Array | Int32Array;

/** `values` in a Uint8Array or Uint16Array when all are small enough and not negative, else an Int32Array. */
export function smallestInts(values: ArrayLike<number>, length = values.length): SmallInts {
  let min = 0;
  let max = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const out = min < 0 || max > 0xffff ? new Int32Array(length) : max > 0xff ? new Uint16Array(length) : new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = values[i]!;
  return out;
}

/** Lists of numbers, compact: list i has `lengths[i]` values, following the lists before it in `values`. */
export interface PackedLists {
  lengths: SmallInts;
  values: SmallInts;
}

/** The lengths of packed lists, as their start offsets (`lengths.length + 1` of them). */
export function startsOf(lengths: ArrayLike<number>): Int32Array {
  const start = new Int32Array(lengths.length + 1);
  let total = 0;
  for (let i = 0; i < lengths.length; i++) {
    start[i] = total;
    total += lengths[i]!;
  }
  start[lengths.length] = total;
  return start;
}

/** The lengths of lists given by their start offsets, and their values, each in the smallest typed array. */
export function packLists(start: Int32Array, values: ArrayLike<number>): PackedLists {
  const n = start.length - 1;
  const lengths = new Int32Array(Math.max(0, n));
  for (let i = 0; i < n; i++) lengths[i] = start[i + 1]! - start[i]!;
  return { lengths: smallestInts(lengths), values: smallestInts(values, n >= 0 ? start[n]! : 0) };
}

/** Packed lists as FlatLists (the values as they are: no copy). */
export function unpackLists(packed: PackedLists): FlatLists {
  const start = startsOf(packed.lengths);
  if (start[start.length - 1] !== packed.values.length) throw new Error(`Packed lists hold ${packed.values.length} values, but their lengths add up to ${start[start.length - 1]}.`);
  return { start, values: packed.values };
}

/** Strings as one: `text` is them all joined, `lengths[i]` the length of string i. */
export interface PackedStrings {
  text: string;
  lengths: SmallInts;
}

/** Many strings as one string and their lengths: one string deserializes much faster than thousands. */
export function packStrings(list: readonly string[]): PackedStrings {
  return { text: list.join(''), lengths: smallestInts(list.map((s) => s.length)) };
}

/** The strings of `packStrings`, again. */
export function unpackStrings(packed: PackedStrings): string[] {
  const out = new Array<string>(packed.lengths.length);
  let at = 0;
  for (let i = 0; i < out.length; i++) {
    const end = at + packed.lengths[i]!;
    out[i] = packed.text.slice(at, end);
    at = end;
  }
  if (at !== packed.text.length) throw new Error(`Packed strings hold ${packed.text.length} characters, but their lengths add up to ${at}.`);
  return out;
}

/**
 * For each list i of `start`/`values` (values below `size`), the lists holding each value, in list order and
 * each once: the inverse of the lists, by a counting pass (no array per value). With `lengths` (the lengths
 * of the inverse lists, as `invertedLengths` gives them) the counting pass is skipped, and the lengths checked.
 */
export function invertLists(start: Int32Array, values: ArrayLike<number>, size: number, lengths?: ArrayLike<number>): FlatLists {
  const inverting = invertingLists(start, values, size, lengths, Infinity);
  for (;;) {
    const r = inverting.next();
    if (r.done) return r.value;
  }
}

/**
 * `invertLists` a part at a time: each `next()` reads about `step` values, and the last one returns the very
 * lists `invertLists` makes. For making large inverse lists between a server's answers, not all at once.
 */
export function* invertingLists(start: Int32Array, values: ArrayLike<number>, size: number, lengths?: ArrayLike<number>, step = 1 << 18): Generator<void, FlatLists, void> {
  const lists = start.length - 1;
  let counts = lengths;
  if (!counts) {
    const counting = { counts: new Int32Array(size), last: new Int32Array(size).fill(-1) };
    for (let i = 0; i < lists; ) {
      const to = partEnd(start, i, step);
      countValues(start, values, size, counting, i, to);
      i = to;
      if (i < lists) yield;
    }
    counts = counting.counts;
  }
  const postStart = startsOf(counts);
  if (postStart.length !== size + 1) throw new Error(`Inverted lists for ${size} values were given ${postStart.length - 1} lengths.`);
  const filling = { posts: new Int32Array(postStart[size]!), fill: postStart.slice(0, size), last: new Int32Array(size).fill(-1) };
  for (let i = 0; i < lists; ) {
    const to = partEnd(start, i, step);
    fillPosts(start, values, filling, i, to);
    i = to;
    if (i < lists) yield;
  }
  const { fill, posts } = filling;
  for (let w = 0; w < size; w++) {
    if (fill[w] !== postStart[w + 1]) throw new Error(`Value ${w} is in ${fill[w]! - postStart[w]!} lists, but ${postStart[w + 1]! - postStart[w]!} were expected.`);
  }
  return { start: postStart, values: posts };
}

/** The list after `from` where the values from list `from` on first number `step` or more (at least one list on). */
function partEnd(start: Int32Array, from: number, step: number): number {
  const lists = start.length - 1;
  if (step === Infinity) return lists;
  const until = start[from]! + step;
  let to = from + 1;
  while (to < lists && start[to]! < until) to++;
  return to;
}

/** Counts lists from..to-1 into `counts`, each value once a list (`last`: the list a value was last counted in). */
function countValues(start: Int32Array, values: ArrayLike<number>, size: number, c: { counts: Int32Array; last: Int32Array }, from: number, to: number): void {
  const { counts, last } = c;
  for (let i = from; i < to; i++) {
    for (let k = start[i]!, end = start[i + 1]!; k < end; k++) {
      const w = values[k]!;
      if (w >= size) throw new Error(`Lists hold value ${w}, but values are below ${size}.`);
      if (last[w] !== i) {
        last[w] = i;
        counts[w]!++;
      }
    }
  }
}

/** Writes lists from..to-1 into their values' inverse lists at `fill`, each once a list. */
function fillPosts(start: Int32Array, values: ArrayLike<number>, f: { posts: Int32Array; fill: Int32Array; last: Int32Array }, from: number, to: number): void {
  const { posts, fill, last } = f;
  for (let i = from; i < to; i++) {
    for (let k = start[i]!, end = start[i + 1]!; k < end; k++) {
      const w = values[k]!;
      if (last[w] !== i) {
        last[w] = i;
        posts[fill[w]!++] = i;
      }
    }
  }
}

/** How many of the lists `start`/`values` hold each value below `size` (the lengths of `invertLists`). */
export function invertedLengths(start: Int32Array, values: ArrayLike<number>, size: number): Int32Array {
  const counting = { counts: new Int32Array(size), last: new Int32Array(size).fill(-1) };
  countValues(start, values, size, counting, 0, start.length - 1);
  return counting.counts;
}

/** Inverted lists' lengths, compact. */
export function packedLengths(lists: FlatLists): SmallInts {
  const n = lists.start.length - 1;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = lists.start[i + 1]! - lists.start[i]!;
  return smallestInts(out);
}
