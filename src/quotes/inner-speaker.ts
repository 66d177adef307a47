/**
 * A speaker inside the clause another reports, with a verb of speech right before the quote: `Roe told police the
 * intruder had said: "..."`, `Roe said her supervisor shouted "..." at the shift`, `Roe said its author, Tom Vos,
 * had told her: "..."`. The reporter only passes the words on; the inner clause's subject said them.
 */

// The reporter's verb (and whom it tells), perhaps "that".
const REPORT = String.raw`\b(?:said|says|told\s+[^,;:"“”_]{1,30}?|tells\s+[^,;:"“”_]{1,30}?|claimed|claims|alleged|alleges|recalled|recalls|insisted|explained|testified)\s+(?:that\s+)?`;
// The inner subject: a description opened by a determiner (with a name set off after it), or a name in capitals.
// (Its words are no verb nor word of grammar: "the plan was dead and said" holds a clause, not a subject.)
const WORD = String.raw`(?!(?:was|were|is|are|be|been|being|and|or|but|had|has|have|that|who|whom|which|then|not|did|do|does|would|will|could|should|can|may|might|to|of|in|on|at|by|for|with|from|he|she|they|it|said|told)\b)[\p{Ll}-]+`;
const DESCRIBED = String.raw`(?:the|a|an|his|her|their|its|my|our)\s+(?:${WORD}\s+){0,3}?${WORD}`;
const NAME = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}`;
// The inner verb of speech, its auxiliaries and the hearer, right before the quote.
const INNER = String.raw`\s+(?:(?:had|has|once|then|allegedly|repeatedly|later)\s+)*(?:said|shouted|yelled|screamed|whispered|cried|warned|called\s+out|told\s+(?:him|her|them|me|us|[^,;:"“”_]{1,30}?))\s*[:,]?\s*$`;
const INNER_SPEAKER = new RegExp(String.raw`${REPORT}(?:(${DESCRIBED})(?:,\s+(${NAME}),)?|(${NAME}))${INNER}`, 'u');

/** The inner clause's subject that speaks the quote (its name, when one is set off), and where the report's verb stands in `before`. */
export function innerSpeaker(before: string): { phrase: string; at: number } | null {
  const m = INNER_SPEAKER.exec(before);
  if (!m) return null;
  const phrase = m[2] ?? m[1] ?? m[3]!;
  // (A pronoun or a word that opens clauses is no inner subject: "said He had told ...", "said It".)
  if (/^(?:He|She|They|It|I|We|You|This|That|There)$/u.test(phrase)) return null;
  return { phrase, at: m.index };
}
