/**
 * One acronym, several bodies: "the HWC" is the Harbour Workers Committee in one report and the Harbour Workers
 * Convention in another. An acronym stands for the body its own document spells out; two reports' bodies are
 * one by their acronym only when what they spell out agrees.
 */
import { acronymOf } from './names.ts';

// A run of capitalised words, perhaps with the small words a body's name holds ("Coalition to Save Our Libraries").
const CAPITAL_RUN = /[\p{Lu}][\p{L}'’-]*(?:\s+(?:(?:of|for|and|to|the|on|in)\s+)*[\p{Lu}][\p{L}'’-]*)+/gu;

/** The names in `text` whose initials spell `acronym` (lowercase, as `acronymOf` gives it). */
export function expansionsIn(text: string, acronym: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CAPITAL_RUN)) {
    const words = m[0].split(/\s+/u);
    // (A sentence's opening word may stand before the name: "Dockers Harbour ..." reads from each word on.)
    for (let i = 0; i < words.length; i++) {
      if (!/^[\p{Lu}]/u.test(words[i]!)) continue;
      const run = words.slice(i).join(' ');
      if (acronymOf(run) === acronym) found.push(run);
    }
  }
  return found;
}

// The capitalised words of a name, lowercase, without a possessive's mark.
function capitalWords(name: string): string[] {
  return name.replace(/^the\s+/iu, '').split(/\s+/u).filter((w) => /^[\p{Lu}]/u.test(w)).map((w) => w.toLowerCase().replace(/['’]s?$/u, ''));
}

/**
 * Whether two spellings of one acronym name one body: word by word, one the other or the start of it
 * ("Korea"/"Korean", "Worker"/"Workers"); "Committee" and "Convention" share only their initial.
 */
export function sameExpansion(a: string, b: string): boolean {
  const x = capitalWords(a);
  const y = capitalWords(b);
  return x.length === y.length && x.every((w, i) => w.startsWith(y[i]!) || y[i]!.startsWith(w));
}

/**
 * What a report spelled an acronym out as where it gave it in brackets: "the National Intelligence Service
 * (NIS)" for "the NIS", or null when no paragraph sets the acronym in brackets after a name whose initials it is.
 */
export function spelledOutBefore(paragraphs: readonly string[], name: string): string | null {
  const letters = /^(?:the\s+)?([\p{Lu}]{2,6})$/u.exec(name.trim())?.[1];
  if (!letters) return null;
  for (const p of paragraphs) {
    for (let at = p.indexOf(`(${letters})`); at > 0; at = p.indexOf(`(${letters})`, at + 1)) {
      const before = p.slice(Math.max(0, at - 120), at).trimEnd();
      const run = expansionsIn(before, letters.toLowerCase()).find((r) => before.endsWith(r));
      if (run) return run;
    }
  }
  return null;
}

/**
 * The acronym a report gave a body's name in brackets right after it ("the Northern Press Agency (NPA) said"),
 * when its letters are the name's initials; else null. The body is that acronym too, wherever the report names
 * it so, though no quote is credited to the short form.
 */
export function bracketedAcronymAfter(paragraphs: readonly string[], name: string): string | null {
  const bare = name.replace(/^the\s+/iu, '');
  const initials = acronymOf(bare);
  if (initials.length < 2) return null;
  for (const p of paragraphs) {
    for (let at = p.indexOf(bare); at >= 0; at = p.indexOf(bare, at + 1)) {
      const letters = /^\s\(([\p{Lu}]{2,6})\)/u.exec(p.slice(at + bare.length, at + bare.length + 10))?.[1];
      if (letters && letters.toLowerCase() === initials) return letters;
    }
  }
  return null;
}
