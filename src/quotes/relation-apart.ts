/**
 * A full name the text introduces as a relation of a bare name: in "Kim's sister, Kim Yo Jong, ..." or
 * "Trump's wife Melania Trump" the full name is someone other than the "Kim" or "Trump" whose relation she is,
 * so a bare "Kim" elsewhere in the text is never read as her.
 */
import { nameWords } from './names.ts';
import { escapeRegExp, sharedRegExp } from '../text/regexp.ts';

// The owner's possessive, then one to three lowercase words (the relation: "sister", "younger sister",
// "chief of staff"), then an optional comma: what stands right before the full name.
const RELATION_BEFORE = /([\p{Lu}][\p{L}'’-]*)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,?\s+$/u;

/**
 * Whether the mention starting at `at` of `paragraph` is introduced as a relation of `bare` (one word, in the
 * lowercase form `nameWords` gives): "<Bare>'s <relation>, <the mention>".
 */
export function introducedAsRelationOf(paragraph: string, at: number, bare: string): boolean {
  const m = RELATION_BEFORE.exec(paragraph.slice(Math.max(0, at - 60), at));
  if (!m) return false;
  return nameWords(m[1]!.replace(/['’]s?$/u, ''))[0] === bare;
}

// A pronoun's possessive and a word of kin right before a full name: "His wife, Marguerite Ross,", "their son
// Peter Ross", "her late husband, Tom Ross,"; a title may stand between ("her husband, former Governor Tom Ross",
// "his brother, Lt. Col. Dan Ross"): capitalised words with no comma between, which are no part of the name.
const KIN_BEFORE =
  /\b([Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|former|elder|older|younger|eldest|youngest|only|adult|twin)\s+)?(?:wife|husband|widow|widower|son|daughter|brother|sister|father|mother|grandson|granddaughter|grandfather|grandmother|nephew|niece|uncle|aunt|cousin|partner|spouse|children|sons|daughters),?\s+(?:(?:former|then|late|retired)\s+)?(?:[A-Z][a-z]*\.?\s+){0,2}$/u;

/**
 * Whose kin the mention starting at `at` of `paragraph` is brought in as ("His wife, Marguerite Ross, said ..."):
 * the owner's gender ('m' for "his", 'f' for "her", null for "their"), or undefined when it is not so brought in.
 * When the one the text is about shares the surname, news style calls the relative by first name or title
 * ("Mrs. Ross", "the younger Ross") and keeps the bare surname for the one the text is about.
 */
export function introducedAsKin(paragraph: string, at: number): 'm' | 'f' | null | undefined {
  const m = KIN_BEFORE.exec(paragraph.slice(Math.max(0, at - 40), at));
  if (!m) return undefined;
  const owner = m[1]!.toLowerCase();
  return owner === 'his' ? 'm' : owner === 'her' ? 'f' : null;
}

// A word of kin set off right after a full name, owned by a possessive: "NAME, his father,", "NAME, the governor's
// late father,", "NAME, Halberg's son." (the relation's own words end there: not "NAME, the governor's father's
// driver,", nor "NAME, his son's teacher,").
const KIN_AFTER =
  /^,\s+(?:([Hh]is|[Hh]er|[Tt]heir)|(?:the\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s?)\s+(?:(?:late|former|elder|older|younger|eldest|youngest|only|adult|twin)\s+)?(?:wife|husband|widow|widower|son|daughter|brother|sister|father|mother|grandson|granddaughter|grandfather|grandmother|nephew|niece|uncle|aunt|cousin|partner|spouse)(?:-in-law)?(?=\s*[,.;:)]|\s+(?:who|whom|whose)\b)/u;

/**
 * Whose kin the full name `name`, mentioned at `at` of `paragraph`, is set off after it as ("Anders Vik, the
 * present mayor's father, opened ..." or "Ilse Roe, his wife, said"): the owner's gender as `introducedAsKin`
 * gives it (null for "their" or a named or described owner), or undefined when no word of kin is set off after it.
 * The appositive tells as much as the word of kin before the name does: this namesake is someone's relative.
 */
export function kinSetOffAfter(paragraph: string, at: number, name: string): 'm' | 'f' | null | undefined {
  const end = paragraph.indexOf(name, at);
  if (end < 0) return undefined;
  const after = paragraph.slice(end + name.length, end + name.length + 80);
  // ("Jon Vik, son of the party's leader, ...": the relation named by "of", its owner's sex untold. Not when the owner
  // is named there with the surname, "Ann Vik, mother of the slain guard Tom Vik,": which of the two a bare "Vik"
  // then means, the text at hand tells, not the style.)
  const of = KIN_OF_AFTER.exec(after);
  if (of) {
    const owner = after.slice(of[0].length).split(/[,;.()]/u)[0]!;
    const surname = name.trim().split(/\s+/u).at(-1)!;
    return owner.split(/[^\p{L}'’-]+/u).includes(surname) ? undefined : null;
  }
  const m = KIN_AFTER.exec(after);
  if (!m) return undefined;
  const owner = m[1]?.toLowerCase();
  return owner === 'his' ? 'm' : owner === 'her' ? 'f' : null;
}

const KIN_WORDS = String.raw`(?:(?:late|former|elder|older|younger|eldest|youngest|only|adult|twin)\s+)?(?:wife|husband|widow|widower|son|daughter|brother|sister|father|mother|grandson|granddaughter|grandfather|grandmother|nephew|niece|uncle|aunt|cousin|partner|spouse)`;

// A word of kin set off right after a full name and owned by "of the" and a description: "NAME, son of the
// Republican nominee,", "NAME, the eldest daughter of the governor,". (Not "a son of immigrants" or "daughter of
// a coal miner": an indefinite owner is no one of the text; nor "mother of victim NAME2": see `kinSetOffAfter`.)
const KIN_OF_AFTER = new RegExp(String.raw`^,\s+(?:the\s+)?${KIN_WORDS}(?:-in-law)?\s+of\s+the\s+`, 'u');

// An owner's possessive and a word of kin, as firstNameIntroducedAsKin reads them before a first name: compiled
// once. (One expression per first name holding all of it took milliseconds to compile for each new name, more than
// all its runs; the name's own part, tried where this one ends, compiles at once.)
const KIN_LEAD = new RegExp(String.raw`\b(his|her|their)\s+${KIN_WORDS},?\s+`, 'giu');

/** firstNameIntroducedAsKin's expression per first name, tried where `KIN_LEAD` ends (sticky). */
const KIN_NAME_AT = new Map<string, RegExp>();

/**
 * Whose kin the first name `first` was brought in as, alone, in one of the first `upTo` paragraphs ("His wife,
 * Jane, offered ..." before a later "Jane Sanders"): the owner's gender as `introducedAsKin` gives it, or
 * undefined when it was not.
 */
export function firstNameIntroducedAsKin(paragraphs: readonly string[], upTo: number, first: string): 'm' | 'f' | null | undefined {
  if (!/^[\p{Lu}][\p{L}'’-]*$/u.test(first)) return undefined;
  // (Made once per first name, not per call: the same names are asked of every mention of a surname.)
  let name = KIN_NAME_AT.get(first);
  if (!name) {
    if (KIN_NAME_AT.size >= 20_000) KIN_NAME_AT.clear();
    KIN_NAME_AT.set(first, (name = new RegExp(String.raw`${first}(?=\s*[,.;:)]|\s+[\p{Ll}])`, 'iuy')));
  }
  for (let k = 0; k < Math.min(upTo, paragraphs.length); k++) {
    const text = paragraphs[k]!;
    if (!text.includes(first)) continue;
    // (Each possessive and word of kin in turn, leftmost first, as one expression for the whole would find them:
    // where one such lead starts, the words it takes are fixed, so no other reading of it could put the name after.)
    KIN_LEAD.lastIndex = 0;
    for (let m = KIN_LEAD.exec(text); m !== null; m = KIN_LEAD.exec(text)) {
      name.lastIndex = m.index + m[0].length;
      if (name.test(text)) return m[1]!.toLowerCase() === 'his' ? 'm' : m[1]!.toLowerCase() === 'her' ? 'f' : null;
    }
  }
  return undefined;
}

/**
 * The first names the text gave alone to the spouse of someone of the surname `surname` ("Mr Probyn's wife,
 * Carol, said ...", "Dunmore's widow Lorna", "His wife, Carol," right after a full name in that surname), for a titled bare surname of the spouse's gender (`want`: 'f' for
 * "wife"/"widow", 'm' for "husband"/"widower"), in the first `upTo` paragraphs. News style calls her "Mrs Probyn"
 * after that: she is the one named Carol, not the Mr Probyn the text is about.
 */
export function spouseFirstNames(paragraphs: readonly string[], upTo: number, surname: string, want: 'm' | 'f'): Set<string> {
  const out = new Set<string>();
  const escaped = escapeRegExp(surname);
  const spouse = want === 'f' ? '(?:wife|widow)' : '(?:husband|widower)';
  const re = sharedRegExp(String.raw`(?<![\p{L}'’-])${escaped}['’]s?\s+(?:(?:late|former|estranged)\s+)?${spouse},?\s+([\p{Lu}][\p{Ll}'’-]+)(?=\s*[,;:)]|\s+[\p{Ll}])`, 'gu');
  // ("His wife, Carol, said ..." in the paragraph after one naming him, or in the same one.)
  const owned = sharedRegExp(String.raw`(?<![\p{L}])(?:${want === 'f' ? '[Hh]is' : '[Hh]er'})\s+(?:(?:late|former|estranged)\s+)?${spouse},?\s+([\p{Lu}][\p{Ll}'’-]+)(?=\s*[,;:)]|\s+[\p{Ll}])`, 'gu');
  for (let k = 0; k < Math.min(upTo, paragraphs.length); k++) {
    if (paragraphs[k]!.includes(surname)) for (const m of paragraphs[k]!.matchAll(re)) out.add(m[1]!);
    const near = paragraphs[k]!.includes(surname) ? paragraphs[k]! : k > 0 && paragraphs[k - 1]!.includes(surname) ? paragraphs[k - 1]! : null;
    if (!near) continue;
    for (const m of paragraphs[k]!.matchAll(owned)) {
      // (Only when the one named just before the pronoun bears the surname: the last capitalised full name.)
      const before = (near === paragraphs[k] ? paragraphs[k]!.slice(0, m.index) : `${paragraphs[k - 1]!} ${paragraphs[k]!.slice(0, m.index)}`);
      const names = [...before.matchAll(/(?<![\p{L}])[\p{Lu}][\p{Ll}'’-]+\s+([\p{Lu}][\p{Ll}'’-]+)(?![\p{L}])/gu)];
      if (names.at(-1)?.[1] === surname) out.add(m[1]!);
    }
  }
  return out;
}
