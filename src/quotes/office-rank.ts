/**
 * An office held under another of the same name is not that office: a "Vice President" is not "the
 * president", a "Deputy Prime Minister" not "the prime minister", a "Lieutenant Governor" not "the governor".
 * A description that leaves the rank out means the higher office, so it does not fit a person named only
 * with the lower one.
 */

/** Words that make an office a lower one of the same name. */
const RANKS = ['vice', 'deputy', 'assistant', 'lieutenant', 'under', 'associate'] as const;

/**
 * Whether a speaker known by `speakerWords` (the words of its names and roles, lowercase) holds only a lower
 * rank of the office a description with `descriptionWords` names: the speaker's words hold a rank word the
 * description lacks.
 */
export function lowerRankOnly(speakerWords: ReadonlySet<string>, descriptionWords: ReadonlySet<string>, roles: readonly string[] = [], head = ''): boolean {
  // A lieutenant general is "the general", a lieutenant colonel "the colonel": in military ranks "lieutenant"
  // is part of the rank's name, not a deputy's office (as it is in "lieutenant governor").
  // ("the vice-chancellor" holds the rank word as "the vice chancellor" does: a hyphen joins words of the office.)
  const described = new Set([...descriptionWords].flatMap((w) => [w, ...w.split('-')]));
  const military = [...described].some((w) => LIEUTENANT_RANKS.has(w));
  // ("Lieutenant General Jo Roe, a former deputy commander": the rank word of another role, "deputy commander",
  // makes no lower general; only the roles that hold the description's head are read, when there are any.)
  // (A rank word after the head belongs to its complement, not to the office: "a spokesperson for the deputy
  // minister" is no lower spokesperson, so each role is read only up to the head.)
  const holding = head ? roles.map((r) => r.toLowerCase().split(/[^\p{L}'’-]+/u).flatMap((w) => [w, ...w.split('-')])).filter((ws) => ws.includes(head)).map((ws) => ws.slice(0, ws.indexOf(head) + 1)) : [];
  return RANKS.some((r) => (holding.length > 0 ? holding.some((ws) => ws.includes(r)) : speakerWords.has(r)) && !described.has(r) && !(r === 'lieutenant' && military));
}

/** Military ranks that "lieutenant" opens the name of a rank of. */
const LIEUTENANT_RANKS = new Set(['general', 'colonel', 'commander']);

/**
 * Words that name an office's portfolio before its head noun ("foreign minister", "prime minister", "defence
 * secretary", "trade representative"): two different ones make two different offices of the same head.
 */
const PORTFOLIOS = new Set([
  'prime', 'foreign', 'defence', 'defense', 'finance', 'interior', 'home', 'justice', 'trade', 'economy', 'economic',
  'health', 'education', 'energy', 'agriculture', 'transport', 'labour', 'labor', 'environment', 'culture', 'treasury',
  'commerce', 'industry', 'security', 'unification', 'information', 'communications', 'tourism', 'housing',
]);

/** The portfolio word directly before `head` in `text`, lowercase, or null. */
function portfolioBefore(text: string, head: string): string | null {
  const w = text.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean);
  for (let i = 1; i < w.length; i++) if (w[i] === head && PORTFOLIOS.has(w[i - 1]!)) return w[i - 1]!;
  return null;
}

/**
 * Whether a description naming a portfolio ("the foreign minister") names another office than every role of
 * that head the speaker was given ("Prime Minister Henrik Osten"): the foreign minister is not the prime
 * minister. A speaker given no such role, or one with the same portfolio, is not ruled out.
 */
export function otherPortfolio(speakerRoles: readonly string[], description: string, head: string): boolean {
  const wanted = portfolioBefore(description, head);
  if (!wanted) return false;
  const held = speakerRoles.map((r) => portfolioBefore(r, head)).filter((p): p is string => p !== null);
  return held.length > 0 && !held.includes(wanted);
}

/**
 * Whether a description that names a lower rank of an office ("the deputy minister", "the vice president") does not
 * fit a speaker every one of whose roles holding that office's head names it without the rank ("Foreign Minister
 * Jo Roe"): the deputy minister is not the minister. A speaker given no role with the head is not ruled out.
 */
export function higherRankOnly(speakerRoles: readonly string[], description: string, head: string): boolean {
  const rankBefore = (text: string): boolean => {
    const w = text.toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean);
    const at = w.indexOf(head);
    // (The rank stands right before the head or one word before it: "deputy foreign minister".)
    return at > 0 && w.slice(Math.max(0, at - 2), at).some((x) => (RANKS as readonly string[]).includes(x));
  };
  if (!rankBefore(description)) return false;
  const holding = speakerRoles.filter((r) => r.toLowerCase().split(/[^\p{L}'’]+/u).includes(head));
  return holding.length > 0 && !holding.some(rankBefore);
}
