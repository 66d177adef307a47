/**
 * `... a line by a retired harbour pilot, who wrote: "..."`: a person described, not named, then ", who" and a
 * verb of speech right before the colon and the quote: the one described speaks (a relative clause after a
 * name is read by `relative-speaker.ts`).
 *
 * "who" stands for a person: `interrupted with a question for the minister, who answered: "..."` is the
 * minister's answer, the person the phrase ends on after its preposition, not "a question"; a phrase whose
 * head is no person and that ends on no person gives no one.
 */
import { isKindOf } from '../text/wordnet.ts';
import { isPersonNoun, PERSON_NOUNS } from './speaker-phrases.ts';

const RELATIVE_DESCRIBED = /\b((?:a|an|one)\s+(?:[\p{L}'’-]+\s+){0,4}[\p{Ll}][\p{Ll}-]+),\s+who\s+(?:later\s+|then\s+|once\s+)?(?:wrote|said|says|writes|posted|added|replied|answered|told\s+(?:[\p{L}'’-]+\s+){1,3}?)\s*:\s*$/u;
// A phrase of a preposition closing the description: "for the minister", "to a nurse".
// (Or a named owner's: "for Ana Berg's lawyer".)
const LAST_PREPOSITIONAL = /\s(?:for|to|from|of|by|with|at|in|on|about)\s+((?:the|a|an|(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}-]*['’]s)\s+(?:[\p{Ll}'’-]+\s+){0,2}([\p{Ll}][\p{Ll}-]+))$/u;

function personHead(w: string): boolean {
  return PERSON_NOUNS.has(w) || isPersonNoun(w) || isKindOf(w, 'person', 4);
}

/** The indefinite description before ", who wrote:" ending `before` (the masked sentence up to the quote), or null. */
export function describedRelativeSpeaker(before: string): string | null {
  const phrase = RELATIVE_DESCRIBED.exec(before)?.[1];
  if (!phrase) return null;
  const tail = LAST_PREPOSITIONAL.exec(phrase);
  if (!tail) return phrase;
  // "a question for the minister, who answered": the person the phrase ends on.
  if (personHead(tail[2]!)) return tail[1]!;
  // "a pilot from the harbour, who wrote": the head before the preposition, when it is a person.
  const head = /([\p{Ll}][\p{Ll}-]+)$/u.exec(phrase.slice(0, tail.index))?.[1];
  return head && personHead(head) ? phrase : null;
}
