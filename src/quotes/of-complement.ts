/**
 * A speaker phrase that stands after "of" or "from" is the complement of a noun before it, not the subject
 * of the reporting verb: in "Archbishop Jane Roe of the Armenian Patriarchate told ...", "Stacy Baker of
 * Columbia, South Carolina says ...", "Anna Weiss, president and CEO of Harbour Group, said ..." and "37
 * percent of Americans say ..." the one who speaks is the head of the whole phrase (Jane Roe, Stacy Baker,
 * Anna Weiss) or nobody that can be told (a share of a group). The grammar reads the nearest run of
 * capitalised words before the verb; this reads back from it to the head.
 */
import { classifyProperName, lexTags, PERSON_TAGS, PLACE_TAGS } from './names.ts';
import { isKindOf } from '../text/wordnet.ts';
import { isPersonNoun, isRoleNoun, PERSON_NOUNS, singular, TITLES, wordNetPerson } from './speaker-phrases.ts';

const CAP = String.raw`[\p{Lu}][\p{L}\p{N}.'’&-]*`;
const CAP_RUN = String.raw`${CAP}(?:\s+(?:(?:and|de|von|van)\s+)?${CAP})*`;
/** "of" or "from", perhaps with "the", ending the text. */
const OF_BEFORE = /(?:^|\s)(?:of|from)\s+(?:the\s+)?$/u;
/** "of Columbia, " before a place: the place is the second part of "City, State". */
const OF_CITY_BEFORE = new RegExp(String.raw`(?<=[\p{L}.]\s+)(?:of|from)\s+${CAP_RUN}\s*,\s*$`, 'u');
/** A run of capitalised words ending the text, with "of (the)" and "and" links inside (a title's or a body's name). */
const TAIL_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])((?:the\s+)?${CAP_RUN})\s*$`, 'u');
/** A name set off before its role: "Anna Weiss, president and CEO". */
const NAME_THEN_ROLE = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(${CAP}(?:\s+${CAP}){1,3}),\s+(?:a\s+|an\s+|the\s+)?[\p{Ll}][\p{L}\s'’-]{0,60}$`, 'u');
/** A determined noun phrase in lowercase ending the text: "the representative", "a senior official". */
const DESCRIBED_HEAD = /(^|[\s,;:])(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}]+)$/u;
/** A preposition before the head: the head is itself a complement ("a vicar at the Lantern Chapel of ..."). */
const PREPOSITION_BEFORE = /(?:^|\s)(?:at|in|for|with|on|to|by|about|against|like|of|from)\s+$/iu;

/** The head a complement of "of" reads back to: the name that speaks, or null when none can be told. */
export interface OfComplement {
  owner: string | null;
}

// A parent (or grandparent) and "of" right before the count of their children: "mother of two", "grandfather of five".
const PARENT_OF_COUNT = /(?:^|[\s(—–-])(?:[Mm]other|[Ff]ather|[Gg]randmother|[Gg]randfather|[Mm]um|[Dd]ad|[Pp]arent)\s+of\s+$/u;
// Lowercase words ending on a noun, after "of" (or another preposition), ending the text: "of (the) missing student ".
const TRADE_BEFORE = {
  of: /(?<=(?:^|\s)of\s+(?:the\s+)?)((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}]{3,})\s+)$/u,
  forOrAgainst: /(?<=(?:^|[^\p{L}])(?:for|against)\s+(?:the\s+)?)((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}]{3,})\s+)$/u,
};

/**
 * `before` (the words before a name) without the named one's own trade right after the preposition: "The parents of
 * missing student " → "The parents of ", "Lawyers for jailed activist " → "Lawyers for ". Unchanged when the words
 * there end on no noun of a person ("head of research ").
 */
export function withoutOwnTrade(before: string, preposition: 'of' | 'forOrAgainst'): string {
  const m = TRADE_BEFORE[preposition].exec(before);
  return m && tradeNoun(m[2]!) ? before.slice(0, before.length - m[1]!.length) : before;
}

/**
 * A noun that can end a person's trade: a noun of a person in the lexicon of roles or in some sense WordNet gives.
 * The words of a title that name an office's field and no person ("state", "defense", "interior", "foreign") do
 * not: in "the secretary of state Ana Roe" they close the title, and the name after them is its holder's.
 */
