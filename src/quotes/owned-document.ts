/**
 * A document named by its issuer's possessive speaks in the issuer's voice: in "The Kremlin's own readout said
 * the talks were "..."" or "Jane Roe's statement said ..." the words are the Kremlin's, Jane Roe's; the
 * readout, statement or communiqué only carries them.
 */

// The possessor (a capitalised name, perhaps after "the"), then a few plain modifiers and the document's noun.
const OWNED_DOCUMENT = /^((?:[Tt]he\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}'’.-]*){0,4})['’]s?\s+(?:(?:own|official|first|brief|short|written|formal|latest|terse|public|final|joint)\s+){0,2}(?:statement|readout|read-out|communiqu[eé]|transcript|declaration|press\s+release)$/u;

/** The issuer's name as written when `phrase` is "X's (own) statement|readout|communiqué|transcript|..."; else null. */
export function documentOwner(phrase: string): string | null {
  const m = OWNED_DOCUMENT.exec(phrase.trim());
  return m ? m[1]!.replace(/^The\b/u, 'the') : null;
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
