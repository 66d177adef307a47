/**
 * "A spokesperson for a rival insurer, Northsea Mutual, said ...": a name set off right after a noun of a body
 * (an insurer, a firm, a bank, a charity) at the end of a described person's role names that body, not the
 * person described, when it opens with no known first name. ("A spokeswoman for the charity, Ana Lund, said"
 * names her: a first name says the name is a person's, the spokeswoman's.)
 */
import { type ParsedSpeaker, parseSpeakerPhrase } from './speaker-phrases.ts';
import { isKindOf } from '../text/wordnet.ts';
import { isKnownFirstName } from './first-names.ts';

// A person's noun, a preposition of belonging, a determiner, up to two words more, and the noun the role ends on.
const ROLE_FOR_BODY = /^(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:for|of|at|with|from)\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}]+)$/u;
// The ones who speak in a body's name: their words are the body's.
const VOICE = /^(?:spokesman|spokeswoman|spokesperson|representative)$/u;

/**
 * Who speaks when a name set off after a role ending in a noun of a body names that body: the body, when the role
 * is its voice (a spokesman, a representative); else the one the role describes ("a director of a rival bank").
 * Null when the name is no such body's. `sentence` is the text the role and name stand in.
 */
export function bodyNamedAfterRole(role: string | null | undefined, parsed: ParsedSpeaker | null, sentence: string): ParsedSpeaker | null {
  if (!role || parsed?.type !== 'name' || parsed.kind !== 'person') return null;
  // (The role before the name, the name set off right after it: "said Jo Roe, the head of the Eurasian division"
  // puts the role after a person's name, and the name is hers.)
  const at = sentence.indexOf(`${role.trim().replace(/,$/u, '')}, ${parsed.name}`);
  if (at < 0) return null;
  const m = ROLE_FOR_BODY.exec(role.trim().replace(/,$/u, ''));
  if (!m) return null;
  const noun = m[2]!.toLowerCase();
  // (A body by WordNet and no kind of person: "a company" is also a band of players, "a carrier" a porter.)
  if (!isKindOf(noun, 'organization', 8) || isKindOf(noun, 'person', 8)) return null;
  // (Two words or more: a lone word set off, "the firm, Okafor,", may as well be the person's surname.)
  const words = parsed.name.trim().split(/\s+/u);
  if (words.length < 2 || isKnownFirstName(words[0]!)) return null;
  if (VOICE.test(m[1]!.toLowerCase())) return { type: 'name', name: parsed.name, role: null, kind: 'organisation' };
  const described = parseSpeakerPhrase(role.trim().replace(/,$/u, ''));
  return described?.type === 'description' && described.kind === 'unnamed' && !described.plural ? described : null;
}
