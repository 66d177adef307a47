/**
 * A sentence since a speaker was last seen that opens on someone else described by a noun of a person ("Her
 * supervisor, who asked not to be named, disagreed.", "The lecturer was less sure."): another person the text brought
 * in, unnamed and untied, who may be the one a later loose description ("the analyst") means.
 */
import { type PeopleKnown, sentencesSince } from './pronoun-rivals.ts';
import type { LocalSpeaker } from './document-speakers.ts';

// "Her supervisor, ...", "The lecturer was ...", "But a colleague ...": a determiner or possessive, up to three
// lowercase words, then the head noun before a comma or a verb-like lowercase word.
const OPENING = /^\s*(?:(?:But|And|Yet|Still|Meanwhile),?\s+)?(?:The|A|An|His|Her|Their|Its|One)\s+((?:[\p{Ll}-]+\s+){0,3}?)([\p{Ll}]{3,})(?=,|\s+[\p{Ll}])/u;

/**
 * Whether a sentence after the one `s` was last seen in, before the current one, opens on a person described by a
 * head noun (`isPerson`) that none of the roles the text gave `s` holds: someone else stands between.
 */
export function otherPersonOpensSince(people: PeopleKnown, s: LocalSpeaker, isPerson: (noun: string) => boolean): boolean {
  const given = [...s.roles, ...s.mentionRoles].join(' ').toLowerCase();
  for (const text of sentencesSince(people, s)) {
    const m = OPENING.exec(text);
    if (m && isPerson(m[2]!) && !new RegExp(String.raw`(?<![\p{L}])${m[2]!}(?![\p{L}])`, 'u').test(given)) return true;
  }
  return false;
}
