/**
 * A sentence opening on a clause of time whose subject is someone only described, then "he" or "she" right after
 * its comma: `When a Danish skipper docked here in May, he told me, "..."`, `After an older nurse had read the
 * notice, she said: ...`. The pronoun opening the main clause is that one, the only person the clause brings in;
 * a later "he said" in the paragraph goes on with them. Not when the clause holds a third person's pronoun or a
 * verb of putting something to someone ("When a reporter asked her, she said ..." is not the reporter's answer),
 * nor when the main clause speaks to a third person ("..., she told him, ...").
 */

const FRONTED = /^\s*(?:(?:But|And)\s+)?(?:When|After|Before|As\s+soon\s+as|Once|Whenever)\s+((?:a|an|one)\s+[^,;:"“”—–()]{3,120}?),\s+(he|she)\s+[\p{Ll}]/u;
// A third person's pronoun, or a verb that puts a question or words to someone, in the clause.
const OTHER_PARTY = /\b(?:he|she|him|her|his|hers|they|them|their|it|asked|questioned|pressed|interviewed|told|urged|called|rang|phoned|confronted|met|showed)\b/iu;

/** The words of the fronted clause after its conjunction ("a Danish skipper docked here in May") and the sex the pronoun after it tells, or null. */
export function frontedClauseWithPronoun(sentence: string): { clause: string; gender: 'm' | 'f' } | null {
  const c = sentence.trimStart().charCodeAt(0);
  // "When", "After", "Before", "As", "Once", "But", "And": most sentences are told apart by their first letter.
  if (c !== 87 && c !== 65 && c !== 66 && c !== 79) return null;
  const m = FRONTED.exec(sentence);
  if (!m || OTHER_PARTY.test(m[1]!)) return null;
  // ("..., she told him, "..."": the main clause speaks to a third person, who may be the one the clause brought in.)
  if (/^[^"“”:;]{0,80}?\b(?:him|her|them)\b/u.test(sentence.slice(m.index + m[0].length - 1))) return null;
  return { clause: m[1]!, gender: m[2] === 'he' ? 'm' : 'f' };
}
