/**
 * A medium quoting someone: in `The paper quotes a senior official as saying: "..."` or `the Ledger quotes
 * Ukraine's foreign ministry as describing the summit as "..."` the one quoted (the object of "quotes", "cites")
 * gave the words; the subject only passes them on. The general reading credits the sentence's subject.
 */

// "quotes|quoted|quoting|cites|cited|citing <object> as <verb>ing", the object holding no clause of its own;
// the rest of the sentence up to the quote's opening mark opens no other quotation or sentence.
// (The object may carry a name set off after it: "quoted her spokesman, Ivo Lind, as describing ...".)
const QUOTED_AS = /\b(?:quotes|quoted|quoting|cites|cited|citing)\s+((?!by\s|as\s)[^,;:_"“”()]{2,70}?(?:,\s+[\p{Lu}][^,;:_"“”()]{1,50},)?)\s+as\s+(?:having\s+)?([\p{Ll}]+ing)\b([^_"“”]*)$/u;

/**
 * The object of "quotes ... as saying" (or describing, calling, warning ...) in `before` (the quote's sentence
 * up to its opening mark, quotes masked), or null when the sentence does not read so.
 */
export function quotedAsSpeaker(before: string): string | null {
  if (!/\b(?:quot|cit)(?:es|ed|ing)\b/u.test(before)) return null;
  const m = QUOTED_AS.exec(before.replace(/\s+$/u, ' '));
  if (!m) return null;
  const [, object, , rest] = m;
  // A further clause of its own between ("as saying that X had told ...") belongs to someone else.
  if (/\b(?:that|who|which)\b/u.test(rest!) && /\b(?:said|told|says|tells)\b/u.test(rest!)) return null;
  // The name set off after a description is the one quoted.
  const setOff = /^[^,]+,\s+([\p{Lu}][^,]+),$/u.exec(object!.trim());
  return setOff ? setOff[1]!.trim() : object!.trim();
}
