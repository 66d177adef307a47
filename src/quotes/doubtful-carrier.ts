/**
 * `A viral post says that the mayor told the council "..."`: words a doubtful carrier (a post, a caption, a
 * rumour, a meme, a claim, social-media users, a doctored video) says someone said are the carrier's claim,
 * not that person's quote; a fact check quotes them to deny them. A report by a medium or a person ("The
 * paper quoted Kim as saying", "He reported that Putin answered") is not such a carrier.
 */

// The nouns of a carrier the text does not vouch for, after a determiner and up to three words.
const CARRIER = String.raw`\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Oo]ne|[Ss]ome|[Mm]any|[Ss]everal|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:posts?|captions?|rumou?rs?|memes?|claims?|hoax(?:es)?|(?:social[- ]media\s+)?users|(?:viral|doctored|fake|manipulated|widely[- ]shared)\s+(?:videos?|clips?|messages?|images?|tweets?|stories))`;
// What such a carrier does to the words: says, claims, suggests they were said.
const CARRIES = String.raw`(?:says|said|claims?|claimed|suggests?|suggested|alleges?|alleged|asserts?|asserted|purports?|purported|reads?|states?|stated|insists?|insisted)`;
const CARRIED = new RegExp(String.raw`${CARRIER}\s+(?:[\p{Ll}-]+\s+){0,2}?${CARRIES}\b|\b[Aa]ccording\s+to\s+${CARRIER.slice(2)}`, 'u');

/**
 * Whether the credit at `at` of `before` (the masked sentence up to the quote) stands inside what a doubtful
 * carrier says: the carrier and its verb come before it.
 */
export function carriedByDoubtful(before: string, at: number): boolean {
  const m = CARRIED.exec(before);
  return m !== null && m.index + m[0].length <= at;
}
