// Numbers for the distinct spellings of words, handed out in order of first sight, looked up without making a
// string of the word: the reading (reading.ts) numbers every word of the corpus through it.

/** Numbers per slot, and characters kept in the slot itself. */
const SLOT = 8;
const INLINE = 8;
const EMPTY = -1;

/**
 * Spelling ids for spans of text. An open-addressing table, 8 numbers a slot: the hash, the id, the length,
 * where characters past the 8th start in `chars`, and the first 8 characters two to a number. Most words fit
 * in their slot, so a look-up reads one cache line and compares character codes rather than chasing a
 * string; a known word costs no substring and no Map look-up.
 */
export class SpellingTable {
  /** The spellings, by id. */
  readonly spellings: string[] = [];
  private mask = (1 << 12) - 1;
  private slots = SpellingTable.emptySlots(this.mask + 1);
  private chars = new Uint16Array(1 << 12);
  private charCount = 0;

  private static emptySlots(n: number): Int32Array {
    const slots = new Int32Array(n * SLOT);
    for (let i = 1; i < slots.length; i += SLOT) slots[i] = EMPTY;
    return slots;
  }

  /** How many distinct spellings were seen. */
  get size(): number {
    return this.spellings.length;
  }

  /** The id of the spelling `source[from..to)`, whose FNV-1a hash (text/hash.ts) is `h`; made on first sight. */
  id(source: string, from: number, to: number, h: number): number {
    const len = to - from;
    const { mask, slots, chars } = this;
    let slot = h & mask;
    for (;;) {
      const at = slot * SLOT;
      const id = slots[at + 1]!;
      if (id === EMPTY) break;
      if (slots[at] === h && slots[at + 2] === len) {
        // The inline characters two at a time, as they are packed; an odd last one alone.
        let k = 0;
        const inline = len < INLINE ? len : INLINE;
        while (k + 1 < inline && slots[at + 4 + (k >> 1)] === (source.charCodeAt(from + k) | (source.charCodeAt(from + k + 1) << 16))) k += 2;
        if (k + 1 === inline && (slots[at + 4 + (k >> 1)]! & 0xffff) === source.charCodeAt(from + k)) k++;
        if (k === inline) {
          const rest = slots[at + 3]! - INLINE;
          while (k < len && chars[rest + k] === source.charCodeAt(from + k)) k++;
          if (k === len) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    const id = this.spellings.length;
    this.spellings.push(source.slice(from, to));
    this.remember(slot, h, id, source, from, to);
    return id;
  }

  private remember(slot: number, h: number, id: number, source: string, from: number, to: number): void {
    const len = to - from;
    const at = slot * SLOT;
    const { slots } = this;
    slots[at] = h;
    slots[at + 1] = id;
    slots[at + 2] = len;
    for (let k = 0; k < len && k < INLINE; k++) slots[at + 4 + (k >> 1)]! |= source.charCodeAt(from + k) << ((k & 1) << 4);
    if (len > INLINE) {
      const extra = len - INLINE;
      if (this.charCount + extra > this.chars.length) {
        const bigger = new Uint16Array(Math.max(this.chars.length * 2, this.charCount + extra));
        bigger.set(this.chars);
        this.chars = bigger;
      }
      for (let k = 0; k < extra; k++) this.chars[this.charCount + k] = source.charCodeAt(from + INLINE + k);
      slots[at + 3] = this.charCount;
      this.charCount += extra;
    }
    if (this.spellings.length * 4 > this.mask * 3) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    const mask = (this.mask << 1) | 1;
    const slots = SpellingTable.emptySlots(mask + 1);
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 1] === EMPTY) continue;
      let slot = old[at]! & mask;
      while (slots[slot * SLOT + 1] !== EMPTY) slot = (slot + 1) & mask;
      slots.set(old.subarray(at, at + SLOT), slot * SLOT);
    }
    this.mask = mask;
    this.slots = slots;
  }
}
