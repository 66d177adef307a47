/**
 * "The National Intelligence Service (NIS) gave the assessment .... ..., which the agency described as '...'": a
 * body's name read as a common noun ("intelligence service") that WordNet files under what a bare description
 * says ("agency": its sense's words hold "intelligence agency", or it is a kind of agency, as the Internal Revenue
 * Service is) may be what the description means, though the two share no word.
 */
import { isKindOf, senseWords } from '../text/wordnet.ts';

/**
 * Whether the body's name `name` (two or more words), or a tail of it read in lower case ("intelligence service" of
 * "National Intelligence Service"), is a noun WordNet files under `head`: a kind of it, or a sense of its first two
 * whose words are `head` or end on it ("intelligence agency"): 'sense' for the latter, the nearer tie; 'kind' for a
 * kind of it only ("union" is a kind of "group"); false for neither.
 */
export function nameOfKind(name: string, head: string): 'sense' | 'kind' | false {
  const words = name.replace(/^the\s+/iu, '').split(/\s+/u);
  if (words.length < 2 || !/^[\p{Ll}]+$/u.test(head)) return false;
  let kind = false;
  for (let k = words.length; k >= 1; k--) {
    const noun = words.slice(-k).join(' ').toLowerCase();
    if (noun === head || !/^[\p{Ll} ]+$/u.test(noun)) continue;
    if (senseWords(noun, 'noun', 2).some((sense) => sense.some((w) => w === head || w.endsWith(` ${head}`)))) return 'sense';
    if (isKindOf(noun, head, 3)) kind = true;
  }
  return kind ? 'kind' : false;
}
