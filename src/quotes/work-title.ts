/**
 * A quote that is the title of a work, by where it stands: 'In "The Glass Orchard," the heroine tells her lover
 * ...', 'the author's new novel, "The Last Orchard," follows a widow'. Each word of weight capitalised and the
 * sentence opening "In" before it, or a work's noun right before it: the title of a book, a film, a song, no
 * words anyone said; the name after it is a character's or the work's subject, not its speaker. So after a verb of
 * performing one ('closed the night with "Leave the Door Open"').
 */
const SMALL = /^(?:a|an|the|and|or|nor|but|of|in|on|at|to|for|by|from|with|into|over|as)$/u;
const WORK = /(?:^|\s)(?:novel|film|movie|play|book|memoir|song|single|album|record|poem|opera|musical|series|sitcom|drama|documentary|show|painting|exhibition|exhibit|ballet|symphony|game)\s*,?\s*$/iu;
// A verb of performing or showing a work right before it ("sang", "closed the night with", "screened"): what is
// performed under a title-cased name is the work, not words the performer says.
const PERFORMED = /\b(?:sang|sings|singing|sung|played|plays|playing|performed|performs|performing|covered|recorded|released|screened|premiered|encored\s+with|(?:closed|opened|ended|finished|began|started)\s+(?:(?:the|her|his|their|its)\s+)?(?:[\p{Ll}]+\s+){0,2}with)\s*$/u;

// The first word of the text opens on a capital; the text has ten words or more.
const CAPITAL_FIRST = /^\s*[\p{Lu}]/u;
const TEN_WORDS = /^\s*(?:\S+\s+){9}\S/u;

/**
 * Whether the words inside a quote's marks are written as a title: two to eight words, none closing a clause,
 * each capitalised but the small words of a title ("The Last Orchard", "Come Home Tonight").
 */
export function titleCased(inner: string): boolean {
  // (Told cheaply first, before the words of a long quote are copied out: a title opens on a capital, and ten
  // words or more are more than eight after a lone closing comma is dropped.)
  if (!CAPITAL_FIRST.test(inner) || TEN_WORDS.test(inner)) return false;
  const words = inner.replace(/,\s*$/u, '').trim().split(/\s+/u).filter(Boolean);
  if (words.length < 2 || words.length > 8 || words.some((w) => /[.,;:!?]$/u.test(w))) return false;
  return /^[\p{Lu}]/u.test(words[0]!) && words.every((w) => /^[\p{Lu}]/u.test(w) || SMALL.test(w));
}

/** Whether the quote `text[open, close]` (marks included), in the sentence starting at `rs`, is a work's title. */
export function workTitleQuote(text: string, open: number, close: number, rs: number): boolean {
  if (!titleCased(text.slice(open + 1, close))) return false;
  const before = text.slice(rs, open);
  return /^\s*In\s*$/u.test(before) || WORK.test(before) || PERFORMED.test(before);
}
