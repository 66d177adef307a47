/**
 * Page furniture: sentences of an article that are about the page rather than the news. Datelines, bylines,
 * time stamps and headings of a live page, editor credits, notes to the reader ("You can catch up with the
 * story here", "The agency has compiled the key information") and a bare list of names. None of them is
 * summary material.
 *
 * Judged by form alone, never by the words of a particular outlet: whether the text ends as a sentence does,
 * whether any word is a common lower-case word (a dateline, a heading in title case or a list of names has
 * none), whether it opens with a clock time or a credit ("By", "Edited by", "Reporting by"), and whether it
 * speaks to the reader or about the page itself.
 */

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** Function words, which a heading or dateline in capitals may hold without saying anything. */
const FUNCTION_WORDS = new Set(
  'a an the of in on at to for from by with and or as is are was were be been has have had its it this that'.split(' '),
);
/** A sentence ends with . ! ? or … , possibly before closing quotation marks or brackets. */
const ENDS_AS_SENTENCE = /[.!?…]["”’)\]]*\s*$/u;
/** A clock time at the start: "16:40", "9.15 am", "14:05 CET". */
const CLOCK_OPENING = /^\s*(?:updated\s+)?\d{1,2}[:.]\d{2}\b/iu;
/** A credit line: "By Jane Doe", "Edited by …", "Reporting by …; Editing by …", "Additional reporting by …". */
const CREDIT = /^\s*[(\[]?(?:by\s+\p{Lu}|(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|translated|produced|written|photos?|video)\s+by\b)/iu;
/** A reporter credited for the story: "Jane Doe contributed reporting", "… contributed to this report". */
const CONTRIBUTED = /\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))\b/iu;
/** An instruction to the reader at the start: "Follow our coverage at …", "Read more: …", "Watch: …". */
const IMPERATIVE = /^\s*(?:follow|read|watch|listen|subscribe|click)\b/iu;
/** The reader addressed outside quotation marks: news reports the world, furniture talks to "you". */
const READER = /\b(?:you|your)\b/iu;
/** The page talking about itself: "has compiled the key information", "follow our live coverage", "read more". */
const ABOUT_THE_PAGE =
  /\b(?:(?:has|have)\s+compiled|key\s+(?:information|points|facts)|what\s+we\s+know|live\s+(?:coverage|updates|page|blog)|(?:this|our)\s+(?:page|article|live|coverage|story|report)|read\s+more|sign\s+up|click\s+here|scroll\s+to|catch\s+up)\b/iu;
const QUOTED_SPAN = /["“][^"”]*["”]/gu;

/** True when a sentence is page furniture rather than news (see the module comment). */
export function isFurniture(sentence: string): boolean {
  const text = sentence.trim();
  if (text.length === 0) return true;
  if (!ENDS_AS_SENTENCE.test(text)) return true;
  if (CLOCK_OPENING.test(text) || CREDIT.test(text) || CONTRIBUTED.test(text) || IMPERATIVE.test(text)) return true;
  const outside = text.includes('"') || text.includes('“') ? text.replace(QUOTED_SPAN, ' ') : text;
  if (READER.test(outside) || ABOUT_THE_PAGE.test(outside)) return true;
  // No common lower-case word: a dateline ("BRENNHOLT DAM /Sella Region/, May 14."), a heading in title
  // case, or a sentence that only names the subject ("Valdor and Ruvek.").
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (/^\p{Ll}/u.test(w) && !FUNCTION_WORDS.has(w)) return false;
  }
  return true;
}