function tradeNoun(word: string): boolean {
  if (!isRoleNoun(word) && !wordNetPerson(word)) return false;
  const w = singular(word.toLowerCase());
  return PERSON_NOUNS.has(w) || isPersonNoun(w) || wordNetPerson(word) || isKindOf(w, 'person', 8);
}
const COUNT_THEN_NAME = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+[\p{Lu}]/u;

/**
 * Whether the speaker phrase `phrase`, found at `at` in `text` (its sentence), is the complement of "of" or
 * "from" (or the state after "of City,"), and if so the name heading the whole phrase: `{ owner }`, with null
 * when the head is no name ("percent of Americans") or itself a complement. Null when the phrase is none.
 */
export function ofComplement(text: string, at: number, phrase: string): OfComplement | null {
  // "footage of Jane Roe saying ...": the complement is the subject of the participle after it, and speaks.
  if (/^\s+(?:[\p{Ll}]+ly\s+)?[\p{Ll}]+ing\b/u.test(text.slice(at + phrase.length, at + phrase.length + 40))) return null;
  const base = Math.max(0, at - 240);
  let before = text.slice(base, at);
  // "Mother of two Ana Roe said": how many children a parent has, then the parent's own name; no complement.
  if (PARENT_OF_COUNT.test(before) && COUNT_THEN_NAME.test(phrase)) return null;
  // (Only words that end on a comma: the expression, opening on a look-behind, is tried at every character.)
  const city = before.trimEnd().endsWith(',') ? OF_CITY_BEFORE.exec(before) : null;
  // (A place that is a surname too, "Bolton", may be a person: only a place that is no person's name.)
  const tags = city !== null ? lexTags(phrase.replace(/^the\s+/iu, '')) : [];
  const place = tags.some((t) => PLACE_TAGS.test(t)) && !tags.some((t) => PERSON_TAGS.test(t));
  // "The parents of missing student Ana Roe said": the named one's own trade (an adjective or two before a noun of
  // a person) may stand between "of" and the name; it is part of the complement.
  if (!place && !OF_BEFORE.test(before)) before = withoutOwnTrade(before, 'of');
  // "In the words of one senior banker", "in the words of harbour spokeswoman Jane Roe": the words are the
  // complement's, who speaks.
  // (Tried only on text holding "words" in any case, as `iu` reads it: "ſ" is the one character past ASCII that
  // matches one of its letters.)
  if (/word[sſ]/i.test(before) && /\bwords\s+of\s+(?:the\s+)?$/iu.test(before)) return null;
  // ("In the opinion of Jane Roe, ...", "In the view of the harbour master, ...": an opinion given so is hers too.)
  if (/\b[Ii]n\s+the\s+(?:opinion|view)\s+of\s+(?:the\s+)?$/u.test(before)) return null;
  const of = OF_BEFORE.exec(before);
  if (!of && !place) return null;
  before = before.slice(0, (place ? city! : of!).index).trimEnd();
  // Read back over every "of (the) X" link to the head: "Office of the Department of Harbour Safety".
  for (let guard = 0; guard < 6; guard++) {
    const run = TAIL_RUN.exec(before);
    if (!run) break;
    const head = run[1]!;
    const rest = before.slice(0, run.index);
    // A title alone ("CEO" in "president and CEO of ...") heads no name: the name before the role does.
    if (head.split(/\s+/u).every((w) => TITLES.has(w.toLowerCase()))) break;
    if (OF_BEFORE.test(rest)) {
      before = rest.slice(0, OF_BEFORE.exec(rest)!.index).trimEnd();
      continue;
    }
    if (PREPOSITION_BEFORE.test(rest)) return { owner: null };
    // A body heads the whole phrase, its "of" links included ("the Ministry of Foreign Affairs of Russia"); a
    // person is named by the head alone ("Archbishop Jane Roe", not "... of the Patriarchate").
    return { owner: classifyProperName(head) === 'organisation' ? text.slice(base + rest.length, at + phrase.length).trim() : head };
  }
  // "The representative of the Republic of Korea said": a determined role noun heads the phrase, which
  // speaks whole (its complement says whose representative, and keeps him apart from the others).
  // (So does any noun WordNet knows as a kind of person, "a reader from Moose Jaw": a name set off after the
  // whole then names that person.)
  const described = DESCRIBED_HEAD.exec(before);
  if (described && (isRoleNoun(described[2]!) || wordNetPerson(described[2]!))) return { owner: text.slice(base + described.index + described[1]!.length, at + phrase.length).trim() };
  const role = NAME_THEN_ROLE.exec(before);
  return { owner: role ? role[1]! : null };
}
