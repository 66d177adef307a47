/**
 * A sentence that reports what a group says and closes on the study that found it: `Voters now say they see the
 * mayor as a "guardian," a survey by a local pollster, Ivo Lind, found this year.` The quoted words are the
 * study's (its categories or findings), not the group's, whose opening "say" the study itself reports.
 */

// After the sentence's last quote (and a few words of the reported clause): a comma, a study, poll or report (what follows its noun, up to 120 characters),
// a verb of finding, then at most a short phrase of time and the sentence's end.
const FINDING_AFTER = /^(?:[^,;:_"“”.!?]{0,60}?,|\s*,?)\s*((?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){0,2}(?:study|survey|poll|report|analysis|review|paper|research)\b[^;:_"“”]{0,120}?),?\s+(?:found|finds|concluded|concludes|showed|shows|suggested|suggests|reported|reports)\b(?:\s+[\p{L}\d]+){0,3}\s*[.!]?\s*$/u;
// A person's full name set off at the end of the study's phrase: `a study by a noted economist, Ivo Lind`.
const AUTHOR_SET_OFF = /,\s+((?:[\p{Lu}][\p{L}'’-]*\.?\s+){1,3}[\p{Lu}][\p{L}'’-]+)\s*,?\s*$/u;

/**
 * When `rest` (the quote's sentence after its last quote, quotes masked) closes on a study's finding: the author's
 * name set off in the study's phrase, or '' when it names none; else null.
 */
export function findingAfter(rest: string): string | null {
  const m = FINDING_AFTER.exec(rest);
  if (!m) return null;
  return AUTHOR_SET_OFF.exec(m[1]!)?.[1] ?? '';
}

// "given that polls consistently show most voters think ...": polls or surveys as the subject of a verb of showing,
// with no quote or sentence mark after it before the quote.
const POLLS_SHOW = /\b(?:polls|surveys|opinion\s+polls|studies)\s+(?:[\p{Ll}]+ly\s+)?(?:show|showed|find|found|suggest|suggested|indicate|indicated)\b[^.;:!?_"“”]*$/u;

/**
 * Whether `between` (the words from the credited speaker to the quote, quotes masked) reports the quote as what
 * polls or surveys show: the quoted words are the polls' wording, not the speaker's.
 */
export function pollsShowBefore(between: string): boolean {
  return POLLS_SHOW.test(between);
}
