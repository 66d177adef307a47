/**
 * `... a line by a retired harbour pilot, who wrote: "..."`: a person described, not named, then ", who" and a
 * verb of speech right before the colon and the quote: the one described speaks (a relative clause after a
 * name is read by `relative-speaker.ts`).
 */
const RELATIVE_DESCRIBED = /\b((?:a|an|one)\s+(?:[\p{L}'’-]+\s+){0,4}[\p{Ll}][\p{Ll}-]+),\s+who\s+(?:later\s+|then\s+|once\s+)?(?:wrote|said|says|writes|posted|added|replied|answered|told\s+(?:[\p{L}'’-]+\s+){1,3}?)\s*:\s*$/u;

/** The indefinite description before ", who wrote:" ending `before` (the masked sentence up to the quote), or null. */
export function describedRelativeSpeaker(before: string): string | null {
  return RELATIVE_DESCRIBED.exec(before)?.[1] ?? null;
}
