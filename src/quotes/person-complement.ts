/**
 * The other person a role names in its complement: "the father of a welder at the yard", "a friend of the
 * nurse", "an aide to the mayor". The role's own noun stands before "of"/"to"/"for"; the person after it is
 * someone else, so a later "the welder" (or "the nurse", "the mayor") is never the one the role was given to, as
 * "the senator's son" is no senator.
 */

// "of/to/for", a determiner (an article, a possessive, a number), up to two modifiers, then the noun: the person
// the relation points to. (A bare complement, "a professor of music", "minister of defence", "board of
// directors", names no one in particular and is left as it is.)
const COMPLEMENT = /(?<![\p{L}'’-])(?:of|to|for)\s+(?:an?|the|his|her|their|its|one|two|three)\s+(?:[\p{Ll}'’-]+\s+){0,2}?([\p{Ll}'’-]+)(?![\p{L}'’-])/gu;

/**
 * `role` with each complement after "of"/"to"/"for" whose noun (in the singular, `singular`) `isPerson` holds
 * taken out, so that only the role's own nouns head it; `role` as it is when it names no other person so.
 */
export function withoutPersonComplement(role: string, isPerson: (noun: string) => boolean, singular: (w: string) => string): string {
  return role.replace(COMPLEMENT, (whole, noun: string) => (isPerson(singular(noun.toLowerCase())) ? ' ' : whole));
}
