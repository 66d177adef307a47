/**
 * "What label do critics stick on them?", "what name did people give the pact?", "what nickname do some use for the
 * two countries?": a name given, asked with a noun of naming and a verb of fixing or giving, is what they call it,
 * and is read as "what do critics call them" (query-plan.ts and rank-top.ts read who calls).
 */
const LABEL_GIVEN = /\bwhat\s+(?:sort\s+of\s+|kind\s+of\s+)?(?:label|name|nickname|tag|moniker|term)s?\s+(do|does|did|are|is|were|was)\s+(.+?)\s+(?:stick|sticking|stuck|put|putting|slap|slapping|slapped|pin|pinning|pinned|give|giving|gave|given|use|using|used)\s+(?:on|to|for)\s+/i;

/** The question with a label given written as calling; unchanged otherwise. */
export function labelAsCalling(question: string): string {
  const m = LABEL_GIVEN.exec(question);
  if (!m) return question;
  const verb = /^(?:are|is|were|was)$/i.test(m[1]!) ? `${m[1]} ${m[2]} calling` : `${m[1]} ${m[2]} call`;
  return `${question.slice(0, m.index)}what ${verb} ${question.slice(m.index + m[0].length)}`;
}
