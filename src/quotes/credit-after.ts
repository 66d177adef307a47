/**
 * A credit after a quote whose speaker the grammar could not read for the words set off around the name:
 * `"...," said master of ceremonies Jane Roe, a teacher who moved here decades ago.`, `"...," said his best
 * friend at college, John Roe, who ...`, `"...," the mayor's chief of staff, Jane Roe, told reporters.` and
 * `"...," delegate John Roe, wearing a "Vote Kask" pin, said.` The name (a person's, of two words or more) is
 * the speaker; the words around it are the role. A person described is, too, when a clause of his own sets him
 * off from the verb: `"...," the official, who spoke on condition of anonymity, told reporters.`
 */
import { parseSpeakerPhrase } from './speaker-phrases.ts';
import { namesListedAfter } from './listed-names-after.ts';

const NAME = String.raw`(?:[\p{Lu}][\p{L}'’-]*\.?|[\p{Lu}]\.)(?:\s+(?:[\p{Lu}]\.|[\p{Lu}][\p{L}'’-]*\.?)){1,3}`;
const VERBS = String.raw`(?:said|says|added|adds|told|tells|wrote|writes|explained|recalled|noted|argued|insisted|continued)`;
/** `said <lowercase role words> Name` or `said <description>, Name`, then a comma, a stop or the end. */
const INVERTED = new RegExp(String.raw`^\s*${VERBS}\s+(?:(?:[\p{Ll}][\p{L}'’-]*|of|at)\s+){1,5}?(${NAME})(?=\s*(?:,|\.?$))|^\s*${VERBS}\s+((?:the|a|an|his|her|their|its)\s+[^,;:_]{2,60}),\s+(${NAME})(?=\s*(?:,|\.?$))`, 'u');
/** `Name, <words set off>, said` or `<description>, Name, told`: the verb after the second comma. */
const SET_OFF = new RegExp(String.raw`^\s*(?:([^,;:]{2,60}),\s+|((?:[\p{Lu}][\p{L}'’.-]*\s+)?(?:[\p{Ll}][\p{L}'’-]*\s+){1,3}))?(${NAME}),\s+(?:[^;:]{2,160}?,\s+)?${VERBS}\b`, 'u');

/** `the official, who spoke on condition of anonymity, told`: a description set off from its verb by a clause of its own. */
const DESCRIBED_SET_OFF = new RegExp(String.raw`^\s*((?:the|a|an|one)\s+[^,;:_"“”]{2,50}),\s+(?:who|speaking|requesting|asking|declining)\b[^;:_]{2,120}?,\s+${VERBS}\b`, 'u');

/**
 * The speaker's name and role in the credit `after` (the quote's sentence after its closing mark, quotes
 * masked), or null when it holds no such credit.
 */
export function creditAfterQuote(after: string): { name: string; role: string | null } | null {
  const rest = after.replace(/^\s*[,—–-]\s*/u, ' ');
  const inverted = INVERTED.exec(rest);
  if (inverted) {
    const name = inverted[1] ?? inverted[3]!;
    // ("wrote the economists NAME1, NAME2 and NAME3": the name opens a list of people, `listed-names-after.ts`.)
    const setOff = /^\s*,\s*([^;:_]+?)\s*\.?\s*$/u.exec(rest.slice(inverted.index + inverted[0].length));
    if (setOff && namesListedAfter(setOff[1]!)) return null;
    return person(name) ? { name, role: inverted[2] ?? null } : null;
  }
  const described = DESCRIBED_SET_OFF.exec(rest);
  if (described) {
    const parsed = parseSpeakerPhrase(described[1]!);
    return parsed?.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural ? { name: described[1]!, role: null } : null;
  }
  const set = SET_OFF.exec(rest);
  if (!set) return null;
  // The description before the name holds a lowercase word (a role), so that "Kask, Vos and ..." is no credit.
  if (set[1] && !/(?:^|\s)[\p{Ll}]/u.test(set[1])) return null;
  // A source close to someone is unnamed by its nature: in "a source close to the governor, NAME," the name set off
  // after the description is the governor's, not the source's.
  // The source speaks, as described: `"...," a source close to the mayor, NAME, said.`
  if (set[1] && ANONYMOUS_SOURCE.test(set[1])) {
    const source = parseSpeakerPhrase(set[1]);
    return source?.type === 'description' && source.kind === 'unnamed' && !source.plural && person(set[3]!) ? { name: set[1], role: null } : null;
  }
  const role = set[1] ?? set[2]?.trim() ?? null;
  return person(set[3]!) ? { name: set[3]!, role } : null;
}

const ANONYMOUS_SOURCE = /(?:^|\s)(?:sources?|insiders?|persons?|people)\s+(?:[\p{Ll}]+\s+)?(?:close\s+to|familiar\s+with|near\s+to|near|inside|within|around)\s/u;

/** Whether `description` is a source unnamed by its nature ("a source close to the governor", "people familiar with"). */
export function anonymousSource(description: string): boolean {
  return ANONYMOUS_SOURCE.test(description);
}

function person(name: string): boolean {
  const parsed = parseSpeakerPhrase(name);
  return parsed?.type === 'name' && parsed.kind === 'person' && /\s/u.test(parsed.name);
}
