/**
 * The verbs of a writer or analyst putting a view ("notes", "argues", "writes"): said of a bare surname, they are
 * the style of an essay citing someone who studies the matter, not of news reporting what a leader did. Where a
 * leader of that surname was just named and the text has called someone else of it by the bare surname before,
 * such a verb does not settle which of them it is.
 */
import { escapeRegExp } from '../text/regexp.ts';

// Present-tense verbs of a writer's or analyst's view (the tense of an essay's "Roe argues that ..."), maybe after
// an adverb ("also", "rightly").
const WRITERS_VERB = '(?:notes|argues|writes|contends|observes|suggests|maintains|reckons|concludes|cautions|points\\s+out)';
const ADVERB = '(?:(?:also|further|rightly|correctly|elsewhere|too)\\s+)?';

/**
 * Whether the bare surname `w` (in `nameWords`'s form) is the subject of a writer's or analyst's verb in the
 * narration `text`: "Roe notes that", "Roe also argues", '"...," writes Roe.'
 */
export function surnameWithWritersVerb(text: string, w: string): boolean {
  const name = escapeRegExp(w);
  return new RegExp(`(?<![\\p{L}'’-])${name}(?![\\p{L}'’-])(?:,[^,]{1,40},)?\\s+${ADVERB}${WRITERS_VERB}\\b|\\b${WRITERS_VERB}\\s+${name}(?![\\p{L}'’-])`, 'iu').test(text);
}

// A work of a writer's or analyst's after their possessive name, maybe after an adjective or two ("NAME's book",
// "NAME's latest study", "NAME's 2020 paper").
const WORK_AFTER_POSSESSIVE = /^['’]s?\s+(?:[\p{L}\d-]+\s+){0,2}?(?:book|books|study|studies|paper|papers|essay|essays|article|articles|report|research|analysis|column|memoir|thesis|monograph|review|blog|newsletter|survey)\b/iu;

/**
 * Whether the full name mentioned at `at` of `text` (`name` its words as written) is given a written work of
 * theirs there ("Vell Aranda's book ..."): a writer's verb of its surname then fits them as well.
 */
export function namedAsAuthor(text: string, at: number, name: string): boolean {
  return WORK_AFTER_POSSESSIVE.test(text.slice(at + name.length));
}
