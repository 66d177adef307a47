/**
 * A speaker phrase that stands right after a clause of speaking to someone ("Another source speaking to Fox
 * News said ...", "A woman who spoke to Reuters said ...", "An aide, in an interview with The Times, said
 * ...") is the one spoken to, not the subject of the reporting verb: the grammar reads the nearest run of
 * capitalised words before the verb, which here names the listener (often an outlet). The one who speaks is
 * the noun phrase before the participle or the relative pronoun. Likewise the agent of a participle that
 * says who holds or saw a document ("A letter from the Harbour Board obtained by The Coastal Wire warns ...",
 * "a memo reviewed by the Post says ..."): the document speaks, not its reader.
 */

/**
 * A participle or past tense of speaking (or "in an interview with"), then "to" or "with" and perhaps "the",
 * ending the text; "who"/"that" before a past tense marks a relative clause. "according to" credits a source
 * and is no address; "going to", "referring to" and the like are not speaking to anyone.
 */
const ADDRESS_BEFORE = /(?:^|[\s,])(?:(?:who|that)\s+(?:had\s+)?(?:spoke|talked|wrote|spoken|talked|written)|(?:speaking|talking|writing|responding|replying|explaining|complaining|confiding|chatting)|in\s+(?:an?\s+)?(?:[\p{Ll}-]+\s+)?(?:interview|conversation|exchange|call)s?)\s+(?:to|with)\s+(?:the\s+)?$/u;

/** A participle of holding or reading a document, then "by" and perhaps "the", ending the text. */
const HOLDER_BEFORE = /(?:^|\s)(?:obtained|reviewed|seen|viewed|acquired|examined|cited|quoted)\s+by\s+(?:the\s+)?$/iu;

/** Where the clause before the listener starts: the sentence's start or the last clause break before it. */
const CLAUSE_BREAK = /[;:—–―(]|,\s+(?:and|but)\s/gu;

/** The one spoken to and who speaks, when the speaker phrase is the listener; `owner` null when none is written. */
export interface Addressee {
  owner: string | null;
}

/**
 * Whether the speaker phrase found at `at` in `text` (its sentence, quotes blanked) is the listener of a
 * clause of speaking, and if so the phrase before that clause (`owner`, the speaker, null when the clause
 * opens the sentence). Null when the phrase is no listener.
 */
export function addresseePhrase(text: string, at: number, phrase: string): Addressee | null {
  if (at < 0 || !phrase) return null;
  const before = text.slice(Math.max(0, at - 200), at);
  const address = ADDRESS_BEFORE.exec(before) ?? HOLDER_BEFORE.exec(before);
  if (!address) return null;
  let head = before.slice(0, address.index);
  // "An aide, in an interview with ...": the commas setting the clause off are no part of the head.
  head = head.replace(/[\s,]+$/u, '');
  let from = 0;
  for (const m of head.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  head = head.slice(from).trim();
  // (A head with its own verb is a clause, not a noun phrase: "Jones met aides" reads no subject here.)
  const words = head.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 8) return { owner: null };
  return { owner: head };
}
