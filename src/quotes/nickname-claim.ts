/**
 * A speaker typed by the nickname the text gives them in quotation marks (`Ivo Brandt, whom every ferryman knows
 * only as "Skipper"`, `The warden, Sara Holm, arrived late. Everyone calls her "Holmie."`): the claim "skipper
 * said ..." names Ivo Brandt, though no credit uses the nickname.
 */
import type { Quote } from '../types.ts';

// The words that give a nickname right before it: "known (to ...) as", "knows (him) only as", "calls her", "nicknamed".
const CUE = /(?:\bknown(?:\s+only)?(?:\s+(?:to|among)\s+[^"“”.]{1,60}?)?\s+as|\bknows?\s+(?:(?:him|her)\s+)?(?:only\s+)?as|\bcall(?:s|ed)?\s+(?:him|her)|\bnicknamed|\bdubbed)\s*["“]$/iu;
// A full name: two capitalised words in a row (a given name and a surname).
const FULL_NAME = /[\p{Lu}][\p{Ll}'’-]+\s+[\p{Lu}][\p{Ll}'’-]+/gu;

const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Whether `typed` is a nickname the text gives quote `q`'s speaker: in quotation marks inside the full name
 * ('Richard "Dickie" Hartley'), or right after a cue, with
 * the speaker's full name the last full name in that sentence and the one before it. `textOf` gives the document up
 * to the end of the quote's sentence (asked only for a name that may be a nickname: it is long to gather).
 */
export function nicknameOf(typed: string, q: Quote, textOf: () => string): boolean {
  const name = q.speaker?.trim() ?? '';
  const nick = typed.trim();
  if (!/^[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*)?$/u.test(nick) || !/\s/u.test(name) || name.toLowerCase().includes(nick.toLowerCase())) return false;
  const text = textOf();
  // 'Richard "Dickie" Hartley': a nickname in quotation marks between the given name and the rest of the name.
  const [given, ...rest] = name.split(/\s+/u);
  const inside = new RegExp(String.raw`(?<![\p{L}])${escape(given!)}\s+["“]${escape(nick)}["”]\s+${rest.map(escape).join(String.raw`\s+`)}(?![\p{L}])`, 'iu');
  if (inside.test(text)) return true;
  for (const m of text.matchAll(new RegExp(String.raw`["“]${escape(nick)}[,.]?["”]`, 'giu'))) {
    const before = text.slice(0, m.index + 1);
    if (!CUE.test(before)) continue;
    // The sentence of the nickname and the one before it: its owner is named there, last of any full name.
    const starts = [...before.matchAll(/[.!?]["”]?\s+(?=[\p{Lu}"“])/gu)].map((s) => s.index + s[0].length);
    const window = before.slice(starts.length >= 2 ? starts[starts.length - 2]! : 0);
    const last = [...window.matchAll(FULL_NAME)].at(-1)?.[0];
    if (last !== undefined && last === name) return true;
  }
  return false;
}
