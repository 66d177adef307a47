/**
 * "The widow said he had grown frail. She added: '...'": a sentence the pronoun passes over that opens on a kin
 * word of the pronoun's sex as its subject ("The widow", "The daughter") speaks of a relative of someone, who may
 * be another person of that sex than the one last named; the pronoun may mean her, so it is left to no one rather
 * than reaching back past her (unless the kin word is one the text gave the one reached).
 */
import type { LocalSpeaker } from './local-speaker.ts';
import { kinSex } from './gendered-nouns.ts';
import { sentencesSince, type PeopleKnown } from './pronoun-rivals.ts';

// A sentence opening on "The [late|elder ...] KIN" and a verb or a comma, not "The widow's house" (a possessive).
const KIN_SUBJECT = /^\s*(?:(?:But|And|Yet|Later|Then)\s+)?[Tt]he\s+(?:(?:late|elder|older|younger|eldest|youngest|only|grieving)\s+)?(widow|widower|wife|husband|son|daughter|mother|father|sister|brother|grandson|granddaughter|grandmother|grandfather)(?=[\s,])(?!\s+of\b)/u;

/** Whether a sentence passed over since `s` was last seen opens on a kin word of sex `want` that `s` bears no head of. */
export function kinSubjectBetween(people: PeopleKnown, s: LocalSpeaker, want: 'm' | 'f'): boolean {
  for (const text of sentencesSince(people, s)) {
    const m = KIN_SUBJECT.exec(text);
    if (m && kinSex(m[1]!) === want && !s.heads.has(m[1]!)) return true;
  }
  return false;
}
