/**
 * Whom a bare surname stands for when the text names two people of it. News style settles the bare surname on
 * one of them, the one the text first calls so ("Kim", "Clinton"); a namesake brought in after ("His father,
 * Kim Jong Il", "the unification minister Kim Yung-ho", "her husband, Bill Clinton") is called again by full
 * name, title or first name, and a later bare surname still means the first.
 *
 * This file reads the text alone: the first bare use of a surname in the narration and the one full name of it
 * that use can stand for. A bare surname is never the namesake the same sentence then names in full ("in Kim's
 * delegation, Kim Yung-ho said"): a writer does not call one person by surname and then by full name in one
 * sentence.
 */
import { splitSentences } from '../text/sentences.ts';
import { familyNameFirst } from './local-speaker.ts';
import type { NameMention } from './name-mentions.ts';
import { nameWords, surnameOf } from './names.ts';

/** Whether the full name mentioned bears the surname `w` (last word, or first for a name written family name first). */
export function bearsSurname(m: NameMention, w: string): boolean {
  return m.words.length >= 2 && (familyNameFirst(m.name) ? m.words[0] === w : surnameOf(m.words) === w);
}

// Quoted spans of a paragraph: a bare surname inside quotation marks is the speaker's word, not the writer's.
const QUOTED = /“[^”]*”|"[^"]*"/gu;
const TOKEN = /[\p{Lu}][\p{L}'’-]*/gu;

/** Where the surname `w` (in `nameWords`'s form) stands alone in the narration of `text`: not beside another capitalised word ("Mr Kim", "Kim Jong Un"). */
export function bareUsesIn(text: string, w: string): number[] {
  let quoted: (readonly [number, number])[] | null = null;
  const out: number[] = [];
  // A token opening on a capital A to Z opens its `nameWords` form on that letter in lowercase: one whose letter
  // is not the first of `w` is no use of it, told without the look-up (most capitalised words of a paragraph).
  const first = w.charCodeAt(0);
  for (const t of text.matchAll(TOKEN)) {
    const c = t[0].charCodeAt(0);
    if (c <= 90 && c + 32 !== first) continue;
    const token = t[0].replace(/['’]s?$/u, '');
    const tw = nameWords(token);
    if (tw[0] !== w || tw.length !== 1) continue;
    quoted ??= [...text.matchAll(QUOTED)].map((q) => [q.index, q.index + q[0].length] as const);
    if (quoted.some(([a, b]) => t.index > a && t.index < b)) continue;
    const before = text.slice(0, t.index).match(/([\p{L}.]+)[ \t]+$/u)?.[1];
    const after = text.slice(t.index + t[0].length).match(/^[ \t]+([\p{L}]+)/u)?.[1];
    if ((before && /^[\p{Lu}]/u.test(before)) || (after && /^[\p{Lu}]/u.test(after))) continue;
    out.push(t.index);
  }
  return out;
}

/** The full names of surname `w` named in full in the sentence of `text` holding `at`, after `at`. */
function namedLaterInSentence(text: string, at: number, family: readonly NameMention[], paragraph: number): Set<string> {
  const sentence = [...splitSentences(text)].find((s) => s.start <= at && at < s.end);
  const end = sentence?.end ?? text.length;
  return new Set(family.filter((m) => m.paragraph === paragraph && m.at > at && m.at < end).map((m) => m.compact));
}

/**
 * The full name (as first mentioned) that the text's first bare use of `w` in the narration stands for, when only
 * one full name of that surname is named before it and not named again later in its sentence; with where that
 * use stands. Null when the text has no such use or leaves it open.
 */
export function firstBareReferent(paragraphs: readonly string[], mentions: readonly NameMention[], w: string): { name: string; paragraph: number; at: number } | null {
  let known = remembered.get(paragraphs);
  if (!known) remembered.set(paragraphs, (known = new Map()));
  if (known.has(w)) return known.get(w)!;
  const family = mentions.filter((m) => bearsSurname(m, w));
  let found: { name: string; paragraph: number; at: number } | null = null;
  for (let p = 1; p <= paragraphs.length && !found; p++) {
    const text = paragraphs[p - 1]!;
    if (!text.includes(w.charAt(0).toUpperCase())) continue;
    const uses = bareUsesIn(text, w);
    if (!uses.length) continue;
    const at = uses[0]!;
    const later = namedLaterInSentence(text, at, family, p);
    const before = family.filter((m) => (m.paragraph < p || (m.paragraph === p && m.at < at)) && !later.has(m.compact));
    const names = new Set(before.map((m) => m.compact));
    found = names.size === 1 ? { name: before[0]!.name, paragraph: p, at } : null;
    break;
  }
  known.set(w, found);
  return found;
}

// Read once per document and surname: every bare surname resolved would otherwise scan the document again.
const remembered = new WeakMap<readonly string[], Map<string, { name: string; paragraph: number; at: number } | null>>();
