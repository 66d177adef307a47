/**
 * A House of Commons record's label as Ottawa's Hansard writes it: a title ("Mr.", "Ms.", "Hon."), the member's full
 * name in ordinary case, then in one parenthesis the riding or the office and, after a comma, the party's short
 * name, then a colon: "Mr. Jon Roe (Kew Lake—Bayside, CPC): ", "Hon. Jane Doe (Minister of Harbours, Lib.): ".
 * The shape alone shows a record of speeches, in whose turns members quote others.
 */

// The party's short name closing the parenthesis (with or without its full stop).
const PARTY = String.raw`(?:CPC|Lib|NDP|BQ|GP|Green|Ind|Cons?|PC|Lab|LD|SNP|Alliance|Ref)\.?`;
const PARTY_SEAT_LABEL = new RegExp(String.raw`^((?:(?:Mr|Mrs|Ms|Miss|Dr|Hon|Right[ \t]+Hon)\.?[ \t]+)?[\p{Lu}][\p{L}'’-]+(?:[ \t]+[\p{Lu}][\p{L}'’-]+){1,3})[ \t]*\(([^()]{2,100}?),[ \t]*${PARTY}\)[ \t]*:[ \t]+`, 'u');
// An office rather than a riding: the words of a post.
const OFFICE_WORDS = /^(?:(?:Deputy|Associate|Acting)\s+)?(?:Minister|Parliamentary Secretary|Prime Minister|Leader|President|Secretary|Speaker|Government House Leader|Chief Government Whip)\b/u;

/** A record label of that shape: the name as written after the title, where the words start, and the office or the riding. */
export function partySeatLabel(text: string): { name: string; start: number; role: string } | null {
  const m = PARTY_SEAT_LABEL.exec(text);
  if (!m) return null;
  const inside = m[2]!.trim();
  return { name: m[1]!.replace(/[ \t]+/gu, ' '), start: m[0].length, role: OFFICE_WORDS.test(inside) ? inside : `member for ${inside}` };
}
