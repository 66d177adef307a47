/**
 * A body's unit known only by a possessive ("The Norland Bureau says no. Its spokesman said ..."): shown with
 * the body the sentence before names ("the Norland Bureau's spokesman"), as "Its spokesman" says nothing alone.
 */
import { classifyProperName } from './names.ts';

// Words after a run of capitalised words that show the run is no subject of its own ("The Bureau of Roads said").
const NOT_A_VERB = /^(?:of|and|or|for|in|on|at|to|from|with|by|de|del|da|van|von)$/u;

/**
 * The description `name` ("Its spokesman", "Their foreign ministry") written with the body that owns it, when
 * it opens a sentence of `paragraphs` and the sentence before it opens with a body's name and its verb ("The
 * Norland Bureau says no."): "the Norland Bureau's spokesman". Null when the name opens with no such
 * possessive or the owner cannot be told.
 */
export function withOwnerNamed(name: string, paragraphs: readonly string[]): string | null {
  const m = /^(?:Its|Their)\s+(\S.*)$/u.exec(name);
  if (!m) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const at = new RegExp(`(?:^|(?<=[.!?]["”’)]?\\s+))${escaped}(?![\\p{L}])`, 'u');
  for (const [i, text] of paragraphs.entries()) {
    const hit = at.exec(text);
    if (!hit) continue;
    const before = text.slice(0, hit.index).trim() || (paragraphs[i - 1] ?? '').trim();
    const owner = sentenceBody(lastSentence(before));
    if (!owner) return null;
    const possessive = /s$/u.test(owner) ? `${owner}’` : `${owner}'s`;
    return `${possessive} ${m[1]!}`;
  }
  return null;
}

/** The last sentence of `text` (which ends one). */
function lastSentence(text: string): string {
  const cut = [...text.matchAll(/[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}])/gu)].pop();
  return cut ? text.slice(cut.index! + cut[0].length) : text;
}

/** The body a sentence opens with as its subject ("The Norland Bureau says no." → "the Norland Bureau"), or null. */
function sentenceBody(sentence: string): string | null {
  // (After a heading word in capitals, "NORLAND: Osten warned ...", a transcript's time and label, "[00:01:02]
  // JON ROE-LIND: And Osten noticed.", and a joining word, "But Osten said ...".)
  const s = sentence.replace(/^\[[\d:.]+\]\s*/u, '').replace(/^[\p{Lu}][\p{Lu}\s.'’-]*:\s+/u, '').replace(/^(?:And|But|So|Yet),?\s+/u, '');
  const m = /^((?:[Tt]he\s+)?[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,3})\s+([\p{Ll}]+)\b/u.exec(s);
  if (!m || NOT_A_VERB.test(m[2]!)) return null;
  const owner = m[1]!;
  // ("The channel Grey Dawn has ...": an article alone before a lowercase noun is no body's name.)
  if (/^(?:The|A|An)$/u.test(owner)) return null;
  if (classifyProperName(owner.replace(/^[Tt]he\s+/u, '')) !== 'organisation') return null;
  return owner.replace(/^The\b/u, 'the');
}
