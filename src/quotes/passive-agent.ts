/**
 * A passive verb of judging or naming with its agent before the quote: in `Dahl was praised by Olsen as "a
 * tireless servant."` or `The reform has been hailed by the unions as "overdue."` the agent (Olsen, the unions)
 * gave the words; the passive's subject is only the one they are about. The general reading credits the
 * sentence's subject.
 */

const AGENT = String.raw`((?:the\s+|a\s+|an\s+)?[^,;:_"“”()]{1,60}?)`;
// The agent's name set off after a description of it ("by his former coach, Jana Roe, as"): the name is the agent.
const NAME_SET_OFF = String.raw`([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})`;
// A form of "be", perhaps an adverb, the participle, "by" and its agent, then "as" (and an article) or a colon
// or comma right before the quote's opening mark.
// (Or the participle set off after its subject: "Dahl, praised by Olsen as "...", smiled".)
const PASSIVE_AGENT = new RegExp(String.raw`(?:\b(?:is|was|were|are|been|being|be)\s+|,\s+)(?:(?:also|publicly|widely|repeatedly|once|later|then|roundly|warmly|sharply)\s+)?([\p{Ll}]+(?:ed|en))\s+by\s+${AGENT}(?:,\s+${NAME_SET_OFF},)?(?:\s+as\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+)?|\s+(?:for|over)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}|\s*[,:]\s*)$`, 'u');

// Participles whose agent judges, names or greets with words.
const JUDGING = /^(?:praised|hailed|described|called|branded|labell?ed|dubbed|termed|criticised|criticized|condemned|denounced|slammed|blasted|attacked|dismissed|mocked|ridiculed|derided|lauded|welcomed|greeted|accused|applauded|commended|thanked|rebuked|chided|scolded|lambasted|castigated|characteri[sz]ed|portrayed|nicknamed)$/u;
// ("was told by X:", "was asked by X" are read by `asked-by.ts`.)

/** The agent of a passive verb of judging right before the quote in `before` (quotes masked), or null. */
export function passiveAgent(before: string): { agent: string; at: number } | null {
  if (!before.includes(' by ')) return null;
  const m = PASSIVE_AGENT.exec(before.replace(/\s*$/u, ' '));
  if (!m || !JUDGING.test(m[1]!)) return null;
  return { agent: (m[3] ?? m[2]!).trim(), at: m.index };
}
