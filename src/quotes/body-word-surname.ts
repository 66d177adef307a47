/**
 * People whose surname is a body's or a place's word: "Elsa Bank", "Tobias Church", "Marta Council". A name of a
 * given name and such a word reads as a body's or a place's ("Grace Church", "Victoria Station") until the text
 * shows a person: the name set off by an age ("Tobias Church, 52,") or by a description whose head is a noun for
 * a person ("Elsa Bank, a teacher at the school,"), or the surname after a courtesy title anywhere in the text
 * ("Ms. Bank"). The given name must be one the name lists know; the name must stand alone, no capitalised word
 * joined before or after it ("Wells Fargo Bank", "St Grace Church Hall").
 *
 * `documentPeopleOf` reads one document's paragraphs; `extract-quotes.ts` hands what it finds to `names.ts`
 * (`setDocumentPeople`) for the time that document is read.
 */
import { FUNCTION_WORDS } from '../text/stop-words.ts';
import { isKindOf } from '../text/wordnet.ts';
import { isKnownFirstName } from './first-names.ts';
import { classifyProperName, lexFirstName } from './names.ts';
import { isPersonNoun, PERSON_NOUNS, TITLES } from './speaker-phrases.ts';

// Two capitalised words, the whole capitalised run: no capitalised word (nor "the") joined before it or after it.
const PAIR = /(?<![\p{L}\p{N}'’.-])(?<!(?:[\p{Lu}][\p{L}'’.-]*|\b[Tt]he)\s+)([\p{Lu}][\p{Ll}]+)\s+([\p{Lu}][\p{Ll}]+)(?![\p{L}\p{N}'’-])(?!\s+[\p{Lu}])/gu;
// ", 52," — an age set off after the name.
const AGE_AFTER = /^,\s+\d{1,3}\s*,/u;
// ", a teacher at the primary school," — a description after the name, its words up to a preposition.
// (The description closed by a comma or a stop, all in lowercase words: not ", a veteran diplomat said ...".)
const DESCRIPTION_AFTER = /^,\s+(?:a|an)\s+((?:[\p{Ll}-]+\s+){0,9}[\p{Ll}-]+)\s*[,.;]/u;
// Nouns of a part that a body plays as well as a person: no sign of a person.
const BODY_ROLE = /^(?:member|members|partner|partners|client|clients|sponsor|sponsors|host|landlord|lender|owner|owners|employer|tenant|supplier|provider|donor|buyer|seller|investor|shareholder|customer|contractor|operator|publisher|beneficiary|recipient|plaintiff|defendant|party|signatory|creditor|debtor|insurer|subsidiary|affiliate|backer|founder|leader|winner|finalist|rival|competitor|neighbour|neighbor|source|target|victim|survivor|pioneer|champion|advocate|critic|supporter|opponent|ally)$/u;
const STOP = /^(?:at|in|on|of|for|from|with|by|to|who|whose|and|which|that)$/u;

/** Whether the description after a name (", a retired teacher at ...") ends, before any preposition, in a noun for a person. */
function describedAsPerson(after: string): boolean {
  const m = DESCRIPTION_AFTER.exec(after);
  if (!m) return false;
  const words = m[1]!.split(/\s+/u);
  const stop = words.findIndex((w) => STOP.test(w));
  const run = stop >= 0 ? words.slice(0, stop) : words;
  if (run.length > 4) return false;
  const head = run[run.length - 1];
  // (A noun WordNet files under person counts too: "a retired midwife", "a stationmaster"; not one a body may be
  // as well: "Grace Church, a member of the alliance", "a landlord to six shops".)
  if (head === undefined || BODY_ROLE.test(head)) return false;
  return PERSON_NOUNS.has(head) || TITLES.has(head) || isPersonNoun(head) || isKindOf(head, 'person', 6);
}

// A title before a word: the word is the run of letters after it (only one title can open at a given place, and
// the title and the space after it hold no other title's start, so every titled word is found).
const TITLED_WORD = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?=([\p{L}]+))/gu;

/** Every run of letters that follows a title ("Mr", "Mrs", "Ms", "Miss", "Dr", with or without its stop) in `text`. */
function titledWords(text: string): Set<string> {
  const out = new Set<string>();
  // (Most documents hold no title at all: told by a plain search before the pattern tries every place.)
  if (!text.includes('Mr') && !text.includes('Ms') && !text.includes('Miss') && !text.includes('Dr')) return out;
  for (const m of text.matchAll(TITLED_WORD)) out.add(m[1]!);
  return out;
}

/** The names of people in one document that read as a body's or a place's out of context ("Elsa Bank"). */
export function documentPeopleOf(paragraphs: readonly string[]): Set<string> | null {
  let out: Set<string> | null = null;
  // The words that follow a title anywhere in the document ("Mr. Bank"), read once for all the names tried.
  let titled: Set<string> | null = null;
  for (const text of paragraphs) {
    PAIR.lastIndex = 0;
    for (let m = PAIR.exec(text); m !== null; m = PAIR.exec(text)) {
      const [name, given, surname] = [m[0], m[1]!, m[2]!];
      if (out?.has(name)) continue;
      if (FUNCTION_WORDS.has(given.toLowerCase()) || !(lexFirstName(given) || isKnownFirstName(given)) || classifyProperName(name) !== 'organisation') continue;
      const after = text.slice(m.index + name.length, m.index + name.length + 120);
      let person = AGE_AFTER.test(after) || describedAsPerson(after);
      // "Mr. Bank" anywhere: the surname (all letters) after a title, as the whole run of letters there.
      if (!person) person = (titled ??= titledWords(paragraphs.join('\n'))).has(surname);
      if (person) (out ??= new Set()).add(name);
    }
  }
  return out;
}
