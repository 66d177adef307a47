/**
 * A live blog's entry time at the head of a paragraph (`**18:52** Jane Roe, a researcher, told ...`,
 * `09:30 GMT - The minister said ...`) is a label over the entry, as a dateline is, not the sentence's first
 * words: read with it, the subject at the head of the sentence is no longer at its head, and a pronoun's
 * speaker in the entry's next paragraph is missed. The quote reading blanks such a stamp to spaces (offsets are
 * unchanged) and starts the paragraph's first sentence after it.
 */
import type { Passage } from '../types.ts';

// Hours and minutes ("18:52", "9.05"), a clock's "am"/"pm" or a time zone, or a city in brackets ("(Seoul)"),
// in emphasis or not, maybe a dash after; then the entry's first word with a capital (or a quotation mark
// before one), or a transcript's bracketed mark of a clip played ("[00:01:52] [CLIP] NAME (interpreted): ..."),
// whose label is read as a turn's once the stamp is blanked. Emphasis is already blanked to spaces when this is read.
const CLOCK = '(?:[ \\t]?[AaPp]\\.?[Mm]\\.?)?';
const ZONE = '(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT|KST|JST|MSK|AEST|AEDT|local(?: time)?)';
// A recording's position in brackets, with or without hours ("[00:04:32]", "(12:40)"): a transcript's or a
// podcast's notes mark each turn so, and a bracketed clock is never a sentence's own first words.
const BRACKETED = '(?:\\[(?:\\d{1,2}:)?\\d{1,2}:\\d{2}\\]|\\((?:\\d{1,2}:)?\\d{1,2}:\\d{2}\\))';
const STAMP = new RegExp(
  `^[\\s*_]*(?:${BRACKETED}|\\d{1,2}[:.]\\d{2}(?::\\d{2})?${CLOCK})(?:[ \\t]+${ZONE})?(?:[ \\t]+\\([\\p{L} ]{2,30}\\))?[ \\t*_]*(?:[—–-][ \\t*_]*|:[ \\t]+)?(?=[ \\t])[ \\t*_]*(?=["“‘]?\\p{Lu}|\\[(?:CLIP|AUDIO|SOUNDBITE|SOUND BITE|GRAB|EXCERPT|ARCHIVE|TAPE|RECORDING)\\])`,
  'u',
);

/** Where a paragraph's text starts after its entry time, or 0 when it starts with none. */
export function timeStampEnd(text: string): number {
  const m = STAMP.exec(text);
  return m ? m[0].length : 0;
}

/** The passage with a leading entry time blanked and its first sentence starting after it; the same object when it has none. */
export function withoutTimeStamp(p: Passage): Passage {
  const end = timeStampEnd(p.text);
  if (end === 0) return p;
  const text = ' '.repeat(end) + p.text.slice(end);
  const sentences = p.sentences
    .filter((s) => s.end > end)
    .map((s) => (s.start >= end ? s : { text: text.slice(end, s.end), start: end, end: s.end }));
  return { ...p, text, sentences };
}

/**
 * Whether a paragraph (as written) opens a live blog's entry with its time ("**15:10 BST – "..."**", "09:30 GMT -
 * The minister said ..."): an entry is a report of its own, so no quote in it goes on from a speaker the entry
 * before named. A recording's bracketed position ("[00:04:32]") opens a transcript's turn, not an entry, and is not one.
 */
export function opensEntry(text: string): boolean {
  return timeStampEnd(text) > 0 && /^[\s*_]*\d/u.test(text);
}
