/**
 * A description with a person's name in apposition to it names who speaks: "Florida's attorney general,
 * Jane Roe, vowed ...", `"...," said the ambassador at the time, John Roe.`, "Jane Roe, a former agent for
 * the governor, has written ...". The grammar may stop at the description; the name beside it is the
 * speaker, and the description her role.
 */
import { isPersonNoun, parseSpeakerPhrase, PERSON_NOUNS, TITLES } from './speaker-phrases.ts';
import { firstNameGender } from './first-names.ts';
import { familyNameFirst, titleGender } from './local-speaker.ts';

const NAME = String.raw`[\p{Lu}][\p{L}'’-]*\.?(?:\s+(?:[\p{Lu}]\.|[\p{Lu}][\p{L}'’-]*\.?)){1,3}`;
/** ", (a lowercase role word) Name" right after the description, then a comma, a stop or the end. */
// (The name may carry where the person works: "One analyst, Jane Roe of Wren Partners, called ...".)
const NAME_AFTER = new RegExp(String.raw`^\s*,\s+(?:(?!(?:in|at|on|from|to|for|with|by|of|near)\s)[\p{Ll}]+\s+)?(${NAME})(?=(?:\s+(?:of|at|from)\s+(?:the\s+)?[\p{Lu}][^,;:()]{1,60}?)?\s*(?:[,.;)]|$))`, 'u');
/** ", (one or two words and a lowercase title) Name": "the official, space agency chief Jane Roe, said". */
const TITLED_NAME_AFTER = new RegExp(String.raw`^\s*,\s+((?:[\p{L}'’-]+\s+){1,2})([\p{Ll}]+)\s+(${NAME})(?=(?:\s+(?:of|at|from)\s+(?:the\s+)?[\p{Lu}][^,;:()]{1,60}?)?\s*(?:[,.;)]|$))`, 'u');
// Words that make the words before the title a clause or a phrase of their own, not part of the title.
const NOT_TITLE_WORD = /^(?:in|at|on|from|to|for|with|by|of|near|and|or|but|who|which|that|said|says|told|the|a|an|his|her|their|its|as|when|while|after|before)$/iu;
/** "Name, " opening the sentence (or after a lead-in word and its comma) right before the description. */
const NAME_BEFORE = new RegExp(String.raw`^\s*(?:(?:But|And|Meanwhile|Still|However|Also),?\s+)?(${NAME}),\s+$`, 'u');

// A verb of saying right after the description: it is the subject of its own clause, no apposition.
const CLAUSE_VERB_NEXT = /^\s+(?:(?:also|then|later|later\s+on|once|had|has|have)\s+)?(?:said|says|told|tells|added|adds|asked|asks|replied|replies|wrote|writes|warned|warns|insisted|insists|declared|announced|explained|argued|claimed|called)\b/u;

// The description's last words: "for", "to" or "of", a determiner and a lowercase noun.
const SERVED = /\s(?:for|to|of)\s+(?:the|a|an|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}]+)$/u;

/** Whether `phrase` ends on a person served or spoken for: "a spokesman for the chairman", "an aide to the mayor". */
function servedPerson(phrase: string): boolean {
  const m = SERVED.exec(phrase.trim());
  const w = m?.[1];
  return !!w && (TITLES.has(w) || PERSON_NOUNS.has(w) || isPersonNoun(w));
}

const SPOKESPERSON = /^(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?(?:[\p{Ll}-]+\s+){0,2}spokes(?:man|woman|person)\s/u;

function compact(name: string): string {
  return name.replace(/[\s.]+/gu, ' ').trim();
}

/**
 * The person's name set beside the description `phrase` found at `at` in the sentence `text`, or null when
 * none is: a name of two words or more that reads as a person's.
 */
export function appositiveName(text: string, at: number, phrase: string): string | null {
  const rest = text.slice(at + phrase.length, at + phrase.length + 100);
  const after = NAME_AFTER.exec(rest);
  const titled = after ? null : TITLED_NAME_AFTER.exec(rest);
  // ("Her guest, the housing minister Wouter Pol, said": an article may open the title's words.)
  const titledName = titled && (TITLES.has(titled[2]!) || PERSON_NOUNS.has(titled[2]!) || isPersonNoun(titled[2]!)) && !titled[1]!.trim().split(/\s+/u).some((w, i) => NOT_TITLE_WORD.test(w) && !(i === 0 && /^(?:the|a|an)$/u.test(w))) ? titled[3]! : null;
  // (A name before the description is set off only when nothing but the verb's clause follows it closed by a comma:
  // in "Unlike NAME, the mayor said:" the description opens the main clause, its verb right after it.)
  const before = after || titledName || CLAUSE_VERB_NEXT.test(rest) ? null : NAME_BEFORE.exec(text.slice(0, at));
  const name = after?.[1] ?? titledName ?? before?.[1];
  if (!name || /['’]s?$/u.test(name)) return null;
  // ("A spokesman for the chairman, NAME, said": a name set off right after a person's noun closing the description
  // is that person's, the one spoken for, not the speaker's.)
  // (A spokesperson's only: "an aide to the mayor, NAME," names the aide, whom the text goes on to quote.)
  if (!before && SPOKESPERSON.test(phrase.trim()) && servedPerson(phrase)) return null;
  const parsed = parseSpeakerPhrase(name);
  if (parsed?.type !== 'name' || parsed.kind !== 'person' || !/\s/u.test(parsed.name)) return null;
  // ("Unlike NAME, the mayor ...", "Under NAME, ...": a capitalised word the reader drops from the name, no title,
  // makes the run a phrase of its own, not a name in apposition.)
  if (before && parsed.role === null && compact(parsed.name) !== compact(name)) return null;
  return roleOfOtherSex(phrase, parsed.name) ? null : name;
}

/**
 * "A spokeswoman for the regional governor, Oleg Roe, said": the description's own noun tells one sex and the
 * given name the other, so the name is not hers (here it is the governor's); the description stays the speaker.
 */
export function roleOfOtherSex(phrase: string, name: string): boolean {
  const role = titleGender(phrase.split(/\s+(?:of|for|to|at|with|in)\s+/iu)[0]!);
  if (role === null || familyNameFirst(name)) return false;
  const given = name.split(/\s+/u)[0]!;
  const sex = firstNameGender(given);
  return sex !== null && sex !== role;
}
