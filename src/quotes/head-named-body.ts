/**
 * "That option was welcomed by the Saltmouth Pier Trust. ... the trust said it was ...": news style names a body
 * once in full, then calls it by the noun its name is built on ("Trust", "Council", the "Ministry" of "Ministry of
 * Coastal Affairs"). The one name so built in the paragraphs just before is the body meant.
 */

import { FUNCTION_WORDS } from '../text/stop-words.ts';

// Where a body sits, set before its name: "Graz-based", "Seoul-based".
const BASED_IN = /^[\p{Lu}][\p{L}.]*-based$/u;

/** The expression per head noun (`g` flag: reset before each text). */
const HEADED = new Map<string, RegExp>();

function headedExpression(head: string): RegExp {
  let re = HEADED.get(head);
  if (!re) {
    if (HEADED.size >= 2_000) HEADED.clear();
    const cap = head.charAt(0).toUpperCase() + head.slice(1);
    // One to four capitalised words and the head ("Saltmouth Pier Trust"), or the head and "of"/"for" and a
    // capitalised run ("Ministry of Coastal Affairs", "Bank of Veloria").
    const word = String.raw`[\p{Lu}][\p{L}'’.&-]*`;
    re = new RegExp(String.raw`(?<![\p{L}'’.&-])(?:${word}\s+){0,4}${cap}(?:\s+(?:of|for)\s+(?:the\s+)?${word}(?:\s+(?:and\s+)?${word}){0,4})?(?![\p{L}'’&-])`, 'gu');
    HEADED.set(head, re);
  }
  return re;
}

/**
 * The distinct body names (as written) built on `head` in paragraphs `paragraph` - 2 to `paragraph` (counted from
 * 1), before offset `upTo` of that last paragraph. A possessive opening the run ("Japan's") is left off.
 */
export function namesHeadedBy(paragraphs: readonly string[], head: string, paragraph: number, upTo: number): string[] {
  if (!/^[\p{Ll}]+$/u.test(head)) return [];
  const re = headedExpression(head);
  const cap = head.charAt(0).toUpperCase() + head.slice(1);
  const found = new Map<string, string>();
  for (let p = Math.max(1, paragraph - 2); p <= paragraph; p++) {
    const text = p === paragraph ? (paragraphs[p - 1] ?? '').slice(0, upTo) : (paragraphs[p - 1] ?? '');
    if (!text.includes(cap)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const words = m[0].replace(/^(?:[\p{Lu}][\p{L}.&-]*\s+)*?[\p{Lu}][\p{L}.&-]*['’]s\s+/u, '').split(/\s+/u);
      // (A sentence's capitalised first word, "The", "In", "Yesterday", is no part of the name.)
      while (words.length > 0 && FUNCTION_WORDS.has(words[0]!.toLowerCase())) words.shift();
      // (Nor where the body sits, "the Graz-based Institute for ...": a name with it is no other body.)
      while (words.length > 0 && BASED_IN.test(words[0]!)) words.shift();
      if (words.length < 2) continue;
      const name = words.join(' ');
      found.set(name.toLowerCase(), name);
    }
  }
  return [...found.values()];
}

/**
 * Whether a body's name (a "the" before it aside) is built on `head` as `namesHeadedBy` reads names: "Institute
 * for Harbour Studies" and "Harbour Studies Institute" on "institute".
 */
export function nameHeadedBy(name: string, head: string): boolean {
  if (!/^[\p{Ll}]+$/u.test(head)) return false;
  const bare = name.replace(/^the\s+/iu, '');
  const re = headedExpression(head);
  re.lastIndex = 0;
  const m = re.exec(bare);
  return m !== null && m.index === 0 && m[0] === bare;
}
