/**
 * '"...," came the reply from Mara Roe.', '"...," came the curt answer from the ministry.': the words named a
 * reply (answer, response, retort) that came from someone are that one's, as "Mara Roe replied" would make them.
 * A place it came from ("from across the room", "from the back") names no one; the reading of who replied is
 * then left to the quotes around it (`continuations.ts`).
 */

// "came the reply from", perhaps with adjectives ("the curt reply", "a terse written answer"), then the source up to
// the sentence's end or a comma.
const REPLY_FROM = /^[\s'"’”]*[,.!?]?[\s'"’”]*came\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:reply|answer|response|retort|rejoinder)\s+from\s+([^,;:.!?_"“”()]{2,80}?)\s*(?:[.;!?]|,|$)/u;

/** The one a reply came from, as `after` (the quote's sentence after its closing mark, quotes masked) names it; else null. */
export function replyFrom(after: string): string | null {
  return REPLY_FROM.exec(after)?.[1]?.trim() ?? null;
}
