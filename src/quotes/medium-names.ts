/**
 * Names the text itself shows to be a newspaper's or a broadcaster's, whatever their words look like: a
 * foreign title ("Dagens Tidning", "Hokkai Nippo") reads as a person's name to a lexicon, but a report that
 * calls it "the city's oldest daily", writes "Writing in X", "X's editorial board" or "the tabloid X" has
 * said what it is. Such a name is an organisation in that document, never a person.
 */
import { anySubstring } from '../text/substring-set.ts';
import { compactName, namesByPattern } from './names.ts';

// A capitalised run of one to five words, the name looked for ("Dagens Tidning", "Le Quotidien").
const NAME = String.raw`((?:(?:de|del|la|le|el|al|die|der|van|von)\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:de|del|la|le|el|al|die|der)\s+)?[\p{Lu}][\p{L}'’.-]*){0,4})`;
// Nouns that say what a news medium is.
const MEDIUM = String.raw`(?:daily|newspaper|paper|tabloid|broadsheet|weekly|magazine|broadcaster|news\s+agency|wire\s+service|news\s+channel|news\s+site|news\s+outlet)`;

// A name as its sentence's subject: not after a preposition or a conjunction that makes it an object, not a
// possessor ("Roe's"), and followed by a comma only when it closes an apposition (", the X,").
const SUBJECT = String.raw`(?<![\p{L}'’-])(?<![\p{Lu}][\p{L}'’.-]*\s+)(?<!\b(?:under|by|of|with|for|to|from|and|or|as|at|in|on|against|about|than|like|whom|who|whose|behind|via)\s+(?:the\s+)?)${NAME}(?<!['’]s)(?:(?<=,\s+the\s+[^,]+),)?`;

const PATTERNS: readonly RegExp[] = [
  // Apposition: "X, the city's oldest daily," / "X, a conservative tabloid."
  new RegExp(String.raw`${NAME}\s*,\s+(?:the|a|an)\s+(?:(?!(?:for|at|with|of|to|on|in|by|from|and|or)\s)[\p{L}'’-]+\s+){0,5}?${MEDIUM}(?=\s*[,.;)]|\s+(?:of|in|from|based|owned|published|close|run|that|which|known)\b)`, 'gu'),
  // The noun before the name: "the conservative daily X", "the newspaper X".
  new RegExp(String.raw`\b(?:the|a|an)\s+(?:[\p{Ll}'’-]+\s+){0,2}${MEDIUM}\s+${NAME}`, 'gu'),
  // Where a column or editorial appeared: "Writing in X", "an editorial in X".
  new RegExp(String.raw`\b(?:[Ww]riting|(?:an?\s+)?(?:editorial|op-ed|column|commentary|leader))\s+in\s+(?:the\s+)?${NAME}`, 'gu'),
  // What only a medium has: "X's editorial board", "X's editors".
  new RegExp(String.raw`${NAME}\s*['’]s\s+(?:editorial|editors|editor-in-chief|op-ed\s+page|front\s+page|newsroom|columnist|leader\s+writers?)\b`, 'gu'),
  // A relative that gives it a medium's staff: "X, whose editors wrote", "X, whose veteran correspondent".
  new RegExp(String.raw`${NAME}\s*,\s+whose\s+(?:[\p{Ll}-]+\s+){0,2}(?:editors|editorial\s+board|correspondents?|columnists?|reporters|leader\s+writers)\b`, 'gu'),
  // The subject that is "it" to its own clause: "X hailed what it called", "X said in its own editorial" (a
  // person is "he" or "she" there). Only a subject: not a name after a preposition ("the ministry under Jane Roe
  // rejected what it called") nor a possessor ("Roe's office criticised what it called"), and after a comma
  // only as the close of an apposition ("Its rival, the X, said in its editorial").
  new RegExp(String.raw`${SUBJECT}(?:\s+[\p{Ll}]+ly)?\s+[\p{Ll}]+ed\s+what\s+it\s+(?:called|termed|dubbed|described\s+as)\b`, 'gu'),
  new RegExp(String.raw`${SUBJECT}(?:\s+[\p{Ll}]+ly)?\s+[\p{Ll}]+(?:ed|id|ote)\s+in\s+its\s+(?:own\s+)?(?:[\p{Ll}-]+\s+)?(?:editorials?|leader|leading\s+article)\b(?!\s+(?:pages?|section|columns?|writers?|board))`, 'gu'),
  // "X warned in an editorial": an editorial is a paper's unsigned voice; a person writes one "for" or "in" a
  // paper ("Jane Roe wrote in an editorial for the Post", "in an editorial piece for"), which is left alone.
  new RegExp(String.raw`${SUBJECT}(?:\s+[\p{Ll}]+ly)?\s+[\p{Ll}]+(?:ed|id|ote)\s+in\s+an?\s+(?:[\p{Ll}-]+\s+)?(?:editorial|leading\s+article)(?=\s*[,.;:]|\s+(?:that|on|about|saying|calling|warning|arguing|urging|which|this|last|headlined|titled|entitled)\b)`, 'gu'),
];

