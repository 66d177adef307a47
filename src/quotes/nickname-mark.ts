/**
 * A nickname in quotation marks between a person's given name and surname ('Capt. Jane "Jinx" Roe, 56, said')
 * is part of how the person is named, not a quotation: it is read as blank, so the given name and the surname
 * are one name run, as they would be without it.
 */
import type { Passage } from '../types.ts';
import { isKnownFirstName } from './first-names.ts';

// A capitalised word, one or two capitalised words in quotation marks, then a capitalised word.
// (The opening mark comes first and the given name before it is looked back for from the mark, the mark's own
// look-behind included: an expression that opens on a look-behind is tried at every character of the paragraph.)
const MARKED = /["“](?<=(?:^|[\s(])([\p{Lu}][\p{Ll}'’-]+)[ \t]+["“])([\p{Lu}][\p{Ll}'’-]*(?:[ \t][\p{Lu}][\p{Ll}'’-]*)?)["”](?=[ \t]+[\p{Lu}][\p{Ll}'’-]+)/gu;

/** The passage with a nickname in quotation marks inside a person's name blanked (the same length); the same object when it has none. */
export function withoutNicknameMark(p: Passage): Passage {
  if (!/["“]/u.test(p.text)) return p;
  const text = p.text.replace(MARKED, (m, given: string) => (isKnownFirstName(given) ? ' '.repeat(m.length) : m));
  if (text === p.text) return p;
  return { ...p, text, sentences: p.sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) })) };
}

// MARKED for a test: whether the text holds any such nickname.
const MARKED_ANY = new RegExp(MARKED.source, 'u');

// The same run, its three parts captured: given name, nickname, surname.
// (The surname may be double-barrelled, each part capitalised: 'Teresa "Tess" Villar-Ocampo' is "Teresa Villar-Ocampo",
// not "Teresa Villar-".)
const NAMED = /(?:^|[\s(])([\p{Lu}][\p{Ll}'’-]+)[ \t]+["“]([\p{Lu}][\p{Ll}'’-]*(?:[ \t][\p{Lu}][\p{Ll}'’-]*)?)["”][ \t]+([\p{Lu}][\p{Ll}'’-]+(?:(?<=-)[\p{Lu}][\p{Ll}'’-]+)*)/gu;

/**
 * The nicknames a document gives in quotation marks inside names (`Richard "Dickie" Hart`), each with the name
 * it stands for ("Richard Hart"): a later '"...," Dickie said' is that person, and so is '"...," Dickie Hart said' (the
 * nickname with the surname, also a key). A nickname two names share is left out.
 */
export function nicknamesNamed(texts: readonly string[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const t of texts) {
    // (NAMED can match only where MARKED, which reads the same words from the mark, does: most paragraphs that
    // hold a quotation mark hold no nickname, and NAMED, opening on a space, is tried at every character.)
    if (!/["“]/u.test(t) || !MARKED_ANY.test(t)) continue;
    for (const m of t.matchAll(NAMED)) {
      if (!isKnownFirstName(m[1]!)) continue;
      const full = `${m[1]} ${m[3]}`;
      // ('Daniel "Danny" Cho' then '"...," Danny Cho said': the nickname with the surname is the same person.)
      for (const key of [m[2]!, `${m[2]} ${m[3]}`]) {
        if (out.has(key) && out.get(key) !== full) shared.add(key);
        out.set(key, full);
      }
    }
  }
  for (const n of shared) out.delete(n);
  return out;
}
