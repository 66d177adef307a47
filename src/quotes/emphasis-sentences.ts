/**
 * A sentence that ends inside emphasis: a run-in heading in bold (`**Singapore.** The Straits Courier's
 * editor ...`) or an italic sentence (`*Posted by Jane Roe.* Five days on ...`). The sentence scanner takes
 * the closing asterisks after the full stop for part of the next word, so it reads the heading and the
 * sentence after it as one, and a heading's words run into the sentence's subject ("Singapore. The Straits
 * Courier"). Here such a sentence is cut where the original text ends a sentence inside its emphasis.
 */
import type { Sentence } from '../types.ts';

// A sentence's end (full stop, question or exclamation mark) closed by emphasis, then a space and a capital
// (or an opening quotation mark or emphasis before one) starting the next sentence.
const END_IN_EMPHASIS = /(?<=[\p{Ll}\p{N})"”’][.!?])[*_]{1,3}(?=[ \t]+[*_"“‘]{0,3}[\p{Lu}])/gu;

/**
 * The sentences of `original` (a paragraph with emphasis marks) cut after each sentence end that emphasis
 * closes; `reading` is the same text with the marks blanked (same length), from which the pieces' text is
 * taken. The same array when no sentence is cut.
 */
export function splitAtEmphasisEnds(original: string, reading: string, sentences: readonly Sentence[]): readonly Sentence[] {
  const cuts: number[] = [];
  for (const m of original.matchAll(END_IN_EMPHASIS)) cuts.push(m.index + m[0].length);
  if (cuts.length === 0) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    let start = s.start;
    for (const cut of cuts) {
      if (cut <= start || cut >= s.end) continue;
      // The next piece starts at its first non-space character, as the scanner's sentences do.
      let next = cut;
      while (next < s.end && /\s/u.test(reading[next]!)) next++;
      if (next >= s.end) continue;
      out.push({ text: reading.slice(start, cut), start, end: cut });
      start = next;
    }
    out.push(start === s.start ? { ...s, text: reading.slice(s.start, s.end) } : { text: reading.slice(start, s.end), start, end: s.end });
  }
  return out;
}