// For each pattern, what follows its name, which it cannot match without: most paragraphs hold none, and the
// patterns, each opening on any capitalised run, are dear to try on every paragraph of every document (these
// open on a comma, an article or an apostrophe, and hold the rest of their pattern as it stands).
const NEEDS: readonly RegExp[] = [
  new RegExp(String.raw`,\s+(?:the|a|an)\s+(?:(?!(?:for|at|with|of|to|on|in|by|from|and|or)\s)[\p{L}'’-]+\s+){0,5}?${MEDIUM}(?=\s*[,.;)]|\s+(?:of|in|from|based|owned|published|close|run|that|which|known)\b)`, 'u'),
  new RegExp(String.raw`\b(?:the|a|an)\s+(?:[\p{Ll}'’-]+\s+){0,2}${MEDIUM}\s+(?:(?:de|del|la|le|el|al|die|der|van|von)\s+)?[\p{Lu}]`, 'u'),
  /(?:[Ww]riting|editorial|op-ed|column|commentary|leader)\s+in\s/u,
  /['’]s\s+(?:editorial|editors|editor-in-chief|op-ed\s+page|front\s+page|newsroom|columnist|leader\s+writer)/u,
  /,\s+whose\s+(?:[\p{Ll}-]+\s+){0,2}(?:editors|editorial\s+board|correspondents?|columnists?|reporters|leader\s+writers)\b/u,
  /\swhat\s+it\s+(?:called|termed|dubbed|described\s+as)\b/u,
  /\sin\s+its\s+(?:own\s+)?(?:[\p{Ll}-]+\s+)?(?:editorials?|leader|leading\s+article)\b/u,
  /\sin\s+an?\s+(?:[\p{Ll}-]+\s+)?(?:editorial|leading\s+article)\b/u,
];

// Words one of which every pattern (and its NEEDS) holds: the nouns of MEDIUM, "[Ww]riting", the pieces of
// NEEDS[2] to NEEDS[4]. (Told by a scan that skips ahead, not an alternation, which tries them at nearly every
// character of every paragraph.)
const hasAny = anySubstring(['daily', 'paper', 'tabloid', 'broadsheet', 'weekly', 'magazine', 'broadcaster', 'news', 'wire', 'riting', 'editor', 'op-ed', 'column', 'commentary', 'leader', 'front', 'whose', 'what it', 'in its']);

const NOT_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** The compact forms of the names a document's own words describe as a news medium. */
export function mediumNames(paragraphs: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const text of paragraphs) {
    // Every pattern needs one of those words (emphasis marks taken out first, as they are below): one quick
    // scan tells most paragraphs apart, where the unicode expressions below each scan the whole text.
    if (!hasAny(text.includes('*') || text.includes('_') ? text.replace(/[*_]+/gu, '') : text)) continue;
    if (!/[\p{Lu}]/u.test(text)) continue;
    // (Emphasis marks may stand as spaces in the text read: namesByPattern closes them up.)
    for (const name of namesByPattern(text, PATTERNS, NEEDS)) {
      if (NOT_NAME.test(name)) continue;
      // A word opening the sentence may have run into the name ("Yesterday Dagens Tidning"): its tails count too.
      const words = name.split(/\s+/u);
      found.add(compactName(name));
      for (let i = 1; i + 2 <= words.length; i++) found.add(compactName(words.slice(i).join(' ')));
    }
  }
  return found;
}
