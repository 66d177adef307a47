import type { Passage } from '../types.ts';
import { IntList } from '../collections/int-list.ts';
import { Reading } from './reading.ts';
import { SpellingTable } from './spellings.ts';
import type { SentenceBounds } from './passages.ts';

// How the reading is kept in the engine snapshot: the sentence bounds as they are, the tokens as two bytes
// each (the gap before a token and its length), the proper-name spans as offsets. The spellings are not kept:
// they are numbered again from the text when the reading is restored, which costs one scan and saves a
// number per word in a file read at every start.

/** The reading as plain data, for the engine snapshot. */
export interface ReadingSnapshot {
  version: 1;
  sentences: SentenceBounds;
  /** Row r's tokens are tokens tokenFirst[r] … tokenFirst[r + 1] - 1. */
  tokenFirst: Int32Array;
  /**
   * Per token, two bytes: the gap from the end of the token before it in its sentence (from the sentence's
   * start for the first), and its length. A value of 255 or more is written as 255 and kept in `wide`, in order.
   */
  tokenBytes: Uint8Array;
  wide: Int32Array;
  nameFirst: Int32Array;
  nameStart: Int32Array;
  nameEnd: Int32Array;
}

const WIDE = 255;

/** The reading as a snapshot keeps it. */
export function readingSnapshot(reading: Reading): ReadingSnapshot {
  const { tokenFirst, tokenStart, tokenEnd, sentences } = reading;
  const bytes = new Uint8Array(tokenStart.length * 2);
  const wide = new IntList(16);
  for (let row = 0; row < reading.rows; row++) {
    let at = sentences.offsets[2 * row]!;
    for (let t = tokenFirst[row]!; t < tokenFirst[row + 1]!; t++) {
      const gap = tokenStart[t]! - at;
      const length = tokenEnd[t]! - tokenStart[t]!;
      bytes[2 * t] = gap < WIDE ? gap : WIDE;
      if (gap >= WIDE) wide.push(gap);
      bytes[2 * t + 1] = length < WIDE ? length : WIDE;
      if (length >= WIDE) wide.push(length);
      at = tokenEnd[t]!;
    }
  }
  return {
    version: 1,
    sentences,
    tokenFirst,
    tokenBytes: bytes,
    wide: wide.toArray(),
    nameFirst: reading.nameFirst,
    // Copies: the reading's lists may be views on larger buffers, which serializing would write whole.
    nameStart: reading.nameStart.slice(),
    nameEnd: reading.nameEnd.slice(),
  };
}

/** The reading a snapshot kept, for the passages it was made from (their spellings numbered again). */
export function restoreReading(data: ReadingSnapshot, passages: readonly Passage[]): Reading {
  if (data.version !== 1) throw new Error(`reading snapshot version ${String(data.version)} is not supported (expected 1)`);
  const { sentences, tokenFirst, tokenBytes, wide } = data;
  if (sentences.counts.length !== passages.length) throw new Error(`reading snapshot was made for ${sentences.counts.length} passages, but ${passages.length} were given`);
  const tokens = tokenBytes.length / 2;
  const tokenStart = new Int32Array(tokens);
  const tokenEnd = new Int32Array(tokens);
  const spelling = new Int32Array(tokens);
  const sentenceFirst = new Int32Array(passages.length + 1);
  const table = new SpellingTable();
  let w = 0;
  let row = 0;
  for (let p = 0; p < passages.length; p++) {
    sentenceFirst[p] = row;
    const text = passages[p]!.text;
    for (let k = 0; k < sentences.counts[p]!; k++, row++) {
      let at = sentences.offsets[2 * row]!;
      for (let t = tokenFirst[row]!; t < tokenFirst[row + 1]!; t++) {
        const gap = tokenBytes[2 * t] === WIDE ? wide[w++]! : tokenBytes[2 * t]!;
        const length = tokenBytes[2 * t + 1] === WIDE ? wide[w++]! : tokenBytes[2 * t + 1]!;
        const start = at + gap;
        const end = start + length;
        if (end > text.length) throw new Error(`reading snapshot: a token of passage ${p} lies outside its text`);
        let h = 0x811c9dc5;
        for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
        tokenStart[t] = start;
        tokenEnd[t] = end;
        spelling[t] = table.id(text, start, end, h);
        at = end;
      }
    }
  }
  sentenceFirst[passages.length] = row;
  return new Reading(sentences, sentenceFirst, tokenFirst, tokenStart, tokenEnd, spelling, table.spellings, data.nameFirst, data.nameStart, data.nameEnd);
}
