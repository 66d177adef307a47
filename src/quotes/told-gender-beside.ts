/**
 * One of untold sex last seen in the sentence right before a "he"/"she", beside another person there whose sex the
 * text, a name list or a title tells as the pronoun's: "..., the minister, Halvard Stroud, was asked by Petra Ulwin,
 * a union leader. '...,' she said." The pronoun more likely means the one whose sex fits; never the untold one.
 */
import { genderOfName, type LocalSpeaker, titleGender } from './local-speaker.ts';
import { nameWords } from './names.ts';
import type { PeopleKnown } from './pronoun-rivals.ts';

// The agent of a passive right before the name: "was asked about the strike by", "by Dr.". (Only the agent: a woman
// named as an owner, "said Ivanka Roe's statement ...", or in the reported words, is talked about, not acting.)
const AGENT_BEFORE = /\bby\s+(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?$/u;

/**
 * Whether sentence `k` names, as the agent of a passive ("by NAME"), a person other than `s` told to be of sex `want`
 * (by the text, a name list or a title).
 */
export function toldGenderBeside(people: PeopleKnown, s: LocalSpeaker, k: number, want: 'm' | 'f'): boolean {
  const own = new Set(s.names.flatMap((n) => nameWords(n)));
  const at = people.read.textOf.get(k);
  if (!at) return false;
  return (people.read.namedIn.get(k)?.named ?? []).some((m) => {
    if (m.words.some((w) => own.has(w))) return false;
    if (m.at < at.from || m.at > at.to || !AGENT_BEFORE.test(at.masked.slice(at.from, m.at))) return false;
    const other = people.byCompact(m.compact);
    return (other?.gender ?? genderOfName(m.name) ?? titleGender(m.role)) === want;
  });
}
