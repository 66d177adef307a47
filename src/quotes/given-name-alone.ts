/**
 * A given name the text says is all of someone's name it gives: "a gunner who gave only his first name, Andriy",
 * "who asked that only her first name, Greta, be used", "who gave his name only as Piotr", "identified only by her
 * first name, Lina". The writer did not have the rest of it, so that person is never the full name of that given
 * name the text brings in further on ("the economist Andriy Kovalenko, no relation to the gunner"): a bare
 * "Andriy" before the full name is given stands for no one's full name. So with a family name given alone ("asked
 * to be identified only by her family name, Kim"): the one so named is not whoever else the text names in full
 * with it ("Kim Jong Un").
 */
import { escapeRegExp, sharedRegExp } from '../text/regexp.ts';

// The words saying a name is all that was given, right before it: "only his first name,", "her given name only
// as", "his name only as", "only by her first name,".
const GIVEN_ALONE = String.raw`(?:only\s+(?:by\s+)?(?:his|her|their)\s+(?:first|given|family|last)\s+name|only\s+(?:by\s+)?(?:his|her|their)\s+surname|(?:his|her|their)\s+(?:first\s+|given\s+|family\s+|last\s+)?name\s+only)(?:\s+as\s+|\s*,\s*|\s+)`;

// A cheap test first: most texts say nothing of the kind.
const MAY_SAY = /\b(?:first|given|family|last)\s+name\b|\bsurname\b|\bname\s+only\b|\bonly\s+as\s+M/iu;
// Cheaper still, before it: each of its words holds "name" (or is "only as M..."), which this finds about twenty
// times faster than MAY_SAY fails on a paragraph (MAY_SAY tries its word bounds and alternatives at every character).
const NAME_WORD = /name|only\s+as\s+M/iu;

// MAY_SAY's answer per text. The same paragraphs are asked about again and again: at every bare surname read, for
// each paragraph before it and for the whole document, and in the merge for each document; the expression, tried
// at every character, was one of the build's dearest (about 5% of its CPU). Bounded, emptied when full: a document
// asks about its own paragraphs, so the texts asked about again are the recent ones.
const maySayOf = new Map<string, boolean>();

/** Whether `text` holds any of the words MAY_SAY looks for (its answer kept, see maySayOf). */
function maySay(text: string): boolean {
  let says = maySayOf.get(text);
  if (says === undefined) {
    if (maySayOf.size >= 4096) maySayOf.clear();
    maySayOf.set(text, (says = NAME_WORD.test(text) && MAY_SAY.test(text)));
  }
  return says;
}

/**
 * Whether `paragraphs` say of the one-word name `word` (any case) that it was all the name given, in the words
 * `GIVEN_ALONE` reads right before it.
 */
export function givenNameAlone(paragraphs: readonly string[], word: string): boolean {
  if (!/^[\p{L}][\p{L}'’-]*$/u.test(word)) return false;
  const said = sharedRegExp(String.raw`${GIVEN_ALONE}${escapeRegExp(word)}(?![\p{L}'’-])`, 'iu');
  return paragraphs.some((p) => maySay(p) && said.test(p));
}

// The words saying a family name is all that was given, right before it: "only by her family name,", "only his
// surname,", "her last name only as".
// (Or a courtesy title and a family name given as all of the name: "who gave her name only as Mrs Arden", "identified
// only as Mr. Kale": the title says the word after it is a family name, and "only" that nothing more was given.)
const FAMILY_ALONE = String.raw`(?:(?:only\s+(?:by\s+)?(?:his|her|their)\s+(?:(?:family|last)\s+name|surname)|(?:his|her|their)\s+(?:(?:family|last)\s+name|surname)\s+only)(?:\s+as\s+|\s*,\s*|\s+)|(?:(?:his|her|their)\s+name\s+)?only\s+as\s+(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)`;

/**
 * Whether `paragraphs` say of the one-word name `word` that it was all the family name given ("asked to be
 * identified only by her family name, Kim"): a bare use of it is that person, never joined to one named in full
 * with it in this report or another.
 */
/**
 * Where, in `paragraph`, the text says the one-word name `word` was all the family name given ("gave his name only
 * as Mr Falk": the index of "Falk"); -1 when it does not say so there.
 */
export function familyNameAloneAt(paragraph: string, word: string): number {
  if (!/^[\p{L}][\p{L}'’-]*$/u.test(word) || !maySay(paragraph)) return -1;
  const m = sharedRegExp(String.raw`(${FAMILY_ALONE})${escapeRegExp(word)}(?![\p{L}'’-])`, 'iu').exec(paragraph);
  return m ? m.index + m[1]!.length : -1;
}

export function familyNameAlone(paragraphs: readonly string[], word: string): boolean {
  if (!/^[\p{L}][\p{L}'’-]*$/u.test(word)) return false;
  const said = sharedRegExp(String.raw`${FAMILY_ALONE}${escapeRegExp(word)}(?![\p{L}'’-])`, 'iu');
  return paragraphs.some((p) => maySay(p) && said.test(p));
}
