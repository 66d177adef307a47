/**
 * A news medium relaying someone's speech: in `The agency reported that Chairman Kim invited President Putin
 * to visit "at a convenient time".` the agency passes the words on; the subject of the speech act inside its
 * "that" clause (Kim, who invited) is who spoke them. The general reading credits the subject of the verb
 * that governs the whole sentence, the agency.
 */
import { isSpeechVerb } from './attribution.ts';

// The reporter's head: what relays others' words for a living.
const MEDIUM = /(?:^|\s)(?:agency|agencies|newspaper|paper|daily|media|outlet|broadcaster|television|TV|radio|channel|wire|tabloid|weekly|[\p{Lu}]{3,6})\s*$/u;

// The reporter's verb, then "that" and the clause's subject, then a verb of speech or of a speech act, with the
// quote's opening mark somewhere after it; no other clause ("that", a second verb of speech) in between.
const RELAYED = /^(.{1,80}?)\s+(?:reported|reports|said|says|announced|wrote|carried\s+(?:a\s+)?(?:report|statement)s?\s+saying)\s+(?:[^,;:_"“”]{0,40}?\s)?that\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){0,5}[\p{Lu}][\p{L}'’.-]*|the\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+?)\s+(?:also\s+|had\s+|has\s+|later\s+|then\s+)?([\p{Ll}]+ed|said|told)\b([^_"“”]*)$/u;

// Verbs of a speech act whose quoted complement is the actor's words (beyond the reporting verbs proper).
const SPEECH_ACT = new Set(['invited', 'urged', 'called', 'asked', 'promised', 'pledged', 'vowed', 'thanked', 'praised', 'proposed', 'offered', 'assured', 'expressed', 'described', 'hailed', 'welcomed', 'condemned', 'demanded']);

/**
 * The subject of the speech act inside a medium's "that" clause, when `before` (the quote's sentence up to its
 * opening mark, quotes masked) reads "<medium> reported that <subject> <speech verb> ..."; null otherwise.
 */
export function relayedSpeaker(before: string): string | null {
  if (!before.includes('that')) return null;
  const m = RELAYED.exec(before.trim() === '' ? '' : before.replace(/\s+$/u, ' '));
  if (!m) return null;
  const [, reporter, subject, verb, rest] = m;
  if (!MEDIUM.test(reporter!)) return null;
  if (!isSpeechVerb(verb!) && !SPEECH_ACT.has(verb!)) return null;
  // A further clause of reported speech before the quote belongs to someone else ("... said Putin had told").
  if (/\bthat\b/u.test(rest!) || rest!.split(/\s+/u).some((w) => isSpeechVerb(w.replace(/[^\p{L}]/gu, '')))) return null;
  return subject!;
}
