/**
 * A capitalised noun for a member of a party, faith or nation ("Democrat", "Tory", "Catholic", "Brit"): WordNet
 * writes it with a capital and files it under kinds of person, and no lexicon knows it as a given name or surname.
 * After "a senior" or "a veteran" such a word heads a description of someone unnamed, unlike a name the
 * adjectives only colour ("an angry Hollande").
 */
import { properNoun } from '../text/wordnet.ts';
import { lexTags, PERSON_TAGS } from './names.ts';
import { type ParsedSpeaker, wordNetPersonOnly } from './speaker-phrases.ts';

/** Whether `word`, written with a capital, is a noun for a kind of person rather than anyone's name. */
export function isMemberNoun(word: string): boolean {
  if (!/^[\p{Lu}][\p{Ll}]{2,}$/u.test(word)) return false;
  const lower = word.toLowerCase();
  // (WordNet may file the member under the lowercase word alone, "liberal", "socialist": written with a capital
  // after an article and modifiers it is the party's member all the same, when no lexicon knows it at all.)
  const tags = lexTags(word);
  return (properNoun(lower) || tags.length === 0) && wordNetPersonOnly(lower) && !tags.some((t) => PERSON_TAGS.test(t));
}

/**
 * "a leading Republican", "A senior Democrat", "one veteran Tory": an indefinite article, lowercase modifiers and a
 * noun for a party's member read as one person unnamed, or null.
 */
export function memberDescription(phrase: string): ParsedSpeaker | null {
  const text = phrase.trim().replace(/[\s,.;:]+$/u, '');
  const m = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}][\p{Ll}-]*\s+){0,3}([\p{Lu}][\p{Ll}]+)$/u.exec(text);
  if (!m || !isMemberNoun(m[1]!)) return null;
  return { type: 'description', text: text.replace(/^(?:An?|One|Another)\s/u, (w) => w.toLowerCase()), head: m[1]!.toLowerCase(), definite: false, plural: false, kind: 'unnamed' };
}
