/**
 * A credit after a quote that names the speaker with "so" and no verb: `"We will win," so Putin.`,
 * `"No documents will be signed," so the Kremlin spokesman Peskov.` It is the German "so" of citation (also
 * Dutch "aldus"), carried into English by translations and by writers of German-speaking outlets. In English
 * a quote's sentence that goes on with "so" and a name and then ends (or adds a phrase of time or place:
 * "so Putin at the greeting") reads no other way; "so Putin won" has a verb and is no credit.
 * (The role set off after the name may run long, with clauses of its own: "so Anders Vik, an economist who teaches
 * at a Bergen university and who, unlike many colleagues, still talks to the press.")
 */

const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}'’-]*\.?|[\p{Lu}]\.)`;
/** Lowercase role words before the name ("the Kremlin spokesman", "Russia's president"), at most a few. */
const ROLE = String.raw`(?:(?:the|a|an)\s+)?(?:(?:[\p{Lu}][\p{L}'’-]*|[\p{Ll}][\p{L}'’-]*)\s+){0,4}?`;
/** A phrase of time, place or occasion after the credit: "at the greeting", "on Wednesday", "in Moscow". */
const TAIL = String.raw`(?:\s+(?:at|in|on|to|after|before|during|later|afterwards|earlier|today|yesterday)\b[^.;:!?"“”]{0,60})?`;
const SO_NAME = new RegExp(String.raw`^\s*,?\s*so\s+(${ROLE}${NAME_WORD}(?:\s+${NAME_WORD}){0,3})(?:\s*,\s*((?:the|a|an)\s+[^.;:!?"“”]{2,200}))?${TAIL}\s*[.!]?\s*$`, 'u');
/** A description alone: "so the spokesman", "so the Kremlin". */
const SO_DESCRIBED = new RegExp(String.raw`^\s*,?\s*so\s+((?:the|a|an)\s+(?:[\p{Lu}\p{Ll}][\p{L}'’-]*\s+){0,3}[\p{Ll}][\p{L}'’-]*)${TAIL}\s*[.!]?\s*$`, 'u');

/**
 * The speaker phrase of a "so" credit in `after` (the quote's sentence after its closing mark, quotes
 * masked), or null when `after` holds no such credit. `inner` is the quote's last mark inside its quotation
 * marks: the credit follows a comma, inside the marks or right after them, as any credit after a quote does.
 */
export function soCreditAfter(after: string, inner: string): string | null {
  return soCreditWithRole(after, inner)?.name ?? null;
}

/** The same credit with the role set off after the name, if any ("a political scientist who ..."). */
export function soCreditWithRole(after: string, inner: string): { name: string; role: string | null } | null {
  if (!/[,!?]/u.test(inner) && !/^\s*,/u.test(after)) return null;
  const named = SO_NAME.exec(after);
  if (named) return { name: named[1]!.trim(), role: named[2]?.trim() ?? null };
  const described = SO_DESCRIBED.exec(after);
  return described ? { name: described[1]!.trim(), role: null } : null;
}

// The same "so" set off by commas inside the clause, right after its copula, the clause going on with a noun
// phrase that holds the quote: `It was, so the Kremlin, a meeting "of old friends".` (German "so" of citation;
// in English ", so X," after "was" and before the rest of the predicate reads no other way: the conjunction "so"
// opens a clause of its own, and X would be followed by its verb.)
const SO_ASIDE = new RegExp(String.raw`\b(?:was|is|were|are)\s*,\s+so\s+(${ROLE}${NAME_WORD}(?:\s+${NAME_WORD}){0,3}),\s+(?:a|an|the|its|his|her|their)\s+[^,;:.!?"“”_]*$`, 'u');

/**
 * The speaker phrase of a "so" credit set off inside the clause before the quote (`It was, so the Kremlin, a
 * meeting "..."`), in `before` (the quote's sentence up to its opening mark, quotes masked); else null.
 */
export function soCreditAside(before: string): string | null {
  return SO_ASIDE.exec(before)?.[1]!.trim() ?? null;
}
