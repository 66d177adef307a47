/**
 * A "he" or "she" that would go back to someone whose gender nothing tells (no title, no pronoun yet, a first
 * name no list knows: "Mi-ok", "Tae-il") while someone the text has already told to be of the pronoun's gender
 * is at hand. The one told is at least as likely meant as the one of no gender, and going with the latter
 * would also fix that one's gender wrongly for the rest of the document ("Ri Pol ... He is 41 now. ¶ He left
 * with a cousin, Han Mi-ok. '...,' Mi-ok says. ¶ He laughs. '...,' he says." is Ri Pol laughing, not the cousin).
 */
import type { LocalSpeaker } from './local-speaker.ts';

/**
 * Whether a pronoun of gender `want` going back to `s`, a person of no gender known (told or guessed), has a
 * rival: the pronoun opens a paragraph after the last one `s` was seen in, and another person among `recent`, told
 * by the text to be of gender `want`, was seen in that paragraph of `s` or since. Then neither is sure; the caller
 * leaves the pronoun to no one. (Within the paragraph `s` was seen in, "Ana Roe, an analyst, called it '...'. He
 * added that ..." goes on with `s`, the paragraph's own subject.)
 */
export function toldOfGenderAtHand(recent: readonly LocalSpeaker[], s: LocalSpeaker, want: 'm' | 'f', paragraphOf: ReadonlyMap<LocalSpeaker, number>, paragraph: number): boolean {
  if (s.kind !== 'person' || s.gender) return false;
  const own = paragraphOf.get(s);
  if (process.env.W1DBG) console.error('GUARD', s.names, own, paragraph, recent.map((o) => [o.names, o.gender, o.genderSure, paragraphOf.get(o)]));
  if (own === undefined || own >= paragraph) return false;
  return recent.some((o) => o !== s && o.kind === 'person' && !o.plural && o.genderSure === true && o.gender === want && (paragraphOf.get(o) ?? -1) >= own);
}
