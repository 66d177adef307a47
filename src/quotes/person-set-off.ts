/**
 * "Tarn Bellow, a violin maker, said ...": a name of common words only ("Tarn", a mountain lake; "Bellow", a
 * shout), none a given name the lists know, reads as a body's ("Open Society"). The text itself may say it is a
 * person's: it sets the name off with a person's noun ("a violin maker", "a carpenter") or an age ("Tarn Bellow,
 * 54,"). A name bearing a firm's mark ("Bellow Instruments", "Kell Tooling") stays a body's, whatever noun follows.
 */
import { escapeRegExp } from '../text/regexp.ts';
import { firmMarked } from './body-names.ts';
import { classifyProperName } from './names.ts';
import { isFirmDescription } from './firm-description.ts';
import { isPersonNoun, wordNetPerson } from './speaker-phrases.ts';

// After the name and its comma: an age, or "a"/"an" and up to three lowercase words, the last the head; then the
// end of the aside or a clause of where or whom.
const SET_OFF = String.raw`\s*,\s+(?:(\d{1,3})(?=\s*[,.;])|(?:a|an)\s+((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)(?=\s*[,.;]|\s+(?:from|in|at|who|with|for|and)\b))`;

/**
 * Whether the text sets off `name` (two words or more, read as a body's for its common words) only as a person:
 * at least once with an age or a person's noun, never with a firm's or another noun. False for a name with a
 * firm's mark: a word of trade or of bodies, or a last word that is a plural noun ("Instruments") or in "-ing".
 */
export function setOffAsPerson(name: string, paragraphs: readonly string[]): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !words.every((w) => /^[\p{Lu}][\p{Ll}'’-]+$/u.test(w))) return false;
  if (firmMarked(words) || classifyProperName(name) !== 'person') return false;
  const re = new RegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(name)}${SET_OFF}`, 'gu');
  let person = false;
  for (const text of paragraphs) {
    if (!text.includes(name)) continue;
    for (const m of text.matchAll(re)) {
      if (m[1]) {
        person = true;
        continue;
      }
      const head = m[2]!.split(/\s+/u).at(-1)!;
      // (A noun both a person's and a firm's, "maker", is the person's here: the name has no firm's mark.)
      if (!(isPersonNoun(head) || wordNetPerson(head))) return false;
      if (isFirmDescription(`the ${head}`) && !wordNetPerson(head)) return false;
      person = true;
    }
  }
  return person;
}
