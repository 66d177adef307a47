/**
 * A document named by its issuer's possessive speaks in the issuer's voice: in "The Kremlin's own readout said
 * the talks were "..."" or "Jane Roe's statement said ..." the words are the Kremlin's, Jane Roe's; the
 * readout, statement or communiqué only carries them.
 */

// The documents that carry their issuer's words, and the plain modifiers they may take.
const DOCUMENT_NOUN = String.raw`(?:statement|readout|read-out|communiqu[eé]|transcript|declaration|press\s+release|letter|open\s+letter|note|memo|notice|bulletin|resolution)`;
const DOCUMENT_MODIFIERS = String.raw`(?:(?:own|official|first|brief|short|written|formal|latest|terse|public|final|joint|new|two-page|one-page)\s+){0,2}`;
// The possessor (a capitalised name, perhaps after "the"), then a few plain modifiers and the document's noun.
const OWNED_DOCUMENT = new RegExp(String.raw`^((?:[Tt]he\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}'’.-]*){0,4})['’]s?\s+${DOCUMENT_MODIFIERS}${DOCUMENT_NOUN}$`, 'u');
// A body described by its lowercase noun as the possessor ("The council's letter", "the ministry's note"), or the
// document first and its issuer after "from" ("A statement from the council"). The caller keeps only a body (or a
// name after "from").
const BODY_OWNED_DOCUMENT = new RegExp(String.raw`^((?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+)['’]s?\s+${DOCUMENT_MODIFIERS}${DOCUMENT_NOUN}$`, 'u');
const DOCUMENT_FROM = new RegExp(String.raw`^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+${DOCUMENT_MODIFIERS}${DOCUMENT_NOUN}\s+(?:from|by|issued\s+by|released\s+by)\s+((?:the\s+)?[^,;:"“”]{2,80})$`, 'u');

/** The issuer's name as written when `phrase` is "X's (own) statement|readout|communiqué|transcript|..."; else null. */
export function documentOwner(phrase: string): string | null {
  const m = OWNED_DOCUMENT.exec(phrase.trim());
  return m ? m[1]!.replace(/^The\b/u, 'the') : null;
}

// "Her letter", "his brief statement": a document a person writes, owned by a possessive pronoun of a sex.
const PRONOUN_OWNED_DOCUMENT = new RegExp(String.raw`^(His|Her)\s+${DOCUMENT_MODIFIERS}(?:statement|letter|open\s+letter|note|memo|message|text\s+message|email|e-mail)$`, 'u');

/**
 * "he" or "she" when `phrase` is "His (brief) statement", "Her letter": the writer of a document the possessive owns
 * is the one the pronoun means, read back as a pronoun subject is ("Her letter was brief: ..." is "she wrote: ...");
 * else null. ("Their" and "its" are left: a group's or a body's document is read by other rules.)
 */
export function pronounDocumentOwner(phrase: string): 'he' | 'she' | null {
  const m = PRONOUN_OWNED_DOCUMENT.exec(phrase.trim());
  return m ? (m[1] === 'His' ? 'he' : 'she') : null;
}

/**
 * The issuer as written when `phrase` is "the council's letter" (a possessor described by a lowercase noun) or "a
 * statement from X"; else null. Whether the issuer is a body is the caller's to judge: "the aide's note" may carry
 * another's words.
 */
export function describedDocumentOwner(phrase: string): string | null {
  const t = phrase.trim();
  const owned = BODY_OWNED_DOCUMENT.exec(t);
  if (owned) return owned[1]!.replace(/^The\b/u, 'the');
  return DOCUMENT_FROM.exec(t)?.[1] ?? null;
}

// A post or message on a channel, account or page named after its noun: "A post on the Telegram channel Red Harbour".
const CHANNEL_POST = /^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?:new|later|recent|earlier|separate|further|pinned)\s+)?(?:post|message|statement|video|entry)\s+(?:on|by|from)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+)?(?:channel|account|page|blog|group)\s+([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})$/u;

/**
 * The channel's name when `phrase` is "a post on the (Telegram) channel NAME" (or account, page, blog): the post
 * speaks in the voice of the channel that published it; else null.
 */
export function channelOfPost(phrase: string): string | null {
  return CHANNEL_POST.exec(phrase.trim())?.[1] ?? null;
}
