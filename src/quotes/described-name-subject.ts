/**
 * "Her lawyer, Lena Vost, said the case was weak.", "The town's former harbour master, Lena Vost, said ...": a
 * sentence opening on a description of a person (an article, a possessive pronoun or an owner's possessive, then
 * lowercase words holding a noun for a person, perhaps "at"/"for"/"of" and a place or body), set off by commas
 * before a full name that stands right before the verb. The name is the verb's subject: the description only
 * says who that person is. The reading of subjects gives the name with the description as its apposition, and
 * the reported-speech reading, which wants the subject to open the sentence, left it unread.
 */
import { isPersonNoun, PERSON_NOUNS, TITLES } from './speaker-phrases.ts';
import { isCue, type Token } from './tagged-sentence.ts';

// The words a description may open on: an article, a possessive pronoun.
const OPENER = /^(?:the|a|an|his|her|their|its|our|my)$/iu;
// Words after which the description would hold a clause or a list, not one person: a verb's or a clause's word.
const NOT_IN_DESCRIPTION = /^(?:and|or|but|who|whom|whose|that|which|when|while|after|before|if|as)$/iu;

/**
 * The span of the full name set off by commas between a description opening the sentence at `first` and the
 * verb at `verb`, as described above; else null.
 */
export function describedNameSubject(tokens: readonly Token[], first: number, verb: number): { start: number; end: number } | null {
  // The name's closing comma right before the verb, and the name's words (a middle initial's full stop kept).
  const close = verb - 1;
  if (tokens[close]?.text !== ',') return null;
  let open = close - 1;
  while (open > first && (tokens[open]!.pos === 'PROPN' || (tokens[open]!.text === '.' && tokens[open - 1]?.pos === 'PROPN'))) open--;
  const nameStart = open + 1;
  if (tokens[open]?.text !== ',') return null;
  const name = tokens.slice(nameStart, close);
  // A full name: two capitalised words at least, the first and the last of them.
  const capitals = name.filter((t) => /^[\p{Lu}][\p{L}'’-]*$/u.test(t.text));
  if (capitals.length < 2 || !/^[\p{Lu}]/u.test(name[0]!.text) || name[name.length - 1]!.pos !== 'PROPN') return null;
  // The description: up to ten words from the sentence's opening to the comma before the name.
  const words = tokens.slice(first, open);
  if (words.length < 2 || words.length > 10) return null;
  // It opens on an article or a possessive pronoun, or on an owner's possessive ("Roe's lawyer", "The town's").
  const owner = words.findIndex((t) => /^['’]s$/u.test(t.text));
  if (!OPENER.test(words[0]!.text) && !(owner > 0 && owner <= 3)) return null;
  // No verb, clause, comma, quotation or cue inside it: only who the person is.
  if (words.some((t, k) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.quote >= 0 || isCue(t, words[k - 1]) || NOT_IN_DESCRIPTION.test(t.text))) return null;
  // And it is a person's: a lowercase noun for a person in it ("lawyer", "partner", "spokeswoman").
  if (!words.some((t) => t.pos === 'NOUN' && /^[\p{Ll}]/u.test(t.text) && personNoun(t.text.toLowerCase()))) return null;
  // ("The father of the injured girl, NAME, ...", "The mother of the boy, NAME, said ...": a person after "of"
  // is the one the name set off after them names, not the description's head.)
  const of = words.findIndex((t) => /^of$/iu.test(t.text));
  if (of >= 0 && words.slice(of + 1).some((t) => t.pos === 'NOUN' && /^[\p{Ll}]/u.test(t.text) && personNoun(t.text.toLowerCase()))) return null;
  return { start: nameStart, end: close };
}

// A noun for a person: a title, one of the nouns for people, or one WordNet knows as a person.
function personNoun(w: string): boolean {
  return TITLES.has(w) || PERSON_NOUNS.has(w) || isPersonNoun(w);
}
