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
// Or the one the untold subject puts a question or words to, perhaps after a role set off: "A reporter asked the
// senator, NAME: '...?' ¶ '...,' she said." The answer is more likely the one asked; never the untold asker.
const ADDRESSEE_BEFORE = /\b(?:asked|asks|questioned|questions|interviewed|interviews|pressed|presses|challenged|challenges|put\s+it\s+to|put\s+(?:the|a|his|her|their)\s+question\s+to)\s+(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+,?\s+)?(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?$/u;

/**
 * Whether sentence `k` names, as the agent of a passive ("by NAME") or the one asked ("asked NAME", "asked the
 * senator, NAME"), a person other than `s` told to be of sex `want` (by the text, a name list or a title).
 */
export function toldGenderBeside(people: PeopleKnown, s: LocalSpeaker, k: number, want: 'm' | 'f'): boolean {
  const own = new Set(s.names.flatMap((n) => nameWords(n)));
  const at = people.read.textOf.get(k);
  if (!at) return false;
  return (people.read.namedIn.get(k)?.named ?? []).some((m) => {
    if (m.words.some((w) => own.has(w))) return false;
    const lead = m.at < at.from || m.at > at.to ? null : at.masked.slice(at.from, m.at);
    if (lead === null || !(AGENT_BEFORE.test(lead) || ADDRESSEE_BEFORE.test(lead))) return false;
    const other = people.byCompact(m.compact);
    return (other?.gender ?? genderOfName(m.name) ?? titleGender(m.role)) === want;
  });
}
