/**
 * "That drew an answer from u/NAME. "...," the user wrote.": a forum user named once by a "u/" handle is then
 * called by the noun for a user ("the user", "the commenter", "the poster", "the redditor"). When the paragraph
 * up to the quote's sentence names one handle and no user other than it, the description is that handle's user.
 * Handles are no names the mentions read, so the description would otherwise stand alone. Another noun ("the
 * moderator", "the pilot") stands for the handle only when the paragraph set it right before the handle ("A
 * moderator, u/NAME,", "the pilot u/NAME").
 */

const USER_HEADS = new Set(['user', 'commenter', 'poster', 'redditor']);
const HANDLE = /(?:^|[\s(,])\/?u\/([\p{L}\d][\p{L}\d_-]{1,29})/gu;
// Another user brought in by a noun, not by the handle ("a user who", "the poster of the map", "another
// commenter"), who may be the one the description means; a noun right before the handle ("the user u/NAME",
// "another user, u/NAME,") introduces that handle and does not count.
const USER_NOUN = /\b(?:users?|commenters?|posters?|redditors?)\b(?!,?\s+\/?u\/)/giu;

/**
 * The handle (without "u/") the definite description with head `head` stands for, read from `before`, the
 * paragraph up to the quote's sentence (quotes masked): the one "u/" handle named there, when no other user is
 * brought in there by a noun; else null.
 */
export function handleDescribed(head: string, before: string): string | null {
  if (!/^[\p{Ll}-]{3,}$/u.test(head)) return null;
  if (!USER_HEADS.has(head) && !new RegExp(String.raw`\b${head},?\s+\/?u\/[\p{L}\d]`, 'iu').test(before)) return null;
  const handles = new Set([...before.matchAll(HANDLE)].map((m) => m[1]!.toLowerCase()));
  if (handles.size !== 1) return null;
  if (USER_NOUN.test(before)) {
    USER_NOUN.lastIndex = 0;
    return null;
  }
  USER_NOUN.lastIndex = 0;
  return [...before.matchAll(HANDLE)][0]![1]!;
}
