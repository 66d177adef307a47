/**
 * Roles set off by commas after a full name that the plain "name, president of X," reading leaves out: a
 * place's possessive before the title ("Kim Tae-hyo, South Korea's first deputy national security adviser,"),
 * a participle of appointment ("Yoko Kamikawa, named foreign minister in the reshuffle,"), and a long title
 * joined by "and" ("Kim Jong Un, general secretary of the Workers' Party of Korea and president of ...,").
 * The role's head must be a title or a person noun, so "Ohio's largest city" or "named after his father" give none.
 */
import { kinSex } from './gendered-nouns.ts';
import { isPersonNoun, PERSON_NOUNS, TITLES, wordNetPerson } from './speaker-phrases.ts';

// Words of kin that tell no sex.
const KIN_OF_NO_SEX = /^(?:cousin|parent|child|sibling|relative|spouse|partner|grandchild|stepchild|in-law)$/u;

// ", South Korea's first deputy national security adviser," — one to three capitalised words owning the role.
const OWNED = /^,\s+((?:[\p{Lu}][\p{L}.-]*\s+){0,2}[\p{Lu}][\p{L}.-]*['’]s)\s+((?:[\p{Ll}][\p{Ll}-]*\s+){0,5}[\p{Ll}][\p{Ll}-]*)\s*[,.;]/u;
// ", the party's treasurer,", ", the Dorran Party's treasurer," — "the" and a body's noun or name owning the role.
const THE_OWNED = /^,\s+(the\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s)\s+((?:[\p{Ll}][\p{Ll}-]*\s+){0,3}[\p{Ll}][\p{Ll}-]*)\s*[,.;]/u;
// ", named foreign minister in the reshuffle," — the role is the lowercase run right after the participle.
const APPOINTED = /^,\s+(?:(?:who\s+was|newly|recently|just)\s+)?(?:named|appointed|elected|nominated|chosen|confirmed|sworn\s+in)\s+(?:as\s+)?(?:the\s+)?((?:[\p{Ll}][\p{Ll}-]*\s*){1,5})/u;
// A title of office longer than the plain reading allows, up to the next comma or full stop.
const LONG = /^,\s+((?:the\s+)?[\p{Ll}][^,;:.()"“”]{80,200}?)\s*[,.;]/u;

/** Whether a lowercase word heads a role: a title of office or a noun for a person. */
function headsRole(w: string): boolean {
  return TITLES.has(w) || PERSON_NOUNS.has(w) || isPersonNoun(w);
}

/** The lowercase words up to the last one that heads a role, before any preposition: "foreign minister". */
function roleRun(words: readonly string[]): string | null {
  const stop = words.findIndex((w) => /^(?:in|on|at|by|for|after|before|last|this|earlier|since|to|from|with|and|who)$/u.test(w));
  const run = stop >= 0 ? words.slice(0, stop) : words;
  const last = run.findLastIndex(headsRole);
  // "deputy" alone heads nothing a description would name; the run must end in a noun for a person or a title.
  return last >= 0 ? run.slice(0, last + 1).join(' ') : null;
}

/**
 * The role a phrase set off by a comma at the start of `after` gives the name before it, in the forms above,
 * or null. `after` is the text right after the name.
 */
export function appositiveRole(after: string): string | null {
  const owned = OWNED.exec(after);
  if (owned) {
    const words = owned[2]!.split(/\s+/u);
    // The whole run must end in the head ("Russia's foreign minister,"), not in more words after it.
    if (headsRole(words[words.length - 1]!)) return `${owned[1]!} ${owned[2]!}`;
  }
  // (Not a word of kin, "the mayor's wife": kin are read by the relation readings, which know whose kin they are.)
  const theOwned = THE_OWNED.exec(after);
  if (theOwned) {
    const words = theOwned[2]!.split(/\s+/u);
    const head = words[words.length - 1]!;
    if ((headsRole(head) || wordNetPerson(head)) && !kinSex(head) && !KIN_OF_NO_SEX.test(head)) return `${theOwned[1]!} ${theOwned[2]!}`;
  }
  const appointed = APPOINTED.exec(after);
  if (appointed) {
    const role = roleRun(appointed[1]!.trim().split(/\s+/u));
    if (role) return role;
  }
  const long = LONG.exec(after);
  if (long) {
    const first = long[1]!.replace(/^the\s+/u, '').split(/\s+/u)[0]!;
    if (TITLES.has(first) || PERSON_NOUNS.has(first)) return long[1]!.trim();
  }
  return null;
}
