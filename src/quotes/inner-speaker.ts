/**
 * A speaker inside the clause another reports, with a verb of speech right before the quote: `Roe told police the
 * intruder had said: "..."`, `Roe said her supervisor shouted "..." at the shift`, `Roe said its author, Tom Vos,
 * had told her: "..."`. The reporter only passes the words on; the inner clause's subject said them.
 */

// The reporter's verb (and whom it tells), perhaps "that".
const REPORT = String.raw`\b(?:said|says|told\s+[^,;:"“”_]{1,30}?|tells\s+[^,;:"“”_]{1,30}?|claimed|claims|alleged|alleges|recalled|recalls|remembered|remembers|insisted|explained|testified)\s+(?:that\s+)?`;
// The inner subject: a description opened by a determiner (with a name set off after it), or a name in capitals.
// (Its words are no verb nor word of grammar: "the plan was dead and said" holds a clause, not a subject.)
const WORD = String.raw`(?!(?:was|were|is|are|be|been|being|and|or|but|had|has|have|that|who|whom|which|then|not|did|do|does|would|will|could|should|can|may|might|to|of|in|on|at|by|for|with|from|he|she|they|it|said|told)\b)[\p{Ll}-]+`;
// (Perhaps with where the one described is: "her brother in the North", "a cousin from Leeds".)
const DESCRIBED = String.raw`(?:the|a|an|his|her|their|its|my|our)\s+(?:${WORD}\s+){0,3}?${WORD}(?:\s+(?:in|from|at|back\s+in)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})?`;
const NAME = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}`;
// The inner verb of speech, its auxiliaries and the hearer, right before the quote.
// (Or a verb of writing, the one written to and where from, closing on a colon: "Roe said his sister had written to
// him from prison: "..."". Only with the colon: 'said she had written "..." on the wall' may be the reporter's words.)
const WRITTEN = String.raw`(?:wrote|written)(?:\s+to\s+(?:him|her|them|me|us))?(?:\s+(?:from|in|on)\s+(?:(?:a|an|the|his|her|their)\s+)?[\p{Ll}-]+)?\s*:`;
// (A message sent, "had texted her", is the sender's words as much as a thing said: `Roe said her son had texted her
// "..." at midnight`. Unlike "written", no colon is needed: a text or an email holds only the words sent.)
// (So is a message sent by radio or cable, "the tower had radioed: "..."".)
const SENT = String.raw`(?:texted|messaged|emailed|radioed|cabled)(?:\s+(?:him|her|them|me|us))?\s*[:,]?`;
const INNER = String.raw`\s+(?:(?:had|has|once|then|allegedly|repeatedly|later)\s+)*(?:(?:said|shouted|yelled|screamed|whispered|cried|warned|called\s+out|told\s+(?:him|her|them|me|us|[^,;:"“”_]{1,30}?)|(?:saying|shouting|yelling|screaming|whispering|crying|calling\s+out)(?:\s+(?:to\s+)?(?:him|her|them|me|us))?)\s*[:,]?|${SENT}|${WRITTEN})\s*$`;
const INNER_SPEAKER = new RegExp(String.raw`${REPORT}(?:(${DESCRIBED})(?:,\s+(${NAME}),)?|(${NAME}))${INNER}`, 'u');

// `Roe said the minister's words to her were: "..."`: the inner subject is the words of one possessing them. (Only
// before a colon: 'said Russia's reply was "the usual one"' weighs the reply, which was no such words.)
const POSSESSOR = String.raw`(?:the|his|her|their|my|our)\s+(?:${WORD}\s+){0,2}?${WORD}|${NAME}`;
const WORDS_WERE = new RegExp(String.raw`${REPORT}(${POSSESSOR})['’]s\s+(?:(?:last|exact|final|only|parting|first)\s+)?(?:words|message|reply|answer|orders?|instructions?|advice)(?:\s+to\s+(?:him|her|them|me|us))?\s+(?:were|was)\s*:\s*$`, 'u');

/** The inner clause's subject that speaks the quote (its name, when one is set off), and where the report's verb stands in `before`. */
export function innerSpeaker(before: string): { phrase: string; at: number } | null {
  const w = WORDS_WERE.exec(before);
  if (w) return { phrase: w[1]!, at: w.index };
  const m = INNER_SPEAKER.exec(before);
  if (!m) return null;
  const phrase = m[2] ?? m[1] ?? m[3]!;
  // (A pronoun or a word that opens clauses is no inner subject: "said He had told ...", "said It".)
  if (/^(?:He|She|They|It|I|We|You|This|That|There)$/u.test(phrase)) return null;
  return { phrase, at: m.index };
}

// The same inner clause with "he" or "she" as its subject: `Roe said he had texted her "..."`.
const INNER_PRONOUN = new RegExp(String.raw`${REPORT}(he|she)${INNER}`, 'u');

/**
 * The sex of a "he"/"she" subject of the inner clause (a verb of speech or sending right before the quote), and where
 * the report's verb stands in `before`; null when there is none. `Lise Orm said he had texted her "..."`: when the one
 * reporting is known to be of the other sex, the words are not theirs.
 */
export function innerPronoun(before: string): { sex: 'm' | 'f'; at: number } | null {
  const m = INNER_PRONOUN.exec(before);
  return m ? { sex: m[1] === 'she' ? 'f' : 'm', at: m.index } : null;
}
