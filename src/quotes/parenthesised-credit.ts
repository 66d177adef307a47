/**
 * Credits written in parentheses right after a quote, as encyclopedias and reaction lists write them:
 * `"..." (statement by Jane Roe, the trade ministry's spokeswoman)`, `"..." (Tom Hale, economy minister, in a
 * radio interview)`. Such a credit names the speaker more closely than a label before the quote ("Canada:").
 * And a name a medium or body noun stands before (`the newspaper Folha Nova`) names that body, not a person.
 */

import { isSpace } from '../text/chars.ts';
import { lexFirstName } from './names.ts';


// A kind of statement and "by" or "from", or "said" / "according to", before the name in the parenthesis.
const LEAD = String.raw`(?:(?:(?:a|an|the)\s+)?(?:joint\s+|written\s+|official\s+)?(?:statement|remarks|comments?|words|post|interview|speech|briefing|letter|tweet)\s+(?:by|from|of)\s+|said\s+|according\s+to\s+)?`;
const NAME = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3}`;
const PAREN_CREDIT = new RegExp(String.raw`^\s*\(\s*(${LEAD})(${NAME})\s*(?:,[^()]*)?\)`, 'u');

/**
 * The name a parenthesis right after a quote credits (`after`: the sentence from the closing mark on), and
 * whether a lead word ("statement by") introduced it; null when the parenthesis opens with no such name.
 */
export function parenthesisedCredit(after: string): { name: string; led: boolean } | null {
  const m = PAREN_CREDIT.exec(after);
  if (!m) return null;
  const led = m[1]!.trim().length > 0;
  // Unled, only a person's name and role ("(Tom Hale, economy minister)"): "(Without Fear)" translates a title.
  if (!led && !(/^\s*\(\s*[^,()]+,/u.test(after) && lexFirstName(m[2]!.split(/\s+/u)[0]!))) return null;
  return { name: m[2]!, led };
}

// Nouns for a body that speaks as one, not a person: a medium or an institution.
const BODY_HEADS = new Set([
  'newspaper', 'paper', 'daily', 'weekly', 'tabloid', 'broadsheet', 'magazine', 'broadcaster', 'channel', 'network',
  'station', 'agency', 'outlet', 'website', 'portal', 'ministry', 'institute', 'foundation', 'university', 'party',
]);

/** Whether a role standing before a name (`the newspaper`, `state broadcaster`) makes that name a body's. */
export function bodyRole(role: string): boolean {
  // (The answer is no unless the last word is a body's noun, told first: most roles end in a person's noun, and
  // the expressions below, tried on every word, cost more than the rest of the reading.)
  let k = role.length;
  while (k > 0 && isSpace(role.charCodeAt(k - 1))) k--;
  let w = k;
  while (w > 0 && !isSpace(role.charCodeAt(w - 1))) w--;
  if (!BODY_HEADS.has(role.slice(w, k))) return false;
  // A short role with no preposition, the body noun its head: "the director of the Sunlight Foundation" is a
  // person's, "the official North Korean agency" a body's.
  const words = role.trim().replace(/^(?:the|a|an)\s+/iu, '').split(/\s+/u);
  if (words.length > 4 || words.some((w) => /^(?:of|at|for|in|from|with|on)$/iu.test(w) || /['’]s?$/u.test(w))) return false;
  return BODY_HEADS.has(words[words.length - 1]!);
}
