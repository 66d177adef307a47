/**
 * A relation of fellowship read as the role before a name: "His colleague Dinara Roe", "her friend Ada Vell",
 * "Lind's neighbour Tor Ask". It says whose fellow the person is, not what they do; a role set off by commas right
 * after the name ("His colleague NAME, a sanctions specialist at the same centre,") says that, and is the one a
 * later description ("the sanctions specialist") is tied by. Words of kin are left out: a kin relation is itself
 * what later descriptions name the person by ("his wife", "the daughter").
 */

// An owner (a possessive determiner, or a name's possessive), at most one word before the noun, the noun at the end.
const FELLOW_RELATION = /^(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[\p{Lu}][\p{L}'’-]*['’]s?)\s+(?:[\p{Ll}-]+\s+)?(?:colleague|friend|neighbour|neighbor|classmate|teammate|flatmate|roommate)$/u;

/** Whether a role read before a name is only a relation of fellowship with its owner ("His colleague"). */
export function isFellowRelation(role: string): boolean {
  return FELLOW_RELATION.test(role.trim());
}
