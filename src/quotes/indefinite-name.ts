/**
 * A single capitalised word after an indefinite determiner and its adjectives is a kind of person, not a
 * name: "one senior Democrat", "a leading Republican", "another prominent Conservative". A name takes no
 * indefinite article, and reading the word as a surname lets the speaker directory give the quote to any
 * person whose name holds it ("Democrat Zephyr Teachout").
 */
import type { ParsedSpeaker } from './speaker-phrases.ts';

/** An indefinite determiner or quantifier opening the phrase. */
const INDEFINITE = /^(?:a|an|one|another|some|any|each|every|no)\s/iu;

/**
 * The description `phrase` makes when `parsed` read it as a one-word name after an indefinite determiner;
 * otherwise `parsed` unchanged.
 */
export function indefiniteDescription(phrase: string, parsed: ParsedSpeaker | null): ParsedSpeaker | null {
  if (parsed?.type !== 'name' || /\s/u.test(parsed.name)) return parsed;
  const text = phrase.replace(/[\s,.;:]+$/u, '').replace(/^[\s,;:]+/u, '');
  if (!INDEFINITE.test(text)) return parsed;
  const words = text.split(/\s+/u);
  // (Only when the name is the phrase's last word: the head of the description.)
  if (words[words.length - 1] !== parsed.name) return parsed;
  const head = parsed.name.toLowerCase();
  return { type: 'description', text, head, definite: false, plural: /[^s]s$/u.test(head) && !/^(?:one|a|an|another|each|every)$/iu.test(words[0]!), kind: 'unnamed' };
}
