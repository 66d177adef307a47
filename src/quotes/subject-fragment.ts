/**
 * A claim that repeats a reporter's sentence around a speaker's quoted fragment, from the speaker's name on
 * (`Kim toasted Russia's "great victory"` for "kim toasted russia's great victory"): the reporter tells what
 * the person named as the sentence's subject said, the fragment being their words, so the claim is that
 * speaker's words in the reporter's wording. Never the same words: the subject and verb are the reporter's.
 */
import type { AcrossQuotes, WhoSaidMatch } from '../types.ts';

// Words after a name that make it no subject of its own ("Kim and Putin toasted", "Kim, who", "Kim of"),
// or make it someone's ("Kim's aide").
const NOT_A_SUBJECT_NEXT = new Set(['and', 'or', 'nor', 'with', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'from', 'as', 'than', 'who', 'whom', 'whose', 'which', 'that', 'the', 'a', 'an']);

const wordsOf = (s: string): string[] => s.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);

/**
 * Whether `before` (the sentence before the words) leaves them at a clause's start: nothing, a stop or a
 * dash, a "that" ("officials said that Kim ..."), or a conjunction after a comma (", but Kim ...").
 */
function atClauseStart(before: string): boolean {
  const t = before.trimEnd();
  return t === '' || /[.;:!?—–(]$/u.test(t) || /(?:^|\s)that$/iu.test(t) || /,\s*(?:but|and|yet|while|whereas)$/iu.test(t);
}

/**
 * The match for a sentence found holding the claim across quotation marks when the claim starts with the name
 * of the one speaker its quoted parts are credited to, as the subject of a clause; null otherwise, or when the
 * reporter's words give the fragment to another person quoted (`Critics mocked Solberg's "new dawn"`: the
 * words may be Solberg's whoever they were credited to). `isSpeaker`: whether a name is that of someone quoted.
 */
export function subjectsFragment(hit: AcrossQuotes, isSpeaker: (name: string) => boolean = () => false): WhoSaidMatch | null {
  if (!hit.narrated || !hit.quoted.length) return null;
  const speaker = hit.quoted[0]!.speaker;
  if (!speaker || hit.quoted.some((q) => q.speaker !== speaker)) return null;
  const at = hit.text.indexOf(hit.words);
  if (at < 0 || !atClauseStart(hit.text.slice(0, at))) return null;
  // The narration before the first quotation mark: the subject and the reporter's verb.
  const lead = hit.words.split(/["“”‘]/u)[0] ?? '';
  const leadWords = wordsOf(lead);
  const nameWords = new Set(wordsOf(speaker).map((w) => w.toLowerCase()));
  let n = 0;
  while (n < leadWords.length && /^[\p{Lu}]/u.test(leadWords[n]!) && nameWords.has(leadWords[n]!.toLowerCase())) n++;
  // The name, then at least a verb of the reporter's ("Kim's" is one word, so a name that owns the next is none).
  if (n === 0 || n >= leadWords.length || !/^\s*$/u.test(lead.slice(0, lead.indexOf(leadWords[0]!)))) return null;
  const next = leadWords[n]!;
  for (const w of leadWords.slice(n)) {
    const owner = /^([\p{Lu}][\p{L}-]*)['’]s?$/u.exec(w)?.[1];
    if (owner && !nameWords.has(owner.toLowerCase()) && isSpeaker(owner)) return null;
  }
  if (!/^[\p{Ll}]/u.test(next) || NOT_A_SUBJECT_NEXT.has(next.toLowerCase())) return null;
  const first = hit.quoted[0]!;
  return {
    speaker,
    role: first.role,
    quote: first.quote,
    partial: true,
    sentence: hit.text,
    citation: hit.citation,
    match: 'close',
    verdict: 'close',
    differences: [],
    speakerMatches: null,
  };
}
