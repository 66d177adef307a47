/**
 * A title of office before a bare surname says which of the people of that name is meant: after "Unification
 * Minister Kim Yung-ho" and "State Affairs Commission Chairman Kim Jong-un", "Chairman Kim said" is the
 * chairman, whoever of the Kims the text named last. Korean, Chinese and Vietnamese reports lean on this
 * ("Minister Park", "Chairman Kim"), where many people share a family name.
 */
import { givenBeforeFamilyName, nameWords } from './names.ts';
import { familyNameFirst } from './local-speaker.ts';
import { spelledOut } from './title-abbreviations.ts';
import { CHINESE_FAMILY_NAMES, familyNameTest, KOREAN_FAMILY_NAMES } from './family-names.ts';

const EAST_ASIAN_FAMILY = familyNameTest([...CHINESE_FAMILY_NAMES, ...KOREAN_FAMILY_NAMES], 'u');

/** A person the text has named in full, with every role it gave them so far. */
export interface TitledCandidate {
  name: string;
  roles: readonly string[];
}

// Honorifics tell a gender, not an office: "Mr Kim" is any of the Kims.
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|sir|madam|madame|lady|dame|comrade)$/u;
// Titles of a religious order or of a priest, written before a given name too ("Sister Agnes", "Father John").
const GIVEN_NAME_TITLE = /^(?:sister|brother|father|mother)$/u;

/** The family name of a full name: its first word when written family name first ("Kim Jong-un"), else its last. */
function familyName(name: string): string | null {
  const words = nameWords(name);
  if (words.length < 2) return null;
  // A baptismal or English name before a family-name-first name ("Paul Yoon Jin-seok", "Peter Choi Hyun-woo"):
  // the family name is the second word, not the baptismal name.
  const written = name.split(/\s+/u);
  // ("Jeremy Lim Wei Jie": an English given name before the family name and two syllables of a Chinese one.)
  if (givenBeforeFamilyName(words)) return words[1]!;
  if (words.length >= 3 && familyNameFirst(name) && !EAST_ASIAN_FAMILY.test(written[0]!) && EAST_ASIAN_FAMILY.test(written[1]!)) return words[1]!;
  return familyNameFirst(name) ? words[0]! : words[words.length - 1]!;
}

/**
 * The one full name among `candidates` whose family name is `surname` and whose roles hold the title's head
 * word ("chairman" of "Chairman"); null when the title is an honorific, or no one or more than one person of
 * that name holds it (then the usual reading of a bare surname stands).
 */
export function personByTitle(surname: string, title: string | null, candidates: readonly TitledCandidate[]): string | null {
  if (!title) return null;
  const head = spelledOut(title.trim().split(/\s+/u).pop()!.replace(/\.$/u, ''));
  if (head.length < 3 || HONORIFIC.test(head)) return null;
  // (Only the role's own head, before a preposition: "a freight analyst and no relation to the captain", "the wife
  // of the mayor" name another one's office, not hers.)
  const holds = (role: string): boolean => role.replace(ROLE_COMPLEMENT, '').split(/[^\p{L}.]+/u).some((w) => spelledOut(w) === head);
  const key = surname.toLowerCase();
  const found = new Set<string>();
  const names: string[] = [];
  for (const c of candidates) {
    const family = familyName(c.name);
    // A religious title goes before a given name as well ("Sister Mary" is the Sister Mary Lowe named in full,
    // not the Mary Pike named after her).
    const given = GIVEN_NAME_TITLE.test(head) && !familyNameFirst(c.name) ? nameWords(c.name)[0] : undefined;
    if ((family?.toLowerCase() !== key && given?.toLowerCase() !== key) || !c.roles.some(holds)) continue;
    const words = nameWords(c.name).join(' ').toLowerCase();
    if (!found.has(words)) names.push(c.name);
    found.add(words);
  }
  return names.length === 1 ? names[0]! : null;
}

// A role's words from its first preposition on: what the one described stands in relation to.
const ROLE_COMPLEMENT = /\s(?:of|to|at|for|with|from|in|on|by|under|beside|behind)\s[\s\S]*$/u;

// A doctor's or a professor's title stays with the person through a report ("Dr Tan" throughout), where "Mr" and
// "Ms" only tell a sex.
const LEARNED_TITLE = /^(?:dr|doctor|prof|professor)\.?$/iu;

/**
 * For "Dr Tan" or "Prof. Roe" when the text has named two or more people of that family name in full: the one
 * it named with that title ("Dr Tan Wei Ling" beside "Mr Tan Boon Huat"), whoever was named last; null when the
 * title is no doctor's or professor's, fewer than two people bear the name, or not exactly one of them had it.
 */
export function personByLearnedTitle(surname: string, title: string | null, candidates: readonly TitledCandidate[]): string | null {
  if (!title || !LEARNED_TITLE.test(title.trim())) return null;
  const key = surname.toLowerCase();
  // Each full name once (by its words), with the name as written and whether any of its roles held the title.
  const holders = new Map<string, { name: string; titled: boolean }>();
  for (const c of candidates) {
    if (familyName(c.name)?.toLowerCase() !== key) continue;
    const words = nameWords(c.name).join(' ').toLowerCase();
    // (A role read past a semicolon, "a former envoy; Dr. Ana Roe", holds the next list item's title, not this one's.)
    const titled = c.roles.some((r) => r.split(';')[0]!.split(/\s+/u).some((w) => LEARNED_TITLE.test(w)));
    const had = holders.get(words);
    holders.set(words, { name: had?.name ?? c.name, titled: (had?.titled ?? false) || titled });
  }
  const titled = [...holders.values()].filter((h) => h.titled);
  return holders.size >= 2 && titled.length === 1 ? titled[0]!.name : null;
}
