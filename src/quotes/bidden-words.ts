/**
 * Words bidden in a passive: in `Roe said he had been ordered by his commander to "hold the bridge"` or `Lind was
 * urged by friends to "get out while she could"` the quoted words are what the agent bade (the commander, the
 * friends), and the passive's subject only heard them; with no agent named (`Roe was told to "go home"`) no one
 * who said them is told. The general reading credits the sentence's subject or the one reporting.
 */

// A verb of bidding: one tells another what to do, and the quoted infinitive is what was told.
const BIDDING = String.raw`(?:ordered|told|instructed|asked|urged|advised|warned|begged|commanded|encouraged|directed|implored|exhorted|pressed|forbidden|forbade)`;
// A form of "be" (or "get"), perhaps an adverb, the participle, perhaps "by" and its agent up to the "to" that opens
// the quoted infinitive right before the quote's opening mark.
const BIDDEN = new RegExp(String.raw`\b(?:is|was|were|are|been|being|be|got|get|gets)\s+(?:(?:also|then|later|once|repeatedly|explicitly|personally|reportedly|allegedly)\s+)?${BIDDING}(?:\s+by\s+((?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?[^,;:_"“”()]{1,60}?))?\s+(?:not\s+)?to\s*$`, 'u');

/**
 * The agent of a passive verb of bidding whose infinitive is the quote (`before`: the quote's sentence up to its
 * opening mark, quotes masked): `{ agent, at }`, the agent null when none is named, `at` where the passive's
 * auxiliary stands; or null when the words before the quote are no such passive.
 */
export function biddenAgent(before: string): { agent: string | null; at: number } | null {
  const m = BIDDEN.exec(before);
  if (!m) return null;
  return { agent: m[1]?.trim() ?? null, at: m.index };
}
