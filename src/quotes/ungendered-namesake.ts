/**
 * A "he" or "she" that would go back to someone whose gender nothing tells ("Ri Pol-san", a given name no list
 * knows), when the sentence where they were last seen, or one since, names in full another bearer of the same
 * family name: "Ri Pol-san left with a cousin, Ri Mi-ok. She remembers the ice." The shared word made the
 * checks for someone else named in between take the cousin for the same person; she is someone else, and
 * either may be meant. Going with the first would also fix their gender wrongly for the rest of the document.
 */
import type { PeopleKnown } from './pronoun-rivals.ts';
import type { LocalSpeaker } from './local-speaker.ts';
import { familyNameFirst, genderOfName } from './local-speaker.ts';
import { nameWords } from './names.ts';
import { isLemma } from '../text/wordnet.ts';

/** Whether WordNet knows `word`, in lower case, as a word of English ("another", "host"). */
function englishWord(word: string): boolean {
  return (['noun', 'verb', 'adj', 'adv'] as const).some((pos) => isLemma(word.toLowerCase(), pos));
}

/**
 * Whether a pronoun of gender `want` going back to `s`, a person of no gender known, may as well mean a
 * namesake: from the sentence `s` was last seen in up to the one before the pronoun's, a full name that shares a
 * word with a name of `s` but is no name of theirs, of gender `want` or none known. The caller leaves the pronoun
 * to no one.
 */
export function untoldNamesakeSince(people: PeopleKnown, s: LocalSpeaker, want: 'm' | 'f'): boolean {
  if (s.kind !== 'person' || s.gender) return false;
  const seen = people.seenAt(s);
  if (seen === undefined) return false;
  const own = s.names.map((n) => nameWords(n));
  const ownWords = new Set(own.flat());
  for (let k = seen; k < people.read.sentence; k++) {
    for (const m of people.read.namedIn.get(k)?.named ?? []) {
      const words = m.words.map((w) => w.replace(/['’]s?$/u, ''));
      if (words.length < 2 || !words.some((w) => ownWords.has(w))) continue;
      // (A name of `s` itself, in full or in part, possessive or not, is no one else.)
      if (own.some((o) => words.every((w) => o.includes(w)))) continue;
      // (Only a name as long as one of `s`, the shared words in the same places and the others no English words:
      // "Ri Mi-ok" beside "Ri Pol-san". "Another Sato" or "Co-host Jo Lind", read as a run of capitals, is none.)
      if (!own.some((o) => o.length === words.length && words.every((w, i) => w === o[i] || (!ownWords.has(w) && !englishWord(w))))) continue;
      // (The shared word must be the family name, the first word of a name written family name first and the last
      // of others: "Jean Roe" and "Jean Poole" share a given name, no family.)
      if (!own.some((o) => o.length === words.length && (familyNameFirst(m.name) ? o[0] === words[0] : o[o.length - 1] === words[words.length - 1]))) continue;
      const other = people.byCompact(m.compact);
      if (other === s || (other && other.kind !== 'person')) continue;
      // (A word of kin right before the name tells its bearer's sex: "her husband, Dr NAME".)
      const g = other?.gender ?? m.kin ?? genderOfName(m.name);
      if (g && g !== want) continue;
      return true;
    }
  }
  return false;
}
