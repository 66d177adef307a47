/**
 * `u/NAME quoted Putin's own answer to reporters, "...," and added ...`, `She cited the mayor Ada Lind's reply,
 * "...,"`: words set off by a comma right after a named owner's noun of speech, the object of a verb of quoting or
 * citing, are the owner's; the one who quotes only repeats them.
 */

// A named owner's possessive (capitalised words), perhaps "own" or a time word, a noun of speech, and perhaps
// where or to whom it was said, then the comma before the quote. The verb of quoting opens it.
const QUOTED_OWNED = /\b(?:quoted|quotes|quoting|cited|cites|citing|repeated|repeats|repeating|reposted|reposting)\s+((?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}-]*)['’]s\s+(?:(?:own|earlier|famous|first|last|latest|original)\s+)?(?:answer|reply|response|remark|remarks|words|line|retort|comment)(?:\s+(?:to|at|on|in)\s+[^.;:!?,"“”«»_]{1,40})?,\s*$/u;

/** The owner's name (as written) whose words the quote is, read from `before` (the sentence up to the quote, quotes masked); or null. */
export function quotedOwnersWords(before: string): string | null {
  return QUOTED_OWNED.exec(before)?.[1] ?? null;
}
