/**
 * An obituary's subject, named with a role in its lead ("Anton Belsky, a Polish diplomat who served in Hanoi,
 * died on Sept. 3 in Gdansk."), is the one the text later calls "the veteran diplomat" or "the late diplomat":
 * the whole piece is about that person. Only a description of "the", words of the lead's role or of age and
 * standing, and the role's head noun; and only when the text gives no one else a role with that head.
 */
import type { NameMention } from './name-mentions.ts';

// "NAME, a ROLE ..., died" in the lead's first sentence (perhaps "who died", or "has died").
const LEAD = /^\s*((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]+),\s+(?:a|an|the)\s+([^.;:"“”]{3,240}?),\s+(?:who\s+)?(?:has\s+)?died\b/u;
// Words of age and standing that set no one apart in such a text.
const STANDING = new Set(['veteran', 'longtime', 'long-time', 'late', 'elderly', 'aging', 'ageing', 'seasoned', 'old']);

/**
 * The obituary subject's name when `description` ("the veteran diplomat", head `head`) fits the role the lead
 * gives them and no other mention's role holds that head; else null.
 */
export function obituarySubject(lead: string | undefined, description: string, head: string, mentions: readonly NameMention[]): string | null {
  const m = lead ? LEAD.exec(lead) : null;
  if (!m) return null;
  const name = m[1]!.trim();
  const roleWords = m[2]!.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  // The head in the role's own run, before any clause ("a Soviet diplomat who served ..."): its first noun phrase.
  const run = roleWords.slice(0, Math.max(0, roleWords.findIndex((w) => /^(?:who|whose|which|that|and|with|in|at|of|for|from)$/u.test(w)))) ;
  const own = run.length > 0 ? run : roleWords;
  if (own[own.length - 1] !== head) return null;
  const words = description.toLowerCase().split(/\s+/u);
  if (words[0] !== 'the' || words[words.length - 1] !== head) return null;
  if (!words.slice(1, -1).every((w) => STANDING.has(w) || own.includes(w))) return null;
  const compact = name.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (mentions.some((x) => x.role && x.compact !== compact && x.role.toLowerCase().split(/[^\p{L}-]+/u).includes(head))) return null;
  return name;
}
