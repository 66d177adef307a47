/**
 * A correction note: `An earlier version wrongly attributed the phrase "..." to a French minister. It was used by
 * a German senator.` The one the words were wrongly given to never speaks them; the one the note names after
 * "It was used (said, written) by" does. With no such sentence, no one is told.
 */

// (Quotes are masked with "_" in the text read here.)
const MISATTRIBUTED = /\b(?:wrongly|mistakenly|incorrectly|erroneously|falsely|wrongfully)\s+(?:attributed|ascribed|credited)\s+(?:(?:the|a|this|that)\s+(?:phrase|quote|quotation|remark|words|comment|statement|line)\s+)?["“]_+[,.!?]?["”]\s+to\b/iu;
const MISATTRIBUTED_AFTER = /\b(?:the|a|this|that)\s+(?:phrase|quote|quotation|remark|words|comment|statement|line)\s+["“]_+[,.!?]?["”]\s*,?\s+(?:was|were|had\s+been)\s+(?:wrongly|mistakenly|incorrectly|erroneously|falsely|wrongfully)\s+(?:attributed|ascribed|credited)\s+to\b/iu;
// (The one who did say it may be named in the same sentence after a semicolon, or in the next.)
const RIGHT_SPEAKER = /(?:^|;)\s*(?:(?:In\s+fact|Actually),?\s+)?(?:it|they|the\s+(?:phrase|quote|quotation|remark|words|comment|statement|line))\s+(?:was|were)\s+(?:in\s+fact\s+|actually\s+)?(?:used|said|spoken|made|written|uttered|coined|first\s+used)\s+by\s+((?:(?:a|an|the)\s+)?[^,;:"“”_.]{2,80}?)(?:,\s*[^;:"“”_]{2,80}?)?\s*(?:[.;]|$)/iu;

// A sentence that opens on "In fact" (or "Actually") and names whose the words just quoted were.
const IN_FACT_OWNER = /^\s*(?:In\s+fact|Actually|In\s+truth),?\s+(?:the\s+(?:phrase|quote|quotation|remark|words|comment|comments|statement|line)|it|they)\s+(?:was|were)\s+(?:(?:those|that)\s+of|(?:used|said|spoken|made|written|uttered)\s+by)\s+((?:(?:a|an|the)\s+)?[^,;:"“”_.]{2,80}?)(?:,\s*[^;:"“”_]{2,80}?)?\s*(?:[.;]|$)/u;
// So with "in fact" after the verb: "The words were in fact spoken by NAME." (The contrast is needed: a plain "The
// words were spoken by NAME" may only add who else said them.)
const OWNER_IN_FACT = /^\s*(?:The\s+(?:phrase|quote|quotation|remark|words|comment|comments|statement|line)|It|They)\s+(?:was|were)\s+(?:in\s+fact|actually|in\s+truth),?\s+(?:(?:those|that)\s+of|(?:used|said|spoken|made|written|uttered)\s+by)\s+((?:(?:a|an|the)\s+)?[^,;:"“”_.]{2,80}?)(?:,\s*[^;:"“”_]{2,80}?)?\s*(?:[.;]|$)/u;

/**
 * The phrase naming whose the words just quoted were, when `sentence` opens by correcting their owner ("In fact,
 * the words were those of NAME.", "The words were in fact spoken by NAME."); null otherwise.
 */
export function correctionOwner(sentence: string): string | null {
  const m = IN_FACT_OWNER.exec(sentence) ?? OWNER_IN_FACT.exec(sentence);
  return m ? m[1]!.trim() : null;
}

// The verbs both expressions need, in any case, as their `iu` flags read them (under which only "ſ" of the
// characters past ASCII matches a letter of these words, "s"): a plain scan that tells nearly every sentence
// apart before the unicode expressions, which try their adverbs at every word boundary.
const CORRECTION_VERB = /attributed|credited|a[sſ]cribed/i;

/**
 * For a quote whose sentence (`sentence`, quotes masked) says the words were wrongly attributed: the phrase naming
 * who did say them, from that sentence after a semicolon or from `next`, or 'nobody' when no one is named so;
 * null when the sentence is no correction of an attribution.
 */
export function correctedSpeaker(sentence: string, next: string | null): string | 'nobody' | null {
  // "An article reported that Jane Roe called the plan "...". In fact, the words were those of Tom Lee.": the next
  // sentence, opening on "In fact", gives the words to someone else; the one reported never said them.
  const owner = next ? correctionOwner(next) : null;
  if (owner && /_/u.test(sentence)) return owner;
  if (!CORRECTION_VERB.test(sentence)) return null;
  const m = MISATTRIBUTED.exec(sentence) ?? MISATTRIBUTED_AFTER.exec(sentence);
  if (!m) return null;
  const rest = sentence.slice(m.index + m[0].length);
  const semi = rest.indexOf(';');
  const right = (semi >= 0 ? RIGHT_SPEAKER.exec(rest.slice(semi)) : null) ?? (next ? RIGHT_SPEAKER.exec(next.trim()) : null);
  return right ? right[1]!.trim() : 'nobody';
}

/**
 * The phrase a correction's sentence names as the one who did say the words ("It was said by NAME.", "The remark
 * was made by NAME, ..."), or null.
 */
export function rightSpeakerIn(sentence: string): string | null {
  const m = RIGHT_SPEAKER.exec(sentence.trim());
  return m ? m[1]!.trim() : null;
}
