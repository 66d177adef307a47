/**
 * A sentence that only says how a named person stands, right before a quote standing alone: `Ana Ruiz was less
 * sure. "Nothing in the text binds either side."` The quote is how the person put it, as `Ruiz was blunt:
 * "..."` is (`colon-subject.ts`); news writing sets up the next voice so.
 */
import { isKindOf } from '../text/wordnet.ts';

// Words for how someone judged or spoke, after a copula and perhaps a degree: "less sure", "more cautious".
const STANCE_WORDS =
  'sure|certain|convinced|unconvinced|sceptical|skeptical|cautious|optimistic|pessimistic|blunt|blunter|direct|frank|' +
  'candid|upbeat|gloomy|doubtful|confident|dismissive|defiant|emphatic|adamant|categorical|wary|hopeful|critical|' +
  'scathing|sanguine|circumspect|guarded|measured|forthright|unimpressed|unmoved|unapologetic|unrepentant';
// Or that the subject took the other side, perhaps of a view named ("disagreed", "objected with that account"):
// the quote after is how they did, as after "A delegate disagreed." (`speech-manner.ts`).
const OTHER_SIDE = String.raw`(?:also\s+|strongly\s+|sharply\s+)?(?:disagreed|objected|demurred|dissented|pushed\s+back)(?:\s+(?:with|to)\s+(?:that|this|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)?`;
const STANCE = new RegExp(
  String.raw`^\s*(.+?)\s+(?:(?:is|was|seemed|sounded|remained|remains)\s+(?:(?:not|more|less|also|even|far|much|rather|somewhat|equally|very|just|quite|no\s+more|no\s+less)\s+)*(?:${STANCE_WORDS})(?:\s+(?:still|too|again|than\s+(?:most|many|others|some|that|his|her|their)(?:\s+[\p{Ll}]+)?))?|${OTHER_SIDE})\s*[.]?\s*$`,
  'u',
);

/** The subject phrase of a sentence that only says how its subject stands ("Ana Ruiz was less sure."), or null. */
export function stanceSubject(sentence: string): string | null {
  const m = STANCE.exec(sentence);
  if (!m) return null;
  // "Asked whether the port could cope, she was more cautious.": the question put first is no part of the subject.
  // ("Her husband, Mr Rahim Ali, who keeps the books, disagreed.": a clause on the one named is no part of the subject.)
  const subject = m[1]!.replace(ASKED_FIRST, '').replace(WHO_CLAUSE_AFTER, ',');
  return !/[,;:"“”]/u.test(subject) ? subject : setOffName(subject);
}

// A "who" clause set off after a name that was itself set off ("..., Mr Rahim Ali, who keeps the books,").
const WHO_CLAUSE_AFTER = /(?<=,\s*[^,]{2,60}),\s+who\s+[^,;:"“”]{2,80},\s*$/u;
const ASKED_FIRST = /^(?:When\s+)?(?:asked|pressed|questioned)\s+(?:whether|if|about|how|what|why|when|who)\b[^;:"“”]*,\s+(?=(?:he|she)$)/iu;

// A name of two to four capitalised words, and a description a determiner or possessive opens.
const FULL_NAME = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*$/u;
const DESCRIPTION = /^(?:[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|[Ii]ts|[Oo]ne)\s+\S/u;

// A full name, then a "who" or "whose" clause set off by commas with no comma inside it.
const RELATIVE_AFTER_NAME = /^((?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*),\s+(?:who|whose)\s+[^,;:"“”]{2,120},\s*$/u;

// One given name, perhaps after a patronymic initial written close up ("Oyuna", "T.Oyuna").
const ONE_NAME = /^(?:[\p{Lu}][\p{Ll}]?\.)?[\p{Lu}][\p{Ll}'’-]+$/u;
// A possessive and a noun of a person: "His wife", "Her eldest son".
const OWNED_PERSON = /^(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u;

/** Whether `phrase` is someone's relation or helper described by a possessive and a noun of a person ("His wife"). */
function personDescription(phrase: string): boolean {
  const m = OWNED_PERSON.exec(phrase);
  return !!m && isKindOf(m[1]!, 'person', 5, 2);
}

/**
 * Whether the subject of a sentence of stance is one given name set off after someone's relation (`His wife, Oyuna,
 * was blunter.`): the description says the one word is a person's name, though the reading never met it.
 */
export function stanceOneNameDescribed(sentence: string): boolean {
  const m = STANCE.exec(sentence);
  const parts = m ? m[1]!.replace(/,\s*$/u, '').split(/\s*,\s*/u) : [];
  return parts.length === 2 && ONE_NAME.test(parts[1]!) && personDescription(parts[0]!);
}

/**
 * The name in a subject of a description and a name set off from each other by commas ("Our colleague, Ana
 * Ruiz,", "Ana Ruiz, a historian,"): the apposition names the one who stands so; or null.
 */
function setOffName(subject: string): string | null {
  // ("Ivo Karst, whose sister Mila Varn runs a shop in Lisk,", "Ivo Karst, who farms near Lisk,": a relative clause
  // set off after a full name says something of that person, whoever else it names; the name is the subject.)
  const related = RELATIVE_AFTER_NAME.exec(subject);
  if (related) return related[1]!;
  const parts = subject.replace(/,\s*$/u, '').split(/\s*,\s*/u);
  if (parts.length !== 2 || /[;:"“”]/u.test(subject)) return null;
  const [a, b] = parts as [string, string];
  if (FULL_NAME.test(b) && DESCRIPTION.test(a) && /,\s*$/u.test(subject)) return b;
  if (ONE_NAME.test(b) && personDescription(a) && /,\s*$/u.test(subject)) return b;
  if (FULL_NAME.test(a) && DESCRIPTION.test(b)) return a;
  return null;
}
