/**
 * "Another channel, NAME, was more cautious. "...," its anonymous author wrote.": the author, editor or
 * administrator of a channel, blog or account the sentence before named writes in that medium's voice; the words
 * are the medium's, as "the channel wrote" would make them. Only when the paragraph before the quote's sentence names
 * one medium by its noun and then its name, so "its" has that one to mean.
 */

// "its author", "its anonymous author", "its editors", "its administrator": the one who writes a medium.
const ITS_AUTHOR = /^its\s+(?:(?:anonymous|unnamed|pseudonymous|sole|own)\s+)?(?:author|authors|admin|admins|administrator|administrators|editor|editors|writer|writers)$/iu;

// A medium's noun, then its name (set off by a comma or not): "channel, Northern Watch,", "the blog Red Quay".
const MEDIUM_NAMED = /\b(?:channel|blog|newsletter|website|podcast|outlet)\b,?\s+((?:[\p{Lu}][\p{L}'’&-]*\s+){0,3}[\p{Lu}][\p{L}'’&-]*)/gu;

/**
 * The name of the medium whose author `phrase` ("its anonymous author") means, read from `before` (the quote's
 * paragraph up to the quote's own sentence): the one medium named there by its noun and name, else null (none, or
 * two named, which "its" cannot tell apart).
 */
export function mediumOfAuthor(phrase: string, before: string): string | null {
  if (!ITS_AUTHOR.test(phrase.trim())) return null;
  const names = new Set([...before.matchAll(MEDIUM_NAMED)].map((m) => m[1]!));
  return names.size === 1 ? [...names][0]! : null;
}
