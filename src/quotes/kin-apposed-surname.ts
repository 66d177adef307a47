/**
 * A bare surname set off by a kin description, "Varela, the widow, said ...", where the text has brought in two or
 * more people of that surname: the description says which, the one the text introduced with that word of kin
 * ("his widow, Ines Varela,"), not whichever bearer was named last (a daughter named since).
 */
import { escapeRegExp } from '../text/regexp.ts';

// The words of kin a description may set off after a surname, lower case.
const KIN = '(?:widow|widower|wife|husband|son|daughter|brother|sister|father|mother|grandson|granddaughter|grandfather|grandmother|nephew|niece)';
// Age words and "late" that may stand before the word of kin.
const AGE = '(?:(?:late|elder|older|younger|eldest|youngest|only|adult|twin)\\s+)?';

/** The word of kin of "SURNAME, the KIN," in `sentence` for the bare surname `surname` (as written); null when none. */
export function apposedKin(sentence: string, surname: string): string | null {
  const m = new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(surname)},\\s+the\\s+${AGE}(${KIN}),`, 'u').exec(sentence);
  return m ? m[1]! : null;
}

/** The word of kin of a possessive introducing the name written right after `before` ("... his widow, "); null when none. */
export function introducedKin(before: string): string | null {
  const m = new RegExp(`\\b(?:his|her|their|[\\p{Lu}][\\p{L}'’-]*['’]s?)\\s+${AGE}(${KIN}),?\\s+$`, 'iu').exec(before);
  return m ? m[1]!.toLowerCase() : null;
}
