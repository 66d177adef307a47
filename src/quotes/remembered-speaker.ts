/**
 * `"...," Arlo remembers Tamsin saying.`: words credited to one whom another remembers or recalls saying them.
 * The rememberer is at hand in the same sentence and the narration is told from their side: a bare quote after it
 * in the paragraph may be the rememberer's comment on the memory as well as the remembered one going on.
 */

// After the closing mark: the rememberer (a capitalised name or a pronoun), a verb of remembering, the one
// remembered (a name, or "him"/"her"), and a participle of saying.
const REMEMBERED_BY_ANOTHER = /^[\s,]*(?:(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}|(?:he|she|I|we)\s+)(?:still\s+|later\s+)?(?:remembers|remembered|recalls|recalled|remember|recall)\s+(?:(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}|(?:him|her|them)\s+)(?:saying|telling|shouting|warning|joking|announcing)\b/u;

/**
 * Whether the words of a quote's sentence after its closing mark credit it as remembered by another ("Arlo
 * remembers Tamsin saying", "she recalls him telling them"): a later bare quote goes on with no one sure.
 */
export function rememberedByAnother(after: string): boolean {
  return REMEMBERED_BY_ANOTHER.test(after);
}
