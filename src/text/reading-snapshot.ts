import type { Passage } from '../types.ts';
import { CompactIntList, IntList } from '../collections/int-list.ts';
import { smallestInts, type SmallInts } from '../engine/packing.ts';
import { Reading } from './reading.ts';
import { SpellingTable } from './spellings.ts';
import type { SentenceBounds } from './passages.ts';

// How the reading is kept in the engine snapshot: the sentence bounds as they are, each sentence's number of
// tokens and of proper names, the tokens as one byte each (the gap before a token and its length) and the
// names as two (their gap and length). The spellings are not kept: they are numbered again from the text when
// the reading is restored, which costs one scan and saves a number per word in a file read at every start.

/** The reading as plain data, for the engine snapshot. */
export interface ReadingSnapshot {
  version: 2;
  sentences: SentenceBounds;
  /** Per sentence row, how many tokens it has. */
  tokenCounts: SmallInts;
  /**
   * Per token, one byte: `gap << 6 | length`, the gap from the end of the token before it in its sentence
   * (from the sentence's start for the first) and its length, when the gap is below 4 and the length below 64,
   * as in most words; else 255, and the gap and length are the next two numbers of `wide`.
   */
  tokenBytes: Uint8Array;
  /** Per sentence row, how many proper names it has. */
  nameCounts: SmallInts;
  /**
   * Per name, two bytes: the gap from the end of the name before it in its sentence (from the sentence's
   * start for the first) and its length; a value of 255 or more is written as 255 and kept in `wide`, in order.
   */
  nameBytes: Uint8Array;
  wide: Int32Array;
}

const ESCAPE = 255;

/** Per-row counts from the first items of rows (`first[r]` … `first[r + 1] - 1`). */
function countsOf(first: Int32Array): SmallInts {
  const counts = new Int32Array(first.length - 1);
  for (let r = 0; r < counts.length; r++) counts[r] = first[r + 1]! - first[r]!;
  return smallestInts(counts);
}

/** The first items of rows from their counts: `countsOf` undone. */
function firstOf(counts: SmallInts): Int32Array {
  const first = new Int32Array(counts.length + 1);
  for (let r = 0; r < counts.length; r++) first[r + 1] = first[r]! + counts[r]!;
  return first;
}

/** The reading as a snapshot keeps it. */
export function readingSnapshot(reading: Reading): ReadingSnapshot {
  const { tokenFirst, tokenStart, tokenEnd, nameFirst, nameStart, nameEnd, sentences } = reading;
  const tokenBytes = new Uint8Array(tokenStart.length);
  const nameBytes = new Uint8Array(nameStart.length * 2);
  const wide = new IntList(16);
  for (let row = 0; row < reading.rows; row++) {
    const from = sentences.offsets[2 * row]!;
    let at = from;
    for (let t = tokenFirst[row]!; t < tokenFirst[row + 1]!; t++) {
      const gap = tokenStart[t]! - at;
      const length = tokenEnd[t]! - tokenStart[t]!;
      if (gap < 4 && length < 64 && (gap << 6) + length !== ESCAPE) tokenBytes[t] = (gap << 6) + length;
      else {
        tokenBytes[t] = ESCAPE;
        wide.push(gap);
        wide.push(length);
      }
      at = tokenEnd[t]!;
    }
    at = from;
    for (let n = nameFirst[row]!; n < nameFirst[row + 1]!; n++) {
      const gap = nameStart[n]! - at;
      const length = nameEnd[n]! - nameStart[n]!;
      nameBytes[2 * n] = gap < ESCAPE ? gap : ESCAPE;
      if (gap >= ESCAPE) wide.push(gap);
      nameBytes[2 * n + 1] = length < ESCAPE ? length : ESCAPE;
      if (length >= ESCAPE) wide.push(length);
      at = nameEnd[n]!;
    }
  }
  return { version: 2, sentences, tokenCounts: countsOf(tokenFirst), tokenBytes, nameCounts: countsOf(nameFirst), nameBytes, wide: wide.toArray() };
}

/** The reading a snapshot kept, for the passages it was made from (their spellings numbered again). */
export function restoreReading(data: ReadingSnapshot, passages: readonly Passage[]): Reading {
  if (data.version !== 2) throw new Error(`reading snapshot version ${String(data.version)} is not supported (expected 2)`);
  const { sentences, tokenBytes, nameBytes, wide } = data;
  if (sentences.counts.length !== passages.length) throw new Error(`reading snapshot was made for ${sentences.counts.length} passages, but ${passages.length} were given`);
  const rows = sentences.offsets.length / 2;
  if (data.tokenCounts.length !== rows || data.nameCounts.length !== rows) throw new Error(`reading snapshot counts tokens and names for ${data.tokenCounts.length} and ${data.nameCounts.length} sentences, but has ${rows}`);
  const tokenFirst = firstOf(data.tokenCounts);
  const nameFirst = firstOf(data.nameCounts);
  if (tokenFirst[rows] !== tokenBytes.length || 2 * nameFirst[rows]! !== nameBytes.length) throw new Error('reading snapshot: its token or name counts do not add up to its tokens or names');
  const tokens = tokenBytes.length;
  const tokenStart = new CompactIntList(tokens);
  const tokenEnd = new CompactIntList(tokens);
  const spelling = new CompactIntList(tokens);
  const nameStart = new CompactIntList(nameBytes.length / 2);
  const nameEnd = new CompactIntList(nameBytes.length / 2);
  const sentenceFirst = new Int32Array(passages.length + 1);
  const table = new SpellingTable();
  let w = 0;
  let row = 0;
  for (let p = 0; p < passages.length; p++) {
    sentenceFirst[p] = row;
    const text = passages[p]!.text;
    for (let k = 0; k < sentences.counts[p]!; k++, row++) {
      const from = sentences.offsets[2 * row]!;
      let at = from;
      for (let t = tokenFirst[row]!; t < tokenFirst[row + 1]!; t++) {
        const b = tokenBytes[t]!;
        let start: number;
        let end: number;
        if (b !== ESCAPE) {
          start = at + (b >> 6);
          end = start + (b & 63);
        } else {
          start = at + wide[w++]!;
          end = start + wide[w++]!;
        }
        if (end > text.length) throw new Error(`reading snapshot: a token of passage ${p} lies outside its text`);
        let h = 0x811c9dc5;
        for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
        tokenStart.push(start);
        tokenEnd.push(end);
        spelling.push(table.id(text, start, end, h));
        at = end;
      }
      at = from;
      for (let n = nameFirst[row]!; n < nameFirst[row + 1]!; n++) {
        const gap = nameBytes[2 * n] === ESCAPE ? wide[w++]! : nameBytes[2 * n]!;
        const length = nameBytes[2 * n + 1] === ESCAPE ? wide[w++]! : nameBytes[2 * n + 1]!;
        nameStart.push(at + gap);
        nameEnd.push((at = at + gap + length));
        if (at > text.length) throw new Error(`reading snapshot: a proper name of passage ${p} lies outside its text`);
      }
    }
  }
  sentenceFirst[passages.length] = row;
  return new Reading(sentences, sentenceFirst, tokenFirst, tokenStart.done(), tokenEnd.done(), spelling.done(), table.spellings, nameFirst, nameStart.done(), nameEnd.done());
}
