/**
 * The sex a report of someone's own intentions hints at: "Mara Lind, a first-term member, said she would back
 * the plan", "Tor Lind says he will stand again". The pronoun opening the reported clause right after the
 * name's verb of saying is, in news copy, nearly always the one saying it; the hint only rules such a person out
 * as the rival of another for a pronoun of the other sex, never makes anyone a speaker.
 */

// After the name: an apposition set off perhaps, a verb of saying (to reporters perhaps), "that" perhaps, the pronoun.
const REPORTED_SELF = /^(?:,[^,;:"“”_]{1,90},)?\s+(?:(?:also|later|then)\s+)?(?:said|says|told\s+(?:reporters|journalists|us|me)|added|insisted|announced)\s+(?:that\s+)?(he|she)\s+(?:would|will|was|is|had|has|did|does|could|can|might|may|should|wanted|wants|planned|plans|hoped|hopes|intended|intends)\b/u;

// The same with any verb after the pronoun: "Tor Lind said he agreed with her plan".
const REPORTED_ANY = /^(?:,[^,;:"“”_]{1,90},)?\s+(?:(?:also|later|then)\s+)?(?:said|says|told\s+(?:reporters|journalists|us|me)|added|insisted|announced)\s+(?:that\s+)?(he|she)\s+(?:[\p{Ll}]+ly\s+)?[\p{Ll}]+\b/u;

// A verb in the past right after the name, then "her" or "his" and a noun: "Paz Rojas met her counterpart", the
// possessive nearly always the subject's own (weak, as REPORTED_ANY: never "met her at", "told him").
const OWN_POSSESSIVE = /^(?:,[^,;:"“”_]{1,90},)?\s+(?:(?:also|later|then|first)\s+)?(?:[\p{Ll}]+ed|met|told|took|led|sent|brought|left|saw|won|beat|lost|kept|gave|made)\s+(his|her)\s+(?:[\p{Ll}-]+\s+){0,2}(?:counterpart|colleague|counterparts|colleagues|husband|wife|son|daughter|father|mother|brother|sister|deputy|rival|successor|predecessor|lawyer|boss|staff|team|party|family|friend|friends)\b/u;

/**
 * 'm' or 'f' when `sentence` reports one of `names` saying what "he" or "she" would do; null otherwise. With
 * `anyVerb`, saying what "he" or "she" did or does as well: a weaker hint, enough only to keep a pronoun of the
 * other sex from going on with one whose sex nothing else tells.
 */
export function reportedSelfGender(sentence: string, names: readonly string[], anyVerb = false): 'm' | 'f' | null {
  // (A bare surname too, as the text calls one named in full before: "Lind said he agreed".)
  const called = anyVerb ? [...names, ...names.map((n) => n.split(/\s+/u).at(-1)!).filter((w) => /^[\p{Lu}]/u.test(w))] : names;
  for (const name of called) {
    let at = sentence.indexOf(name);
    while (at >= 0) {
      if (!/[\p{L}\d_]/u.test(sentence.charAt(at + name.length)) && !/[\p{L}\d_]/u.test(sentence.charAt(at - 1))) {
        const m = (anyVerb ? REPORTED_ANY : REPORTED_SELF).exec(sentence.slice(at + name.length));
        if (m) return m[1] === 'she' ? 'f' : 'm';
        const own = anyVerb ? OWN_POSSESSIVE.exec(sentence.slice(at + name.length)) : null;
        if (own) return own[1] === 'her' ? 'f' : 'm';
      }
      at = sentence.indexOf(name, at + 1);
    }
  }
  return null;
}
