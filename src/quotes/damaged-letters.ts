/**
 * Encoding damage inside a name (mojibake): a text once written in UTF-8 and read back as Latin-1 writes "é" as
 * "Ã©", "ñ" as "Ã±", "ç" as "Ã§", and read so twice over as "Ã\u0083Â¡" (a control character between); a
 * text then decomposed writes the "Ã" as "A" and a combining tilde, "¼" as "1⁄4", "¨" as a space and a
 * combining diaeresis. Every name reader stops at those characters ("Sarukh" of "SarukhÃ¡n", "Luis de Ar" of a
 * damaged "Arúda"), so a capitalised word holding such a run is read with each of its characters as one
 * lowercase letter (the same length, the same places: offsets and sentences stand), and the speaker's name is
 * given back as the text wrote it (`restoreDamagedWords`).
 */
import type { Passage } from '../types.ts';

/**
 * The letter each damaged character is read as: a lowercase Latin letter no English text writes (the tagger reads
 * it as "e", `taggerText`), so a word holding it is known for one read out of damage.
 */
export const DAMAGE_LETTER = 'ǝ';

// The damage's signature: "Ã" or "Â" (precomposed, or "A" and its combining tilde or circumflex), the first of
// the two characters one UTF-8 letter was read as.
const LEAD = String.raw`(?:[ÂÃ]|A[\u0302\u0303])`;
// What follows it: a C1 control or a Latin-1 sign (the second byte read as a character; not the no-break space,
// which stands between words), a combining mark, a fraction decomposed ("1⁄4" of "¼"), a spacing accent
// decomposed (a space and its combining mark).
const TAIL = String.raw`(?:[\u0080-\u009F\u00A1-\u00BF]|\p{M}|\d\u2044\d| \p{M})`;
// A run of the damage: one or more leads, each perhaps followed by its tail.
const RUN = new RegExp(String.raw`${LEAD}(?:${TAIL}|${LEAD})*`, 'gu');
// A capitalised word that may hold such runs (not inside another word); the damage's characters are word
// characters here, and an apostrophe or hyphen only before a letter.
const CAPITALISED = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])(?:\p{Lu}|${LEAD})(?:\p{L}|\p{M}|[\u0080-\u009F\u00A1-\u00BF]|\d\u2044\d| (?=\p{M})|['’-](?=\p{L}))*`, 'gu');
// A quick test for any lead at all (most texts hold none).
const ANY_LEAD = /[ÂÃ]|A[\u0302\u0303]/u;

/**
 * The word with each run of encoding damage inside it read as lowercase letters (the same length), or null when
 * it holds none. A run must follow a letter of the word (a word opening on one keeps its capital "Ã" and reads
 * what follows it) and must hold more than its lead unless a lowercase letter stands before it: "SÃO" in
 * capitals is a word of its own; and the word must keep a letter of its own beside the damage. A word closing
 * on a control character is left as written (its damage cut it short).
 */
export function readableWord(word: string): string | null {
  if (!ANY_LEAD.test(word)) return null;
  let out = word;
  let changed = false;
  let opensDamaged = false;
  for (const m of word.matchAll(RUN)) {
    const at = m.index;
    const run = m[0];
    // (A run closing the word on a control character lost its second half, and often the space after it was
    // a letter: "KÃ\u0083 rner" would be read "KÃ", a name cut short. The word is left as written.)
    if (at + run.length === word.length && /[\u0080-\u009F]$/u.test(run)) return null;
    const lead = run.startsWith('A') ? 2 : 1;
    if (at === 0) {
      // (The word opens on the damage, a capital "É" read as "Ã‰": the capital stays, what follows it is read.)
      if (run.length <= lead) continue;
      out = out.slice(0, 1) + DAMAGE_LETTER.repeat(run.length - 1) + out.slice(run.length);
      changed = true;
      opensDamaged = true;
      continue;
    }
    if (run.length <= lead && !/[\p{Ll}]$/u.test(word.slice(0, at))) continue;
    out = out.slice(0, at) + DAMAGE_LETTER.repeat(run.length) + out.slice(at + run.length);
    changed = true;
  }
  if (!changed) return null;
  // (A word all damage, "ÃÂ" standing alone, is no name: left as written.)
  const own = out.slice(opensDamaged ? 1 : 0).replaceAll(DAMAGE_LETTER, '');
  if (!/[\p{L}]/u.test(own)) return null;
  return out;
}

// The parts of a word between its apostrophes and hyphens ("MÃ¼ller's" → "MÃ¼ller", "s"), each read alone.
const PARTS = /['’-]/u;

// Letters that tell apart words whose damage reads alike (lowercase, beyond Latin-1 so the tagger reads them as
// "e", and with no accent to fold away: each stays itself wherever names are compared).
const TELLING_LETTERS = ['ƀ', 'ƈ', 'ƌ', 'ƒ', 'ƙ', 'ƚ', 'ƞ', 'ƥ', 'ƭ', 'ƶ'];

/**
 * The parts of words (between apostrophes and hyphens) that another part of the texts, written otherwise, reads
 * alike once their damage is read as letters ("JÃ¶rg" and "JÃ¼rg" both "Jǝǝrg", one person to every name
 * reader), each with its place among those written forms (1 for the second, ...); the first keeps the plain
 * reading.
 */
export function damageClashes(passages: readonly Passage[]): ReadonlyMap<string, number> {
  const written = new Map<string, string[]>();
  for (const p of passages) {
    if (!ANY_LEAD.test(p.text)) continue;
    for (const m of p.text.matchAll(CAPITALISED)) {
      const read = readableWord(m[0]);
      if (read === null) continue;
      const readParts = read.split(PARTS);
      const ownParts = m[0].split(PARTS);
      readParts.forEach((r, i) => {
        if (!r.includes(DAMAGE_LETTER)) return;
        const forms = written.get(r) ?? [];
        if (!forms.includes(ownParts[i]!)) forms.push(ownParts[i]!);
        written.set(r, forms);
      });
    }
  }
  const out = new Map<string, number>();
  for (const forms of written.values()) forms.forEach((w, i) => { if (i > 0) out.set(w, i); });
  return out;
}

/**
 * Every passage with the encoding damage inside its capitalised words read as letters (`withReadableLetters`),
 * each document's words that another of its words would read alike (`damageClashes`) told apart by a letter of
 * their own: the damage hides which letter each was, so "JÃ¶rg" and "JÃ¼rg" would be read as one person and
 * the words of one credited to the other.
 */
export function withReadableLettersAll(passages: readonly Passage[]): Passage[] {
  // (Each document alone: one name's damage says nothing of another article's.)
  const byDoc = new Map<string, Passage[]>();
  for (const p of passages) byDoc.set(p.doc, [...(byDoc.get(p.doc) ?? []), p]);
  const clashesOf = new Map([...byDoc].map(([doc, ps]) => [doc, damageClashes(ps)]));
  return passages.map((p) => withReadableLetters(p, clashesOf.get(p.doc)));
}

// The word as read, each part of it in `clashes` with its last damage letter made the telling letter of its place.
function toldApart(written: string, read: string, clashes: ReadonlyMap<string, number>): string {
  let out = '';
  let at = 0;
  for (const part of written.split(PARTS)) {
    let r = read.slice(at, at + part.length);
    const place = clashes.get(part);
    const last = r.lastIndexOf(DAMAGE_LETTER);
    if (place !== undefined && last >= 0) r = r.slice(0, last) + TELLING_LETTERS[(place - 1) % TELLING_LETTERS.length]! + r.slice(last + 1);
    out += r + read.slice(at + part.length, at + part.length + 1);
    at += part.length + 1;
  }
  return out;
}

/** The passage with the encoding damage inside its capitalised words read as letters (same length); the same object when it has none. Words with a part in `clashes` are told apart from the one they would read as (`damageClashes`). */
export function withReadableLetters(p: Passage, clashes: ReadonlyMap<string, number> = new Map()): Passage {
  if (!ANY_LEAD.test(p.text)) return p;
  let changed = false;
  const text = p.text.replace(CAPITALISED, (w) => {
    const plain = readableWord(w);
    const read = plain !== null && clashes.size > 0 ? toldApart(w, plain, clashes) : plain;
    if (read === null) return w;
    changed = true;
    return read;
  });
  if (!changed) return p;
  return { ...p, text, sentences: p.sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) })) };
}

// A word as read that holds the damage's letter.
const READ_WORD = /[\p{L}]*ǝ[\p{L}]*/gu;

/**
 * Each word read out of damage (the whole run of letters holding `DAMAGE_LETTER`) and the text's own word at
 * the same place, over the passages as written (`original`) and as read (`reading`, the same lengths). The first
 * place a word is read so gives it.
 */
export function damagedWords(original: readonly Passage[], reading: readonly Passage[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  reading.forEach((p, i) => {
    const text = original[i]!.text;
    if (p.text === text || !p.text.includes(DAMAGE_LETTER)) return;
    for (const m of p.text.matchAll(READ_WORD)) {
      if (!out.has(m[0])) out.set(m[0], text.slice(m.index, m.index + m[0].length));
    }
  });
  return out;
}

/** The name (or role) with every word read out of damage given back as the text wrote it. */
export function restoreDamagedWords(name: string, words: ReadonlyMap<string, string>): string {
  if (words.size === 0 || !name.includes(DAMAGE_LETTER)) return name;
  return name.replace(READ_WORD, (w) => words.get(w) ?? w);
}
