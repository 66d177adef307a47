/**
 * "What label do critics stick on them?", "what name did people give the pact?", "what nickname do some use for the
 * two countries?": a name given, asked with a noun of naming and a verb of fixing or giving, is what they call it,
 * and is read as "what do critics call them" (query-plan.ts and rank-top.ts read who calls).
 */
const LABEL_GIVEN = /\bwhat\s+(?:sort\s+of\s+|kind\s+of\s+)?(?:label|name|nickname|tag|moniker|term)s?\s+(do|does|did|are|is|were|was)\s+(.+?)\s+(?:stick|sticking|stuck|put|putting|slap|slapping|slapped|pin|pinning|pinned|give|giving|gave|given|use|using|used)\s+(?:on|to|for)\s+/i;
// "What are Eastburg and Westfield sometimes called?", "what are they often dubbed?": a name asked in the passive with
// no caller, of parties together ("X and Y", "they", "the two ..."), with an adverb saying it is a name some use, is a
// label others stick on them, as "what do people call them" asks (query-plan.ts, asksCommonName). Not one thing's
// other name ("what is the cycle sometimes called?", "what are jellies commonly known as?"), which a text gives as
// its alias ("also known as ..."): read so, SQuAD v1.1 dev lost six first places. Not with a caller said ("called by
// Eastburg"). bundled29 one more in the top three ("What are North Korea and Russia sometimes called?", the paragraph
// naming neither country but "the two nations, which some call ..."); no other own set moved.
const PASSIVE_COMMON_NAME =
  /\bwhat\s+(?:is|are|was|were)\s+((?:they|them|these|those|the\s+two\b.*?|\S.*?\s+(?:and|&)\s+.+?))\s+(?:sometimes|often|also|commonly|widely|usually|frequently|occasionally|popularly|informally|increasingly|now)\s+(?:called|dubbed|labell?ed|branded|nicknamed|known\s+as|referred\s+to\s+as)(?!\s+by\b)(?=\s*(?:again\s*)?[?!.]*\s*$)/i;

/** The question with a label given written as calling; unchanged otherwise. */
export function labelAsCalling(question: string): string {
  const passive = PASSIVE_COMMON_NAME.exec(question);
  if (passive) return `${question.slice(0, passive.index)}what do people call ${passive[1]!.replace(/^they$/i, 'them')}${question.slice(passive.index + passive[0].length)}`;
  const m = LABEL_GIVEN.exec(question);
  if (!m) return question;
  const verb = /^(?:are|is|were|was)$/i.test(m[1]!) ? `${m[1]} ${m[2]} calling` : `${m[1]} ${m[2]} call`;
  return `${question.slice(0, m.index)}what ${verb} ${question.slice(m.index + m[0].length)}`;
}
