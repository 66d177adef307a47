/**
 * "NEWSREADER: Ines Moller. Back to Professor Dahl in Tromso, who told Peter Quist .... ¶ '...,' she said.": the
 * reading that gives a pronoun to the one person of its sex among the people a sentence names in full counts
 * only full names; a person the sentence calls by a surname alone, with or without a title ("Professor Dahl",
 * "Dahl"), having named them in full earlier ("Marit Dahl"), is someone more that the pronoun may mean, of a sex
 * no first name there tells. Such a sentence leaves the pronoun to no one rather than to the only woman named in
 * full, who here only signed off a report.
 */
import { honorificSex, type Sex } from './gendered-nouns.ts';

// A capitalised word, with the word before it (a title, perhaps).
const CAPITALISED = /(?:([\p{Lu}][\p{L}]*\.?)\s+)?([\p{Lu}][\p{L}'’-]+)/gu;

/**
 * Whether `text` (one sentence) calls someone by a surname alone that the document gives in full to somebody
 * (`fullNamesEndingIn` counts the full names ending in a lowercase word), outside the full names `counted` the sentence
 * names, and no honorific before it tells the sex other than `want`; `sexesEndingIn` gives the sex (or null) of each
 * person named in full with it by a first name the lists know, and all of them of the other sex is no rival.
 */
export function surnameOnlyRival(text: string, counted: readonly string[], want: Sex, fullNamesEndingIn: (word: string) => number, sexesEndingIn: (word: string) => readonly (Sex | null)[]): boolean {
  const inCounted = new Set(counted.flatMap((n) => n.toLowerCase().split(/\s+/u)));
  for (const m of text.matchAll(CAPITALISED)) {
    // (The document's names are kept in lowercase words.)
    const word = m[2]!.toLowerCase();
    if (inCounted.has(word) || fullNamesEndingIn(word) === 0) continue;
    // ("Mr Dahl" is no rival of a "she".)
    const sex = m[1] ? honorificSex(m[1]) : null;
    if (sex && sex !== want) continue;
    // (Nor one every full name of that surname shows to be of the other sex: "Hillary Clinton mocked Sanders.
    // '...,' she said." after "Bernie Sanders" is hers.)
    // (And only a surname some person named in full bears, by a first name the lists know: "Secretary of State"
    // names no one whose "State" a sentence might call her by.)
    const sexes = sexesEndingIn(word);
    if (sexes.length === 0 || sexes.every((s) => s !== null && s !== want)) continue;
    return true;
  }
  return false;
}
