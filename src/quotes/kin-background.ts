/**
 * A sentence about a relative brought in by a word of kin ("Her father, NAME, ...") that only tells what the
 * relative is or was (", was a diplomat") or tells of the relative's life (", was born in ...", ", grew up ...",
 * ", served in ...", ", had worked at ...", ", lived in ..."): background on the one the text is about, not a turn
 * to the relative, so it sets no one up to speak.
 */

// The predicate right after the relative's name and its closing comma.
const KIN_BACKGROUND = /^,\s*(?:(?:is|was|has\s+been|had\s+been)\s+(?:once\s+)?(?:a|an)\s|(?:(?:has|had)\s+)?(?:(?:once|long|also|later|always)\s+)?(?:was\s+(?:born|raised|brought\s+up)|grew\s+up|served|worked|lived|studied|trained|emigrated|retired)\b)/u;

/**
 * Whether `after` (the sentence from the comma closing the relative's name on) tells only background on the
 * relative: ", was a diplomat for years.", ", was born in PLACE.", ", had worked at the docks."
 */
export function kinBackgroundAfter(after: string): boolean {
  return KIN_BACKGROUND.test(after);
}
