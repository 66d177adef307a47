/**
 * A retired or reserve officer keeps the rank, and British, American and Israeli copy mark the retirement or the
 * reserve in brackets between the rank and the name ("Lieutenant General (retd) Jane Roe", "Col. (Ret.) Tom Roe",
 * "Brig. Gen. (res.) Avi Toren"): the mark is read as blank, so the rank and the name are one run, as they would
 * be without it.
 */
import type { Passage, Sentence } from '../types.ts';

// A capitalised word (the rank's last), the bracketed mark, then a capitalised word (the name's first).
// (The parenthesis first and the name looked back for from it: an expression opening on a look-behind is tried at
// every character of the paragraph.)
const MARKED = /\((?<=[\p{Lu}][\p{L}.]*[ \t]+\()(?:retd|ret|rtd|retired|res|reserve|resv)\.?\)(?=[ \t]+[\p{Lu}])/giu;

/** The passage with a retirement mark between a rank and a name blanked (the same length); the same object when it has none. */
export function withoutRetiredMark(p: Passage): Passage {
  if (!p.text.includes('(')) return p;
  const marks: [number, number][] = [];
  const text = p.text.replace(MARKED, (m, at: number) => {
    marks.push([at, at + m.length]);
    return ' '.repeat(m.length);
  });
  if (text === p.text) return p;
  // The full stop of "(ret.)" ends a sentence for the splitter, which ran before the mark was blanked: a sentence
  // ending inside a mark is joined to the next, so the rank and the name stay in one sentence with their verb.
  const joined: Sentence[] = [];
  for (const s of p.sentences) {
    const last = joined.at(-1);
    if (last && marks.some(([from, to]) => last.end > from && last.end <= to + 1 && s.start >= last.end - 1 && s.start <= to + 1)) {
      last.end = s.end;
      continue;
    }
    joined.push({ ...s });
  }
  return { ...p, text, sentences: joined.map((s) => ({ ...s, text: text.slice(s.start, s.end) })) };
}
