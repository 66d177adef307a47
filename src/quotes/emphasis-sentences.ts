/**
 * A sentence that ends inside emphasis: a run-in heading in bold (`**Singapore.** The Straits Courier's
 * editor ...`) or an italic sentence (`*Posted by Jane Roe.* Five days on ...`). The sentence scanner takes
 * the closing asterisks after the full stop for part of the next word, so it reads the heading and the
 * sentence after it as one, and a heading's words run into the sentence's subject ("Singapore. The Straits
 * Courier"). Here such a sentence is cut where the original text ends a sentence inside its emphasis, and where
 * emphasis opens right after a sentence's end (an italic photo credit after a caption's last sentence).
 */
import type { Sentence } from '../types.ts';
import { splitSentences } from '../text/sentences.ts';

// A sentence's end (full stop, question or exclamation mark) closed by emphasis, then a space and a capital
// (or an opening quotation mark or emphasis before one) starting the next sentence.
const END_IN_EMPHASIS = /(?<=[\p{Ll}\p{N})"”’][.!?])[*_]{1,3}(?=[ \t]+[*_"“‘]{0,3}[\p{Lu}])/gu;

// A sentence's end, any closing marks, spaces, then emphasis opening on a capital: a caption's photo credit set in
// italics on the line after its last sentence (`... said Jane Roe. *Photo: Tom Bell/Pool*`). The scanner takes
// the opening asterisk for part of the next word and reads on, so the name ran into the credit ("Jane Roe. Photo").
const END_BEFORE_EMPHASIS = /[.!?]["”’)]*(?=[ \t]+[*_]{1,3}[\p{Lu}\p{N}"“‘])/gu;

/**
 * Where a sentence of `reading` (the text with its marks blanked) is cut before emphasis that opens after a sentence's
 * end: only where the scanner itself, reading the blanked words, ends a sentence there ("Dr. *Jane* Roe" goes on).
 */
function endsBeforeEmphasis(original: string, reading: string, sentences: readonly Sentence[]): number[] {
  const cuts: number[] = [];
  for (const m of original.matchAll(END_BEFORE_EMPHASIS)) {
    const cut = m.index + m[0].length;
    const s = sentences.find((x) => x.start < cut && cut < x.end);
    if (!s) continue;
    // (The blanked sentence's own scan, a piece of it opening on the first word past the marks.)
    let next = cut;
    while (next < s.end && /\s/u.test(reading[next]!)) next++;
    if (splitSentences(reading.slice(s.start, s.end)).some((p) => s.start + p.start === next)) cuts.push(cut);
  }
  return cuts;
}

/**
 * The sentences of `original` (a paragraph with emphasis marks) cut after each sentence end that emphasis
 * closes or that emphasis opens after; `reading` is the same text with the marks blanked (same length), from which the pieces' text is
 * taken. The same array when no sentence is cut.
 */
export function splitAtEmphasisEnds(original: string, reading: string, sentences: readonly Sentence[]): readonly Sentence[] {
  const cuts: number[] = [];
  for (const m of original.matchAll(END_IN_EMPHASIS)) cuts.push(m.index + m[0].length);
  cuts.push(...endsBeforeEmphasis(original, reading, sentences));
  if (cuts.length === 0) return sentences;
  cuts.sort((a, b) => a - b);
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
