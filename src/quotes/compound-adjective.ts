/**
 * A capitalised word joined by a hyphen to a participle or noun of where or whom something comes from:
 * "Tromsø-based", "Oslo-born", "Kremlin-backed", "Soviet-era", "Panama-flagged". The word is an adjective of
 * place or origin, never a person named; a pronoun read past the sentence holding it has no rival there.
 */

// The lowercase tails that make a name into such an adjective. (Only these: a hyphenated given name,
// "Un-jong", "Jong-un", "Chol-nam", also ends in a lowercase part, and is a person.)
const TAIL = /^[\p{Lu}][\p{L}'’.]*(?:-[\p{Lu}][\p{L}'’.]*)*-(?:based|born|bred|raised|listed|registered|flagged|owned|backed|funded|led|run|made|built|era|style|bound|focused|linked|affiliated|headquartered|trained|educated)$/u;

/** Whether `word` is a capitalised word made an adjective by a hyphenated tail of origin ("Tromsø-based", "Kremlin-backed"). */
export function isCompoundAdjective(word: string): boolean {
  return TAIL.test(word);
}
