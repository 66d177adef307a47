/**
 * An office held under another of the same name is not that office: a "Vice President" is not "the
 * president", a "Deputy Prime Minister" not "the prime minister", a "Lieutenant Governor" not "the governor".
 * A description that leaves the rank out means the higher office, so it does not fit a person named only
 * with the lower one.
 */

/** Words that make an office a lower one of the same name. */
const RANKS = ['vice', 'deputy', 'assistant', 'lieutenant', 'under', 'associate'] as const;

/**
 * Whether a speaker known by `speakerWords` (the words of its names and roles, lowercase) holds only a lower
 * rank of the office a description with `descriptionWords` names: the speaker's words hold a rank word the
 * description lacks.
 */
export function lowerRankOnly(speakerWords: ReadonlySet<string>, descriptionWords: ReadonlySet<string>): boolean {
  return RANKS.some((r) => speakerWords.has(r) && !descriptionWords.has(r));
}
