/**
 * A name as the subject of a reporting verb before the quote, with long words set off between them, commas or
 * dashes inside them: `Tom Fenn, the head of Harbor Watchers, a group that has taken ..., said that
 * "..."`, `K.L. Marsh, editor at large of The Lantern, a much-read weekly, wrote, "..."`, `Brennick —
 * named by the Courier as the likeliest pick — told Sam Orr of Channel Nine that "..."`, and a description
 * before the name: `One of the college's senior officers, Peter Lomax, testified that "..."`. The
 * reporting verb stands right after the words set off close (an adverb may come between), so a verb inside
 * them ("a group that has sued") is never taken for the subject's.
 */

import { nameApposedToLeadObject } from './lead-object-apposed.ts';

const NAME = String.raw`(?:(?:[\p{Lu}]\.){2,3}|[\p{Lu}][\p{L}'’-]*\.?|[\p{Lu}]\.)(?:\s+(?:[\p{Lu}]\.|[\p{Lu}][\p{L}'’&-]*\.?|de|van|von|der|la|le|da|di|bin|al)){0,4}`;
/**
 * A conjunction and a fronted phrase of time or place before the subject: "But", "Just last week,", "On Friday,";
 * or a participle's phrase, an -ing word its preposition or object's determiner follows ("Testifying in his own
 * defence,", "Giving evidence for the crown,"): the subject after it is who does both.
 */
const LEAD = String.raw`(?:(?:But|And|Yet|Still|Meanwhile|Later|Then)\s+)?(?:(?:(?:Just\s+(?:last|this|on|in|after)|On|In|At|During|After|Last|This|Earlier|Later|Speaking|Asked)\b|[\p{Lu}][\p{Ll}]{2,}ing\s+(?=(?:in|on|at|to|for|before|from|with|his|her|their|its|the|a|an)\s))[^,;:_]{0,50},\s+)?`;
const VERB = String.raw`(?:said|says|told|tells|wrote|writes|added|adds|argued|argues|testified|testifies|insisted|insists|noted|notes|warned|warns|explained|explains|stated|states|declared|declares|claimed|claims|acknowledged|acknowledges|replied|replies|responded|responds|recalled|recalls|tweeted|tweets|remarked|contended|contends|maintained|maintains|conceded|concedes|predicted|predicts|concluded|concludes|cautioned|cautions)`;
// Where a person is from, in lowercase words after the name: "NAME of the opposition", "NAME from the ruling party".
const OF_LOWER = String.raw`\s+(?:of|from)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+`;
/** After the verb: an object or a phrase ("told Sam Orr of Channel Nine", "in a statement"), then a comma, a colon or "that". */
// (A title's or an initial's full stop is no end of the clause: "said Ms. Carver's donations".)
const TAIL = String.raw`(?:\s+(?:[^;:_.!?]|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|St|[\p{Lu}]))\.){1,80}?)?\s*[,:]?\s*(?:that\s*)?$`;
// (An emphatic reflexive may follow the name: "Putin himself, asked by reporters whether ..., said:".)
const OPEN_COMMA = new RegExp(String.raw`^\s*${LEAD}(?:((?:One|Some|Two|Three|A|An|The|His|Her|Their|Its)\s[^,;:_]{2,80}),\s+|\d{1,3}-year-old\s+)?(${NAME})(?:\s+(himself|herself)|${OF_LOWER})?,\s+([^;:_]{2,220}?),\s+(?:(?:[\p{Ll}]+ly|also|then|later|once|still)\s+)?(${VERB})\b(${TAIL})`, 'u');
/** `One of the college's senior officers, Peter Lomax, testified that`: a description, then the name set off. */
// (The name may carry where the person works: "One of them, Jane Roe of the Asan programme, told ...".)
const DESCRIBED_NAME = new RegExp(String.raw`^\s*${LEAD}((?:One|Some|A|An|The|His|Her|Their|Its)\s[^,;:_]{2,80}),\s+(${NAME})(?:\s+(?:of|at|from)\s+(?:the\s+)?[\p{Lu}][^,;:_]{1,60})?,\s+(?:(?:[\p{Ll}]+ly|also|then|later|once|still)\s+)?(${VERB})\b(${TAIL})`, 'u');
const OPEN_DASH = new RegExp(String.raw`^\s*${LEAD}(${NAME})\s*(?:—|–|--)\s*([^;:_—–]{2,220}?)\s*(?:—|–|--)\s*(?:(?:[\p{Ll}]+ly|also|then|later|once|still)\s+)?(${VERB})\b(${TAIL})`, 'u');

/** Names going on after the first: "Vos and Lind, all members", "Vos, Lind, all members". */
const LIST_AFTER_NAME = /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*(?:,|\s+(?:and|or|&)\s)/u;

