/**
 * The sex a report of someone's own intentions hints at: "Mara Lind, a first-term member, said she would back
 * the plan", "Tor Lind says he will stand again". The pronoun opening the reported clause right after the
 * name's verb of saying is, in news copy, nearly always the one saying it; the hint only rules such a person out
 * as the rival of another for a pronoun of the other sex, never makes anyone a speaker.
 */

// After the name: an apposition set off perhaps, a verb of saying (to reporters perhaps), "that" perhaps, the pronoun.
const REPORTED_SELF = /^(?:,[^,;:"“”_]{1,90},)?\s+(?:(?:also|later|then)\s+)?(?:said|says|told\s+(?:reporters|journalists|us|me)|added|insisted|announced)\s+(?:that\s+)?(he|she)\s+(?:would|will|was|is|had|has|did|does|could|can|might|may|should|wanted|wants|planned|plans|hoped|hopes|intended|intends)\b/u;

/** 'm' or 'f' when `sentence` reports one of `names` saying what "he" or "she" would do; null otherwise. */
export function reportedSelfGender(sentence: string, names: readonly string[]): 'm' | 'f' | null {
  for (const name of names) {
    let at = sentence.indexOf(name);
    while (at >= 0) {
      if (!/[\p{L}\d_]/u.test(sentence.charAt(at + name.length))) {
        const m = REPORTED_SELF.exec(sentence.slice(at + name.length));
        if (m) return m[1] === 'she' ? 'f' : 'm';
      }
      at = sentence.indexOf(name, at + 1);
    }
  }
  return null;
}
