/**
 * A retired officer keeps the rank, and British and American copy mark the retirement in brackets between the
 * rank and the name ("Lieutenant General (retd) Jane Roe", "Col. (Ret.) Tom Roe"): the mark is read as blank, so
 * the rank and the name are one run, as they would be without it.
 */
import type { Passage } from '../types.ts';

// A capitalised word (the rank's last), the bracketed mark, then a capitalised word (the name's first).
// (The parenthesis first and the name looked back for from it: an expression opening on a look-behind is tried at
// every character of the paragraph.)
const MARKED = /\((?<=[\p{Lu}][\p{L}.]*[ \t]+\()(?:retd|ret|rtd|retired)\.?\)(?=[ \t]+[\p{Lu}])/giu;

/** The passage with a retirement mark between a rank and a name blanked (the same length); the same object when it has none. */
export function withoutRetiredMark(p: Passage): Passage {
  if (!p.text.includes('(')) return p;
  const text = p.text.replace(MARKED, (m) => ' '.repeat(m.length));
  if (text === p.text) return p;
  return { ...p, text, sentences: p.sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) })) };
}
