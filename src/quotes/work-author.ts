/**
 * The author of a piece of writing that is a sentence's subject: `A sharp essay by Jane Roe of the institute
 * argues ...` is Jane Roe arguing, so a `"...," she writes` after it is hers. The subject's head is the work,
 * not a person, and the reading of subjects would otherwise leave her out.
 */

// A determiner or a fronted "In", a few modifiers, a noun of written work, "by", then a name of two to four
// capitalised words.
const AUTHORED = /^(?:In\s+)?(?:(?:[Aa]|[Aa]n|[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Oo]ne|[Tt]his|[Tt]hat|[Nn]ew)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:essay|article|op-ed|column|paper|report|book|memoir|post|blog\s+post|note|letter|analysis|commentary|study|memo|editorial|piece|review|thread)\s+(?:(?:published|posted|written)\s+(?:\S+\s+){0,3}?)?by\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)/u;

/** The author's name when `sentence` opens with a piece of writing "by" a named author, or null. */
export function workAuthor(sentence: string): string | null {
  const m = AUTHORED.exec(sentence.trimStart());
  return m ? m[1]! : null;
}
