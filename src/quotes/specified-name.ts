/**
 * A sentence that opens with a definite description and names, after its copula, who fits it: `The first to
 * call was an old friend, Dr Mara Lind, who teaches in Oslo.`, `Among the passengers was Tomas Berg.`, `The
 * loudest critic is Ana Ruiz, a councillor.` (a specificational sentence). The name after "was" is the one
 * the sentence is about, however it is ordered: a "she said" after it is that person's, as after "Mara Lind
 * called first". Only a full name (two capitalised words or more) of a person (an honorific or a known first
 * name), ending the sentence or set off by a comma, after a description that names no one itself. (So for an
 * inverted posture and place: `Sitting in the second row was Mara Olsen, 58, a retired nurse.`)
 */

import { isKnownFirstName } from './first-names.ts';

// The description (a definite opening, no name, no quotation), the copula, perhaps a description set off
// before the name ("an old friend,"), an honorific, the name, perhaps where the person works ("of the Riga
// Institute for Strategic Affairs", a body's capitalised words), then a comma or the sentence's end.
const SPECIFIED = /^\s*(?:(?:But|And|Yet)\s+)?((?:The|Among|Chief\s+among|First\s+among|(?:Sitting|Standing|Seated|Waiting|Kneeling|Watching)\s+(?:in|at|on|by|near|behind|beside|outside|inside|among|next\s+to|across)\b)\s[^,;:"“”_()\p{Lu}]{1,60}?)\s+(?:was|is|turned\s+out\s+to\s+be|proved\s+to\s+be)\s+(?:((?:an?|the|my|our|his|her|their)\s[^,;:"“”_()\p{Lu}]{1,40}?(?:\s(?:of|for|from)\s(?:the\s)?(?:[\p{Lu}][\p{L}'’-]*\s){0,3}[\p{Lu}][\p{L}'’-]*)?),\s+)?((?:Dr|Mr|Mrs|Ms|Prof|Professor|Ambassador|Senator|Judge|General|Colonel|Captain|Admiral|Governor|Mayor|Comrade)\.?\s+)?([\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+){1,3})(?:\s+(?:of|at|from)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+)*[\p{Lu}][\p{L}'’-]*){0,6})?\s*(?:,|\.?\s*$)/u;

const COURTESY = /^(?:Dr|Mr|Mrs|Ms|Prof|Professor)\b/u;

// "The camp's guide", "The new harbour master": "the", lowercase words (an owner's possessive perhaps), no number
// or order word.
const ROLE_OPENING = /^The\s+(?!(?:first|second|third|last|next|only|other)\b)((?:[\p{Ll}-]+(?:['’]s)?\s+){0,3}[\p{Ll}-]+)$/u;

/** The full name a specificational sentence gives, with the description set off before it if any; or null. */
export function specifiedName(sentence: string): { name: string; description: string | null; opening?: string } | null {
  if (!/\s(?:was|is|be)\s/u.test(sentence)) return null;
  const m = SPECIFIED.exec(sentence);
  if (!m) return null;
  // A person: an honorific before the name, or a first name the name lists know ("The venue was Vostochny
  // Cosmodrome" names a place).
  if (!m[3] && !isKnownFirstName(m[4]!.split(/\s+/u)[0]!)) return null;
  // (A title of office, "Ambassador", "General", only after a description set off before it, "the representative of
  // Norland, Ambassador NAME": alone after the copula it may open a firm's or a place's name, "General Motors Hall".)
  if (m[3] && !COURTESY.test(m[3]) && !m[2]) return null;
  // ("The camp's guide is Petra Vasko.": with no description set off, the opening one is the role the name holds,
  // so "the guide" later is her; not a place, "Among the ...", nor a rank in an order, "The first to call".)
  const opening = !m[2] && ROLE_OPENING.exec(m[1]!);
  return { name: m[4]!, description: m[2]?.trim() ?? (opening ? opening[1]! : null), opening: m[1]! };
}

// The writer's own clause, then a specificational one joined by "but", "and" or "yet": "I heard it three times in
// Riga, but the first person to say it to me was NAME, ...".
const WRITER_THEN_SPECIFIED = /^\s*(?:I|We)\s[^"“”_;:]*?[,;]\s+(?:but|and|yet)\s+(?=the\s)/u;

/**
 * The full name a specificational clause gives after the writer's own clause ("I heard it often, but the first
 * to say it to me was Mara Lind, a sinologist."), as `specifiedName` reads it alone; or null. The narrator's "I"
 * is no one a "she said" after it may mean, so the name is who the sentence brings on.
 */
export function specifiedAfterWriter(sentence: string): { name: string; description: string | null; opening?: string } | null {
  const m = WRITER_THEN_SPECIFIED.exec(sentence);
  if (!m) return null;
  const rest = sentence.slice(m[0].length);
  return specifiedName('T' + rest.slice(1));
}
