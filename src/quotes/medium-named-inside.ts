/**
 * "the nationalist Harbour Times tabloid", "the conservative Daily Courier newspaper": a paper described by its
 * kind, with its own name in capitals right before the noun of its kind, is that named paper; the words around
 * the name only describe it. Read as the name (its role the whole description), so a later "the Harbour Times
 * wrote" is the same speaker under the same name, not under the description's words.
 */
import { lexTags } from './names.ts';

// "the" and at most three lowercase words, a run of two to five capitalised words, a noun of a printed medium.
const NAMED_INSIDE = /^[Tt]he\s+(?:[\p{Ll}][\p{L}'’-]*\s+){0,3}((?:[\p{Lu}][\p{L}'’.&-]*\s+){1,4}[\p{Lu}][\p{L}'’.&-]*)\s+(?:newspaper|paper|daily|tabloid|weekly|broadsheet|magazine)$/u;

// Last words of the names of institutions that own a paper, never its title ("the Communist Party newspaper").
const OWNER_ENDING = /\b(?:Party|Ministry|Department|Office|Council|Government|Army|Church|University|Institute|Union|Committee|Commission|Corporation|Company|Group|Association|Foundation|Agency|Bank)$/u;

// A demonym or a party's adjective opening the run ("the Norlandic Daily Star"?) is left alone: the run may be
// the country's, not the paper's.
const DEMONYM_OPENING = /^[\p{Lu}][\p{L}-]*(?:ian|ean|ese|ish|ic|an|i)\s/u;

/** The paper's own name inside a description of it ("the Harbour Times" in "the nationalist Harbour Times tabloid"), or null. */
export function mediumNamedInside(description: string): string | null {
  const m = NAMED_INSIDE.exec(description.trim().replace(/[\s,.;:]+$/u, ''));
  if (!m) return null;
  const run = m[1]!;
  if (OWNER_ENDING.test(run) || DEMONYM_OPENING.test(run)) return null;
  // A place's name of two words ("New York", "Hong Kong") says where the paper is, not what it is called.
  if (lexTags(run).length > 0) return null;
  return `the ${run}`;
}
