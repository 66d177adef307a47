/**
 * Plural descriptions joined by "and" are one group that speaks: "Her aides and advisers said", "Western diplomats
 * and analysts said" are the words of the aides and advisers, shown so, not of the advisers alone. Only when both
 * sides are plural descriptions of people; a name on either side ("The mayor and her aides", "Kask and Lind")
 * makes a joint subject of someone named, credited to no one.
 */
import type { ParsedSpeaker } from './speaker-phrases.ts';
import type { Token } from './tagged-sentence.ts';

type Phrase = { start: number; end: number };
type Parse = (phrase: string) => ParsedSpeaker | null;

/** Whether `p` reads as a plural description of people. */
function pluralPeople(p: ParsedSpeaker | null): p is Extract<ParsedSpeaker, { type: 'description' }> {
  return p?.type === 'description' && p.kind === 'unnamed' && p.plural;
}

/**
 * "Her aides and advisers": the phrase read as one group of people, described by its last side's noun, when the
 * words before and after its one "and" are each plural descriptions of people; null otherwise.
 */
export function joinedDescription(phrase: string, parse: Parse): ParsedSpeaker | null {
  const parts = phrase.trim().split(/\s+and\s+/u);
  if (parts.length !== 2 || /,/u.test(phrase)) return null;
  const left = parse(parts[0]!);
  const right = parse(parts[1]!);
  if (!pluralPeople(left) || !pluralPeople(right)) return null;
  return { type: 'description', text: phrase.trim(), head: right.head, definite: left.definite, plural: true, kind: 'unnamed' };
}

/**
 * The subject widened over "and" to the plural description before it, when `np` (right before the verb) is a
 * plural description and the two read as one group (`joinedDescription`): "Her aides and advisers said"; or null.
 * The group must open its clause (nothing but punctuation or a quote before it), so that "... met farmers and
 * officials said" is not read as a group.
 */
export function joinedSubject(tokens: readonly Token[], np: Phrase, before: (tokens: readonly Token[], e: number) => Phrase | null, parse: Parse, text: (p: Phrase) => string): Phrase | null {
  const and = np.start - 1;
  if (and < 1 || !/^and$/u.test(tokens[and]!.text) || tokens[and]!.quote >= 0) return null;
  if (tokens.slice(np.start, np.end).some((t) => t.pos === 'PROPN')) return null;
  const left = before(tokens, and - 1);
  if (!left || left.end !== and) return null;
  const opener = tokens[left.start - 1];
  if (opener && opener.quote < 0 && opener.pos !== 'PUNCT') return null;
  const whole = { start: left.start, end: np.end };
  return joinedDescription(text(whole), parse) ? whole : null;
}
