/**
 * A claim that names whom a quote's pronoun stands for (`"Kim did not travel for a photograph. He came for
 * satellites"` claimed as "Kim came for satellites"; "their safety" as "defectors' safety" after "calls from
 * worried defectors"): as reporters write "[Kim] came for satellites", close wording, not something different,
 * when the text before the pronoun leaves no doubt whom it stands for.
 */
import type { WordDifference } from '../types.ts';

const PERSON = new Set(['he', 'him', 'his', 'she', 'her']);
const PLURAL = new Set(['they', 'them', 'their']);

// Capitalised words that name no one: sentence openers, pronouns, titles of address, days and months.
const NOT_NAMES = new Set(
  [
    'i we you he she it they me us him her them my our your his its their the a an this that these those but and or so yet if when while as at in on of for to by with from after before then there here what who why how not no yes mr mrs ms dr',
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december',
  ]
    .join(' ')
    .split(' '),
);
// Words ending in "s" that are no plural noun.
const NOT_PLURALS = new Set('is was has does says tells thinks knows this his hers its us yes as thus plus less unless across always perhaps whereas besides was'.split(' '));

const wordsIn = (s: string): string[] => s.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean).map((w) => w.replace(/['’]s?$/u, ''));

/** The claim's words for a pronoun, article and possessive off ("the rice" → rice, "defectors'" → defectors), lower case. */
function named(claim: string): string[] {
  return wordsIn(claim.toLowerCase()).filter((w) => w !== 'the');
}

/**
 * Whether a difference is the claim naming whom the quote's pronoun stands for: `before` is the text ahead of
 * the quote in its paragraph, `speaker` the words of the quote's speaker's name (their own name is no
 * antecedent of "he"). A person's pronoun: the name opening the sentence before (`subjectBefore`); a plural
 * one: the last plural noun before it.
 */
export function namesAntecedent(d: WordDifference, quote: string, before: string, speaker: readonly string[] = []): boolean {
  if (d.kind !== 'word') return false;
  const pronoun = d.quote.trim().toLowerCase();
  const claim = named(d.claim);
  if (claim.length !== 1) return false;
  const text = `${before} ${quote.slice(0, d.quoteStart)}`;
  const own = new Set(speaker.map((w) => w.toLowerCase()));
  if (PERSON.has(pronoun)) return subjectBefore(text, claim[0]!, own);
  if (PLURAL.has(pronoun)) {
    const context = wordsIn(text);
    const plurals = context.filter((w) => /^[\p{Ll}][\p{Ll}-]{2,}s$/u.test(w) && !NOT_PLURALS.has(w));
    return plurals.length > 0 && plurals[plurals.length - 1] === claim[0];
  }
  return false;
}

/**
 * Whether a person's pronoun takes up the name the sentence before it opens with (`Kim did not travel ... He
 * came`), the name the only one in that sentence and in the pronoun's own before it, nobody's possessive
 * (`Kim's father built it. He was proud`: "he" is the father), and the claim's.
 */
function subjectBefore(text: string, name: string, own: ReadonlySet<string>): boolean {
  const pieces = text.trimStart().split(/(?<=[.!?]["”’]?)\s+/u);
  // The pronoun's own sentence up to it (empty when it opens it), and the sentence before.
  const current = pieces.pop() ?? '';
  const previous = pieces.pop();
  if (!previous) return false;
  const span = `${previous} ${current}`;
  const raw = span.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  if (raw[0]?.toLowerCase() !== name) return false;
  const names = raw.filter((w) => /^[\p{Lu}]/u.test(w) && !NOT_NAMES.has(w.toLowerCase()) && !own.has(w.toLowerCase()));
  return names.every((w) => w.toLowerCase() === name);
}
