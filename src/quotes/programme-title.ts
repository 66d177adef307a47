/**
 * A programme's or a show's title in quotation marks after "on": `told CCN's Jane Roe on "Morning Desk."`,
 * `Appearing on "The Week in Review," she said`. News writing puts a broadcast's name in quotation marks; the
 * words are a title in Title Case, no one's speech, though a verb of speech stands right before them. So after
 * "told" and the show's owner: `told the network's "Morning Desk" that ...`.
 */

const ON_SHOW = /\b(?:[Aa]ppear(?:s|ed|ing)?|[Ss]peak(?:s|ing)?|[Ss]poke|said|says|told|tells|interviewed|asked|[Gg]uest(?:ing)?)\b[^.;:"“”]{0,40}?\s+on\s+["“]$/u;

// "told" and the network or paper that owns the show right before it ("told the network's", "told KBN's", "told
// Fox News'"): a show named by its owner is where the words were spoken, not the words.
const TOLD_OWNERS_SHOW = /\b(?:told|tells|telling)\s+(?:the\s+(?:network|station|channel|broadcaster|paper|newspaper|magazine)['’]s?|(?:[\p{Lu}][\p{L}\d&.-]*\s+){0,3}[\p{Lu}][\p{L}\d&.-]*['’]s?)\s+["“]$/u;

// Short words a title leaves in lowercase.
const SMALL = /^(?:the|of|a|an|and|in|on|at|for|to|with|from|by|or|&)$/u;

/** Whether the quote `words`, opened right after `before`, is a title after "on" (Title Case, one to seven words). */
export function isProgrammeTitle(before: string, words: string): boolean {
  // "on" after a verb of appearing or speaking, perhaps with whom ("Appearing later on", "said on", "told CCN's Jane
  // Roe on"): a broadcast. ("the paper's project on "Women in Power"", "a video of him on "Morning Desk"" are
  // subjects or footage, left to the other readings.)
  if (!ON_SHOW.test(before.slice(-60)) && !TOLD_OWNERS_SHOW.test(before.slice(-60))) return false;
  const ws = words.replace(/[.,]\s*$/u, '').trim().split(/\s+/u);
  if (ws.length < 1 || ws.length > 7) return false;
  if (!/^[\p{Lu}\d]/u.test(ws[0]!)) return false;
  return ws.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL.test(w)) && !/[?!:;]/u.test(words);
}
