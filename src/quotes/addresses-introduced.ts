/**
 * A quote that opens by calling someone by name or title ("Professor, is it lost?", "Ms Lind, you said ...") is
 * spoken TO them: whoever a paragraph before introduced ("Here's Professor Lind:", "She said:") is not its speaker
 * when the vocative is theirs (an interviewer's question often opens the clip an introduction announced).
 */
import type { LocalSpeaker } from './local-speaker.ts';

// The quote's first words: a title of address alone, or one and a name, or a name alone, set off by a comma.
const ADDRESS_TITLES = 'Professor|Prof\\.|Doctor|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Minister|Senator|Sen\\.|Governor|Mayor|President|Ambassador|General|Colonel|Judge|Father|Sister|Sir|Madam|Madame';
const VOCATIVE = new RegExp(`^\\s*(?:(${ADDRESS_TITLES})(?:\\s+([\\p{Lu}][\\p{L}'’-]+))?|([\\p{Lu}][\\p{L}'’-]+))\\s*,\\s`, 'u');

/**
 * Whether `quote` opens on a vocative that calls `speaker`: a word of their name ("Lind, ...", "Professor Lind,
 * ..."), or a bare title of address that their roles or the words of their introduction bear ("Professor, ...").
 */
export function addressesSpeaker(quote: string, speaker: LocalSpeaker): boolean {
  const m = VOCATIVE.exec(quote);
  if (!m) return false;
  const nameWords = new Set(speaker.names.flatMap((n) => n.toLowerCase().split(/[\s-]+/u)));
  const name = (m[2] ?? m[3])?.toLowerCase();
  if (name) return nameWords.has(name);
  // A bare title: theirs only if the text gave it to them (a clip may well open on "Minister, ..." said by anyone
  // to a minister who is someone else).
  const title = m[1]!.toLowerCase().replace(/\.$/u, '');
  const told = [...speaker.roles, ...speaker.mentionRoles].join(' ').toLowerCase();
  return speaker.words.has(title) || new RegExp(`\\b${title}\\b`, 'u').test(told);
}
