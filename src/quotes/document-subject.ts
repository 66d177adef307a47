/**
 * A document as the subject of the speech verb that governs the quote: in `My aide tells me your memo from Lima in
 * 2015 said, "..."` or `The mayor says the report from the ministry said: "..."` the words are the document's (a
 * noun whose first sense WordNet files under communication: a memo, a cable, a report, a letter). Whoever tells
 * of the document (the aide, the mayor) is not their speaker, nor is a place or body named in the phrase that
 * says where the document came from (Lima, the ministry): the verb's own subject is the document.
 */
import { isKindOf } from '../text/wordnet.ts';

// Where a subject may start: the sentence's start (perhaps after "But", "And" or a vocative set off by a comma),
// or right after a verb of telling or knowing, with its hearer and "that" ("tells me", "says that"), or "that".
const OPENING = String.raw`(?:^\s*(?:(?:But|And|Yet|So)\s+)?|,\s+|\b(?:says|said|tells|told|thinks|thought|believes|believed|reports|reported|notes|noted|claims|claimed|recalls|recalled|insists|insisted|knows|knew|remembers|remembered|writes|wrote|argues|argued|reminds|reminded|informs|informed|hears|heard|understands|understood|suggests|suggested)(?:\s+(?:me|us|him|her|them|you|reporters|journalists))?\s+(?:that\s+)?|\bthat\s+)`;
// The document's phrase: a determiner or owner, up to three modifiers, the head noun, then what says where it came
// from or when ("from Lima in 2015", "of the ministry", "dated May 3"), with no clause mark in it.
// (An owner, a name's possessive or his, her or their, is kept apart: the one who wrote the document.)
const DETERMINER = String.raw`(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Yy]our|[Mm]y|[Ii]ts|[Oo]ur|([Hh]is|[Hh]er|[Tt]heir|(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}-]*)(?:(?<=\b(?:[Hh]is|[Hh]er|[Tt]heir))|['’]s))`;
// (Each of at most three such phrases is a preposition, perhaps a determiner, capitalised words and a lowercase
// word, then one word and any capitalised ones after it: never a conjunction or a verb, which would open another clause, "the letter
// from Kask and then said".)
const LOWER = String.raw`(?!(?:and|or|but|nor|then|also|who|whom|which|that|when|while|where|as|so|he|she|they|we|it|not|never)\b)[\p{Ll}-]+`;
const PLACING = String.raw`(?:\s+(?:from|of|by|in|on|at|to|for|dated|last|this)\s+(?:(?:the|a|an|his|her|their|its|our|your|my)\s+)?(?:[\p{Lu}\d][\p{L}\d'’.-]*\s+){0,3}(?:${LOWER}\s+)?(?:[\p{Lu}\d][\p{L}\d'’.-]*|${LOWER})(?:\s+[\p{Lu}\d][\p{L}\d'’.-]*)*){0,3}`;
// The speech verb, right before the quote (a writer's aside after it is read as blank).
const VERB = String.raw`(?:had\s+|has\s+|also\s+)*(?:said|says|read|reads|stated|states|noted|notes|warned|warns|concluded|concludes|declared|declares|added|adds|claimed|claims|argued|argues|asserted|asserts|continued|continues|began|begins)`;
// (The greedy start reads the last opening that fits: the subject nearest the verb, never an earlier subject and
// its verb taken for modifiers, "the mayor says your memo".)
const DOCUMENT_SAID = new RegExp(String.raw`^[\s\S]*${OPENING}(${DETERMINER}\s+(?:[\p{Ll}\d-]+\s+){0,3}?([\p{Ll}-]+)${PLACING}),?\s+${VERB}\s*[,:]?\s*$`, 'du');

/**
 * The document phrase that is the subject of the speech verb ending `before` (the quote's sentence up to its
 * opening mark, quotes masked), as `{ phrase, at, owner }` with where it starts in `before` and the name or "his",
 * "her" or "their" that owns it ("Roe's memo"; null for none); null when the verb's subject is no document (a
 * person, a body, or a phrase this does not read).
 */
export function documentSubjectSaid(before: string): { phrase: string; at: number; owner: string | null } | null {
  // (Quick test: a verb of saying ends the words at all.)
  if (!/(?:said|says|read|reads|stated|states|noted|notes|warned|warns|concluded|concludes|declared|declares|added|adds|claimed|claims|argued|argues|asserted|asserts|continued|continues|began|begins)\s*[,:]?\s*$/u.test(before)) return null;
  const m = DOCUMENT_SAID.exec(before);
  if (!m) return null;
  const head = m[3]!;
  // (A noun whose first sense is a person or a group, "the aide", "the ministry", speaks for itself.)
  if (isKindOf(head, 'person', 8, 1) || isKindOf(head, 'group', 8, 1)) return null;
  if (!isKindOf(head, 'communication', 8, 1)) return null;
  return { phrase: m[1]!, at: m.indices![1]![0], owner: m[2] ?? null };
}
