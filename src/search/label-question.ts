/**
 * "What label do critics stick on them?", "what name did people give the pact?", "what nickname do some use for the
 * two countries?": a name given, asked with a noun of naming and a verb of fixing or giving, is what they call it,
 * and is read as "what do critics call them" (query-plan.ts and rank-top.ts read who calls).
 */
const LABEL_GIVEN = /\bwhat\s+(?:sort\s+of\s+|kind\s+of\s+)?(?:label|name|nickname|tag|moniker|term)s?\s+(do|does|did|are|is|were|was)\s+(.+?)\s+(?:stick|sticking|stuck|put|putting|slap|slapping|slapped|pin|pinning|pinned|give|giving|gave|given|use|using|used)\s+(?:on|to|for)\s+/i;
// "What are the two towns sometimes called?", "what is the pact often dubbed?", "what are they also known as?": a
// name asked in the passive with no caller, and an adverb saying it is one name among others or one some use, is a
// name no one in particular gives, as "what do people call them" asks (query-plan.ts, asksCommonName); the passive
// alone ("what was the satellite called?") asks a thing's own name. Not with a caller said ("called by Eastburg").
// bundled29 one more in the top three ("What are North Korea and Russia sometimes called?", the paragraph naming
// neither country but "the two nations, which some call ..."); no other own set moved.
const PASSIVE_COMMON_NAME =
  /\bwhat\s+(?:is|are|was|were)\s+(.+?)\s+(?:sometimes|often|also|commonly|widely|usually|frequently|occasionally|popularly|informally|increasingly|now)\s+(?:called|dubbed|labell?ed|branded|nicknamed|known\s+as|referred\s+to\s+as)(?!\s+by\b)(?=\s*(?:again\s*)?[?!.]*\s*$)/i;

/** The question with a label given written as calling; unchanged otherwise. */
export function labelAsCalling(question: string): string {
  const passive = PASSIVE_COMMON_NAME.exec(question);
  if (passive) return `${question.slice(0, passive.index)}what do people call ${passive[1]}${question.slice(passive.index + passive[0].length)}`;
  const m = LABEL_GIVEN.exec(question);
  if (!m) return question;
  const verb = /^(?:are|is|were|was)$/i.test(m[1]!) ? `${m[1]} ${m[2]} calling` : `${m[1]} ${m[2]} call`;
  return `${question.slice(0, m.index)}what ${verb} ${question.slice(m.index + m[0].length)}`;
}
