/**
 * "A Telegram channel called Harbor Signal shared the photograph with the comment '...'", "a page named Copper
 * Lantern News": a body described by what it is, then given its name by "called" or "named", is that named body;
 * the description only says what kind of body it is.
 */
import { escapeRegExp } from '../text/regexp.ts';

// A run of capitalised words (perhaps joined by "of", "the" or "and") after "called" or "named".
const CALLED_NAME = String.raw`\s+(?:called|named)\s+((?:the\s+)?[\p{Lu}][\p{L}\p{N}'’.&-]*(?:\s+(?:(?:of|the|and|for|on)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*){0,5})`;

/**
 * The name `description` (as the text wrote it, "a Telegram channel") is given right after it in `sentence`
 * (quotes masked) by "called" or "named", or null.
 */
export function nameCalledAfter(sentence: string, description: string): string | null {
  if (!/\b(?:called|named)\s/u.test(sentence)) return null;
  const d = description.trim();
  // (Only a body brought in by what it is, "a channel", "another page": "Sanders' campaign called AP's report a
  // '...'" is a verb of calling with its object, no name given.)
  if (!/^(?:an?|another|one)\s/iu.test(d)) return null;
  // (The description's first letter either way: "a Telegram channel" opens the sentence as "A Telegram channel".)
  const first = d[0]!;
  const opening = first.toUpperCase() === first.toLowerCase() ? escapeRegExp(first) : `[${first.toUpperCase()}${first.toLowerCase()}]`;
  const m = new RegExp(String.raw`(?<![\p{L}])${opening}${escapeRegExp(d.slice(1))}${CALLED_NAME}`, 'u').exec(sentence);
  // (Nor a possessive: "a page called NAME's account ..." names whose account it is, not the page.)
  if (!m || /['’]s$/u.test(m[1]!)) return null;
  return m[1]!.replace(/[.,]+$/u, '');
}
