/**
 * A nickname in quotation marks between a person's given name and surname ('Capt. Jane "Jinx" Roe, 56, said')
 * is part of how the person is named, not a quotation: it is read as blank, so the given name and the surname
 * are one name run, as they would be without it.
 */
import type { Passage } from '../types.ts';
import { isKnownFirstName } from './first-names.ts';

// A capitalised word, one or two capitalised words in quotation marks, then a capitalised word.
const MARKED = /(?<=(?:^|[\s(])([\p{Lu}][\p{Ll}'’-]+)[ \t]+)["“]([\p{Lu}][\p{Ll}'’-]*(?:[ \t][\p{Lu}][\p{Ll}'’-]*)?)["”](?=[ \t]+[\p{Lu}][\p{Ll}'’-]+)/gu;

/** The passage with a nickname in quotation marks inside a person's name blanked (the same length); the same object when it has none. */
export function withoutNicknameMark(p: Passage): Passage {
  if (!/["“]/u.test(p.text)) return p;
  const text = p.text.replace(MARKED, (m, given: string) => (isKnownFirstName(given) ? ' '.repeat(m.length) : m));
  if (text === p.text) return p;
  return { ...p, text, sentences: p.sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) })) };
}
