/**
 * The role a "who" clause set off after a full name gives by the verb of a calling: "Marta Olsen, who has coached
 * the national side since 2019," is a coach, "Ivo Rask, who edits the weekly," an editor, so a later "the coach
 * said" or "the editor said" may mean them (when no one else in reach was given the role: the reading of
 * descriptions in `document-speakers.ts` tells ties). Only a calling held now (the present, "coaches", or the
 * present perfect, "has coached"): "who coached the side in 2010" may be a former coach, and is left alone.
 */
import { derivedWords, isKindOf, isLemma } from '../text/wordnet.ts';

// ", who has coached", ", who coaches", ", who has long edited", ", who has been coaching": the verb, then at least
// one word of its object or adjunct. (A past "had coached" or "coached" is no calling told as held now.)
// (Or the predicate of a name opening its sentence, "NAME has coached junior hockey here for thirty years": `opens`.)
const CALLING_CLAUSE = /^,\s+who\s+(?:(has|have)\s+(?:(?:long|also|now)\s+)?(been\s+)?)?(?:(?:also|now|still)\s+)?([\p{Ll}]{3,})\s+[\p{L}]/u;
// (Only the present perfect there: a present, "NAME judges that ...", is as often a view as a calling.)
const CALLING_PREDICATE = /^\s+(?:(has)\s+(?:(?:long|also|now)\s+)?(been\s+)?)(?:(?:also|now|still)\s+)?([\p{Ll}]{3,})\s+[\p{L}]/u;

// The kinds of person a calling's noun falls under in WordNet: "coach" (a professional, a trainer), "editor" (a
// skilled worker), "governor" (a leader), "referee" (an official), "translator" (a communicator). A noun of what
// one merely does or feels, "follower", "visitor", "lover", "knower", falls under none of them.
const CALLING_KINDS = ['skilled worker', 'professional', 'leader', 'expert', 'official', 'communicator', 'creator', 'head', 'trainer'];

/** Whether WordNet files a noun under one of the kinds of person a calling is. */
function callingNoun(noun: string, senses: number): boolean {
  return isLemma(noun, 'noun') && CALLING_KINDS.some((k) => isKindOf(noun, k, 8, senses));
}

/** The verb's base form for a word written in the present, the past participle or the "-ing" form, or null. */
function verbBase(word: string): string | null {
  const forms = [word, word.replace(/s$/u, ''), word.replace(/es$/u, ''), word.replace(/d$/u, ''), word.replace(/ed$/u, ''), word.replace(/ing$/u, ''), word.replace(/ing$/u, 'e')];
  // ("who has coached": "coach"; "who manages": "manage"; "who has refereed": "referee".)
  return forms.find((f) => f !== word && f.length >= 3 && isLemma(f, 'verb')) ?? null;
}

/**
 * The role (a noun of a calling, "coach", "editor") that the "who" clause opening `after` (the text right after a
 * name) gives by its verb in the present or present perfect, or, when `opens` (the name opens its sentence, its
 * subject), the predicate right after the name does so ("NAME has coached junior hockey for thirty years"), or null: the verb's own noun when it names a person
 * of a calling ("coach", "referee", "captain"), else the noun WordNet derives from it that does ("teach" →
 * "teacher", "govern" → "governor"); never a noun of one acted upon ("trainee").
 */
export function callingVerbRole(after: string, opens = false): string | null {
  const m = CALLING_CLAUSE.exec(after) ?? (opens ? CALLING_PREDICATE.exec(after) : null);
  if (!m) return null;
  const word = m[3]!;
  // (A verb whose object is a clause or a thing said is no calling: "who has judged that ...", "teaches that ...".)
  if (/^\s*(?:that|whether|it|how|what|why|to)\b/u.test(after.slice(m.index + m[0].length - 1))) return null;
  // (The present perfect, "who has coached", "who has been coaching", or the present, "who coaches"; a bare past,
  // "who coached", is not read, nor "who was", "who has a farm".)
  if (m[2] ? !/ing$/u.test(word) : m[1] ? !/(?:ed|d)$/u.test(word) : !/(?:[^s]s|es)$/u.test(word)) return null;
  const base = verbBase(word);
  if (!base) return null;
  // (The verb's own noun only when its first sense is the person: "coach", "referee"; not "help", first an act.)
  if (callingNoun(base, 1)) return base;
  const stem = base.replace(/e$/u, '');
  const derived = derivedWords(base, 10).filter((n) => !/\s/u.test(n) && n.startsWith(stem) && /(?:er|or|ist)$/u.test(n) && callingNoun(n, 2));
  return derived[0] ?? null;
}

/** A full name mentioned, where it stands: its paragraph (1-based), its offset there and its words. */
interface PlacedName {
  paragraph: number;
  at: number;
  name: string;
  words: readonly string[];
}

/**
 * Whether the calling `noun` given one named at `own` by the verb of a "who" clause may be shared: another full name
 * (of another surname) has a word of that calling near it, before or after ("Ivo Sand, the goalkeeping coach",
 * "Ivo Sand, who coaches the juniors", "the rival coach, Ivo Sand"). Then the verb's calling is no surer tie than any
 * other and is not kept: a "the coach said" later is left to the readings that knew no calling.
 */
export function callingSharedNear(paragraphs: readonly string[], names: readonly PlacedName[], own: PlacedName, noun: string): boolean {
  const stem = noun.replace(/(?:er|or|e)$/u, '');
  // (Not a possessive, "The coach's assistant, NAME," who is the coach's helper, no coach.)
  const word = new RegExp(String.raw`\b${stem}[\p{L}]*(?![\p{L}'’])`, 'iu');
  const surname = own.words.at(-1);
  return names.some((n) => {
    if (n === own || n.words.length < 2 || n.words.at(-1) === surname) return false;
    const text = paragraphs[n.paragraph - 1] ?? '';
    return word.test(text.slice(Math.max(0, n.at - 60), n.at)) || word.test(text.slice(n.at + n.name.length, n.at + n.name.length + 80));
  });
}
