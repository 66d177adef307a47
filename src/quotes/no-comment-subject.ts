/**
 * A person the narration says gave no words: "Governor Ann Roe did not comment on the plan.", "Roe, the minister,
 * could not be reached.", "Roe has not responded to requests for comment." Such a sentence names someone only to
 * say she is silent, so a "she said" after it is someone else's, and the reading cannot be sure whose: the one
 * named silent stands nearer than the one who spoke before her.
 */
import { escapeRegExp, sharedRegExp } from '../text/regexp.ts';

// The verbs of saying nothing after the subject: "did not comment", "has not responded", "could not be reached",
// "was not available for comment", "did not return calls". ("Declined to comment" is left out: a person often
// declines to comment on one thing and goes on to say another.)
const SILENT = String.raw`(?:(?:did|does|has|have|had)\s+not\s+(?:immediately\s+)?(?:comment|commented|respond|responded|reply|replied|return|returned)|(?:could|can)\s+not\s+be\s+reached|(?:was|is|were)\s+not\s+(?:immediately\s+)?available\s+for\s+comment)(?![\p{L}])`;

/**
 * Whether `sentence` has the person of `names` (by the last word of any) as the subject of a verb of saying
 * nothing, perhaps after a set-off description ("Roe, the minister, did not comment").
 */
export function saidNothingIn(sentence: string, names: readonly string[]): boolean {
  const ends = new Set(names.map((n) => n.split(/\s+/u).at(-1)!).filter((w) => /^[\p{Lu}]/u.test(w)));
  for (const end of ends) {
    const re = sharedRegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(end)}(?:,[^,;.]{1,80},)?\s+${SILENT}`, 'u');
    if (re.test(sentence)) return true;
  }
  return false;
}
