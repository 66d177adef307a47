/**
 * A broadcaster's English news script (South Korean and Japanese channels' web scripts among them) marks each
 * recorded insert with a bracketed tag and the on-screen caption that names its voice, then the words on the next
 * line: `[SOUNDBITE] NAME / Foreign Minister`, `[INTERVIEW] NAME / Office worker`, `[STAND-UP] NAME / Reporter`,
 * `[SOUNDBITE] Senior presidential official (voice altered)`, `[INTERVIEW] Citizen in his 60s`. The caption is a
 * name and a title after a slash, or a description of someone unnamed, never a sentence: the quotation that is
 * all the rest of the paragraph is that voice's.
 */
import type { QuoteSpan } from './attribution.ts';
import type { ParsedSpeaker } from './speaker-phrases.ts';
import { parseSpeakerPhrase } from './speaker-phrases.ts';
import { isKindOf } from '../text/wordnet.ts';
import { isKnownFirstName } from './first-names.ts';

// The insert's tag in square brackets at the paragraph's start, then the caption up to the opening mark.
const TAGGED = /^\s*\[\s*(?:SOUND ?BITE|SOT|BITE|SYNC|INTERVIEW|STAND[- ]?UP|PIECE TO CAMERA|PTC|VOX ?POPS?|CLIP|INSERT)\s*\]\s*([^"“”«»\[\]]*?)\s*$/iu;
// A verb, sentence punctuation or a lower-case opening word would make the caption prose, not a caption.
const PROSE = /[.!?;:]\s|[.!?;:]$|\b(?:said|says|told|tells|asked|added|is|are|was|were)\b/u;

/**
 * Whether a caption's title names what a person is ("Foreign Minister", "Chairman of the Commission, North Korea",
 * "Office worker", "Professor, Korea University"): its first part's last word before any "of" is a kind of person in one of its first two senses.
 * A place's or a programme's caption ("Port Velden / Harbour town", "Morning Edition / archive", "Harwick Dam,
 * 1998") names no voice, whatever the words before it look like.
 */
function personTitle(title: string): boolean {
  const first = title.split(/\s*,\s*/u)[0]!.split(/\s+(?:of|for|at|to|in)\s+/iu)[0]!.trim();
  const word = /([\p{L}-]+)$/u.exec(first)?.[1]?.toLowerCase();
  return !!word && isKindOf(word, 'person', 5, 2);
}

/** The caption's speaker and the title it gives, when the paragraph is a tagged insert whose quotations are all its text. */
export function bracketCaption(text: string, spans: readonly QuoteSpan[]): { speaker: ParsedSpeaker; role: string | null } | null {
  const first = spans[0];
  if (!first) return null;
  const m = TAGGED.exec(text.slice(0, first.open));
  if (!m) return null;
  // Nothing but the quotations after the caption: any prose between or after them is a reporter's sentence.
  for (const [i, s] of spans.entries()) {
    const next = spans[i + 1];
    if (!s.closed) return null;
    if (text.slice(s.close + 1, next ? next.open : text.length).trim() !== '') return null;
  }
  const caption = m[1]!.replace(/\([^()]*\)/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (!caption || caption.split(' ').length > 14 || PROSE.test(caption) || !/^[\p{Lu}]/u.test(caption)) return null;
  const slash = caption.split(/\s+\/\s+/u);
  if (slash.length > 2) return null;
  if (slash.length === 2) {
    // "NAME / title": the name before the slash, the title after it.
    const parsed = parseSpeakerPhrase(slash[0]!);
    if (parsed?.type !== 'name' || parsed.kind !== 'person' || !personTitle(slash[1]!)) return null;
    return { speaker: parsed, role: slash[1]!.toLowerCase() };
  }
  // "NAME, title" or a lone description: the first part is the voice.
  const head = caption.split(/\s*,\s*/u)[0]!;
  const parsed = parseSpeakerPhrase(head);
  if (parsed?.type === 'name' && parsed.kind === 'person') {
    const role = caption.slice(head.length).replace(/^\s*,\s*/u, '').trim();
    if (role ? !personTitle(role) : !isKnownFirstName(parsed.name.split(/\s+/u)[0]!)) return null;
    return { speaker: parsed, role: role ? role.toLowerCase() : null };
  }
  const described = parseSpeakerPhrase(`a ${head.charAt(0).toLowerCase()}${head.slice(1)}`);
  if (described?.type === 'description' && described.kind === 'unnamed' && !described.plural) return { speaker: described, role: null };
  // ("Commuter in her 30s": a noun WordNet has as a kind of person, which the roles may lack, then where or how
  // old; under an insert's tag a voice is meant, so another sense of the noun, "commuter" a train, is no rival.)
  const noun = /^([\p{Lu}][\p{Ll}-]+)(?:\s+(?:in|from|of|at|aged|near)\s+[^,]+)?$/u.exec(head);
  const word = noun?.[1]!.toLowerCase();
  if (word && isKindOf(word, 'person', 5) && !isKindOf(word, 'abstraction', 8)) {
    return { speaker: { type: 'description', text: `a ${head.charAt(0).toLowerCase()}${head.slice(1)}`, head: word, definite: false, plural: false, kind: 'unnamed' }, role: null };
  }
  return null;
}
