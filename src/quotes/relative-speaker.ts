/**
 * A quote inside a relative clause whose verb is speech: in `The panel was chaired by Jane Roe, who opened by
 * asking whether the deal was "a marriage of convenience".` the words are Jane Roe's, the antecedent of "who".
 * The general reading finds no subject for the clause's verb ("who" is no one's name) and gives up.
 * (PolNeAR train: the judgeable pronoun/description row 3 more right and 1 fewer wrong; the raw row counts 4
 * more wrong, each a quote whose gold source is the bare "who", read by hand: the antecedent the engine gives,
 * as in "Barack Obama, who called the Republican nominee "unfit to serve"". Names unchanged.)
 */
import { isSpeechVerb } from './attribution.ts';
import { nameEnding } from './names.ts';

// A name of two to four capitalised words, a comma, "who", then the clause up to the quote's opening mark with
// no comma, colon or other quote in it.
// (Or an aside in parentheses: "Jane Roe (who spoke of "..." at the briefing)".)
// (A surname alone, "by Roe, who said", is read too; the caller keeps it only when the document names that person.)
// (A role set off after the name is the same person: "Rep. Walt Brenner, a Democrat, who told ...".)
const RELATIVE = /((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)(?:,\s+(?:a|an)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)?(?:,\s+|\s+\(\s*)who\s+([^,;:_"“”«»()]{3,160})$/u;
// A programme's or paper's title in quotation marks before its noun is a name, not a quote in the clause: "who
// told the "Harbour Talk" podcast that ...". (Quotes are masked as underscores or their marks in the text read.)
const TITLE_BEFORE_MEDIUM = /(\b(?:the|a|an|his|her|their|its)\s+)[_"“”]+(\s+(?:podcast|show|programme|program|broadcast|newsletter|blog|magazine|newspaper|channel|series|column)\b)/gu;

// Forms of the reporting verbs that the speech-verb list holds only in part ("asking", "saying").
const PARTICIPLE_OF = (w: string): boolean => /ing$/u.test(w) && (isSpeechVerb(w) || isSpeechVerb(`${w.slice(0, -3)}ed`) || isSpeechVerb(`${w.slice(0, -3)}s`) || isSpeechVerb(`${w.slice(0, -3)}es`));

// A name, a comma, "who" or "which" and a verb of speech or writing alone before the colon that opens the quote:
// "The mayor met Tom Poe, who said: "..."", "by an account called Rovers Forever, which wrote: "..."".
// ("which" only after a body's name with "the" or a name given by "called"/"named": a thing's name is no speaker.)
const RELATIVE_COLON = /(?:^|[\s(])((?:the\s+)?(?:[\p{Lu}][\p{L}'’.&-]*\s+){0,4}[\p{Lu}][\p{L}'’-]*),\s+(who|which)\s+(?:later\s+|then\s+|once\s+)?(?:wrote|said|says|writes|posted|added|replied|answered|tweeted|warned|told\s+(?:him|her|them|me|us|reporters))(?:\s+(?:on\s+[\p{Lu}][\p{Ll}]+day|last\s+(?:week|month|night)|this\s+(?:week|morning)|in\s+(?:a|an)\s+(?:statement|email|e-mail|letter|interview)|on\s+(?:Twitter|Facebook|X|social\s+media)))?\s*:$/u;
const CALLED_BEFORE = /\b(?:called|named)\s+$/u;

/**
 * The antecedent of "who" when a relative clause of nothing but a verb of speech closes on the colon that opens
 * the quote ("Roe wrote to Mayor Tom Poe, who replied: "...""), however the rest of the sentence reads; else null.
 */
export function relativeColonSpeaker(before: string): string | null {
  const colon = RELATIVE_COLON.exec(before.replace(/\s+$/u, ''));
  return colon ? whoAntecedent(colon) : null;
}

/** The antecedent of a "who" (not "the ...") that `RELATIVE_COLON` read, else null. */
function whoAntecedent(colon: RegExpExecArray): string | null {
  return colon[2] === 'who' && !/^the\s/u.test(colon[1]!) ? colon[1]! : null;
}

/**
 * The name before ", who" when the rest of `before` (the quote's sentence up to its opening mark, quotes
 * masked) is a relative clause holding exactly one verb of speech; null otherwise (a second verb of speech
 * may be someone else's: "..., who said Kask had told her ...").
 */
export function relativeSpeaker(before: string): string | null {
  const colon = RELATIVE_COLON.exec(before.replace(/\s+$/u, ''));
  if (colon) {
    const body = /^the\s/u.test(colon[1]!);
    const who = whoAntecedent(colon);
    if (who) return who;
    // (A body's name ends on a word of bodies, names.ts's `nameEnding`: "the Lowton Supporters Trust"; "the Harbour
    // Report, which said:" is a document.)
    if (colon[2] === 'which' && ((body && nameEnding(colon[1]!.replace(/^the\s+/u, '')) === 'body') || CALLED_BEFORE.test(before.slice(0, colon.index + colon[0].indexOf(colon[1]!))))) return colon[1]!;
    return null;
  }
  const m = RELATIVE.exec(before.replace(TITLE_BEFORE_MEDIUM, '$1Title$2').replace(/\s+$/u, ''));
  // A dash closes the relative clause ("X -- John McCain, who lost in 2008 -- said ..."): the verb after it
  // is the main clause's.
  if (!m || /\s--\s|[—–―]/u.test(m[2]!)) return null;
  const words = m[2]!.toLowerCase().split(/\s+/u).map((w) => w.replace(/[^\p{L}]/gu, ''));
  // ("spoke of" reports words too: "who spoke of "..."".)
  const speech = words.filter((w, i) => isSpeechVerb(w) || PARTICIPLE_OF(w) || (/^(?:spoke|speaks)$/u.test(w) && words[i + 1] === 'of'));
  return speech.length === 1 ? m[1]! : null;
}