/**
 * The name that is the subject of the reporting verb in `before` (the quote's sentence up to its opening mark,
 * quotes masked), with the words set off around it (and the sex an emphatic "himself" or "herself" after the name
 * tells, as `reflexive`); null when `before` is no such clause.
 */
export function setOffSubject(before: string): { name: string; role: string | null; body?: boolean; reflexive?: 'm' | 'f' } | null {
  // ('Her coach called it "...," and Kim herself, asked how it felt, said only:': a clause joined by "and" or "but"
  // whose subject an emphatic reflexive marks, the words set off after it; read as a clause of its own.)
  // (Read first: the joined clause is the verb's own, and the opening's name set off before it, "Her coach, Ivo
  // Roe, was in tears, and Kim herself, ..., said", would otherwise take the verb across the clause.)
  const joined = JOINED_REFLEXIVE_CLAUSE.exec(before);
  const second = joined ? setOffOpening(before.slice(joined.index + joined[0].length)) : null;
  if (second?.reflexive) return second;
  return setOffOpening(before);
}

// The last ", and" or ", but" (perhaps a quote closing after the comma) before a name and an emphatic reflexive set off by a comma.
const JOINED_REFLEXIVE_CLAUSE = /,["”’]?\s+(?:and|but)\s+(?=(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*\s+(?:himself|herself),[^,]*,[^,]*$)/u;

/** `setOffSubject` for a clause opening `before`. */
function setOffOpening(before: string): { name: string; role: string | null; body?: boolean; reflexive?: 'm' | 'f' } | null {
  const comma = OPEN_COMMA.exec(before);
  if (comma) {
    const [, described, name, reflexive, setOff, , tail] = comma;
    // ("In a statement read by the prosecutor, Imelda Roe, the victim's mother, Ann Lark, said": the name after the
    // fronted phrase is its role's, "the prosecutor"; the subject is set off after it, for the readers that follow.)
    if (!described && nameApposedToLeadObject(before.slice(0, before.indexOf(name!, comma.index)))) return null;
    // (The reflexive tells the subject's sex, for the reader to weigh: `reflexive`.)
    if (reflexive) {
      if (described || !acceptable(name!, tail!) || /\b(?:said|says|told|wrote|according)\b/u.test(setOff!) || !/(?:^|\s)[\p{Ll}]/u.test(setOff!) || /^(?:and|or)\s/u.test(setOff!)) return null;
      return { name: name!, role: null, reflexive: reflexive === 'himself' ? 'm' : 'f' };
    }
    // "The Harbour Club, which insures ..., said that": a body's name may open on "The"; the words set off
    // describe the body, no role of a person.
    const body = !described && /^The\s+[\p{Lu}]/u.test(name!) && /^(?:which|a|an|the)\s/u.test(setOff!);
    if (body && acceptable(name!.replace(/^The\s+/u, ''), tail!) && !/\b(?:said|says|told|wrote|according)\b/u.test(setOff!)) return { name: name!, role: null, body: true };
    // The words set off must not hold a clause of their own that could carry the quote ("..., who told X that").
    if (!acceptable(name!, tail!) || /\b(?:said|says|told|wrote|according)\b/u.test(setOff!)) return null;
    // A list of names ("Kask, Vos and Lind said") is no subject with words set off.
    if (!/(?:^|\s)[\p{Ll}]/u.test(setOff!) || /^(?:and|or)\s/u.test(setOff!) || LIST_AFTER_NAME.test(setOff!)) return null;
    return { name: name!, role: described ?? setOff! };
  }
  const described = DESCRIBED_NAME.exec(before);
  if (described) {
    const [, role, name, , tail] = described;
    return acceptable(name!, tail!) && /(?:^|\s)[\p{Ll}]/u.test(role!) ? { name: name!, role: role! } : null;
  }
  const dash = OPEN_DASH.exec(before);
  if (dash) {
    const [, name, setOff, , tail] = dash;
    if (!acceptable(name!, tail!) || /\b(?:said|says|told|wrote|according)\b/u.test(setOff!)) return null;
    return { name: name!, role: null };
  }
  return null;
}

function acceptable(name: string, tail: string): boolean {
  // A possessive or a word that opens sentences is no subject name.
  if (/['’]s?$/u.test(name) || /^(?:The|A|An|This|That|These|Those|It|There|Here|His|Her|Their|Its|Our|My|Your|We|They|He|She|I|You|When|While|If|As)$/u.test(name.split(/\s+/u)[0]!)) return false;
  // After the verb, no second clause: a relative pronoun or another verb of saying leaves it open.
  return !/\b(?:who|which|whose|whom|where|said|says|told|according)\b/u.test(tail);
}
