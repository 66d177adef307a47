/**
 * What a summary sentence is like from its form alone, before any counting of words: whether it leans on the
 * sentence before it, how much it can carry on its own, and the prior of its place in the article.
 */

// Openings that lean on the sentence before: pronouns, connectives and "the two ..." style back-references.
const DEPENDENT_OPENING =
  /^(?:he|she|it|they|we|his|her|its|their|them|him|this|that|these|those|such|but|however|also|meanwhile|moreover|furthermore|besides|still|yet|and|or|so|then|thus|hence|therefore|instead|nonetheless|nevertheless|likewise|similarly|otherwise|both|neither|either|in addition|in turn|as a result|on the other hand|even so|by contrast|in contrast|at the same time|for his part|for her part|for their part|the two|the pair|the latter|the former|the same|another|others)\b/i;
const QUOTE_OPEN = /^["“‘]/;
// A quote attributed only by a pronoun ("...," he added) names its speaker in an earlier sentence.
const PRONOUN_ATTRIBUTION =
  /["”’]\s*,?\s*(?:(?:he|she|they|it)\s+(?:added|said|says|continued|noted|explained|told|stressed|warned|argued|wrote|insisted|went on)|(?:added|said|says|continued|noted)\s+(?:he|she|they))\b/i;
const REPORTING_VERB = /\b(?:said|says|told|added|noted|stated|stressed|warned|wrote|argued|insisted|explained|according)\b/i;
const QUOTED_SPAN = /["“][^"”]*["”]/g;

/**
 * True when a sentence only makes sense after the one before it: it opens with a pronoun or connective
 * ("It marked their first talks..."), quotes someone named only as "he", or continues a quote without saying
 * who speaks.
 */
export function dependsOnPrevious(sentence: string): boolean {
  const text = sentence.trim();
  if (DEPENDENT_OPENING.test(text)) return true;
  // The attribution pattern needs a closing quotation mark: most sentences have none and skip it.
  if ((text.includes('"') || text.includes('”') || text.includes('’')) && PRONOUN_ATTRIBUTION.test(text)) return true;
  if (QUOTE_OPEN.test(text)) {
    const outside = text.replace(QUOTED_SPAN, ' ');
    // Only quoted words, or nothing that says who speaks: the speaker is named elsewhere.
    if (!/\p{L}/u.test(outside) || !REPORTING_VERB.test(outside)) return true;
  }
  return false;
}

/**
 * Share of a sentence's characters inside quotation marks: the spans `QUOTED_SPAN` matches, found with
 * `indexOf` (an opening mark, then the first closing mark after it) rather than a match object per span.
 */
function quotedShare(text: string): number {
  let quoted = 0;
  let from = 0;
  for (;;) {
    const open = firstOf(text, '"', '“', from);
    if (open < 0) break;
    // No closing mark after this opening one: none after any later opening mark either.
    const close = firstOf(text, '"', '”', open + 1);
    if (close < 0) break;
    quoted += close - open + 1;
    from = close + 1;
  }
  return text.length === 0 ? 0 : quoted / text.length;
}

/** The first place at or after `from` where `a` or `b` stands, or -1. */
function firstOf(text: string, a: string, b: string, from: number): number {
  const i = text.indexOf(a, from);
  const j = text.indexOf(b, from);
  return i < 0 ? j : j < 0 ? i : Math.min(i, j);
}

/**
 * How much a sentence can carry on its own, from its form alone: very short sentences, questions and
 * sentences that are mostly someone's quoted opinion carry fewer facts than a reported sentence with names in it.
 */
export function formWeight(text: string, termCount: number): number {
  let w = Math.min(1, termCount / 8);
  if (endsWithQuestion(text.trim())) w *= 0.5;
  if (quotedShare(text) > 0.6) w *= 0.7;
  return w;
}

/** `/\?["”’]?$/`: a question mark at the end, possibly before a closing quotation mark. */
function endsWithQuestion(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === 63) return true;
  return (last === 34 || last === 0x201d || last === 0x2019) && text.charCodeAt(text.length - 2) === 63;
}

/** Prior probability of the k-th sentence of an article being summary-worthy: the lead counts most. */
export function positionPrior(k: number): number {
  return 1 / Math.sqrt(k + 1);
}
