/**
 * A quote inside a fronted clause of time or cause belongs to that clause, not to the main clause after its
 * comma: in `After Jane Roe said pupils might fare better at "smaller village schools," John Roe said: ...` and
 * `When Jane Roe called the plan "a disaster," John Roe laughed.` the words are Jane Roe's. The comma after
 * the quote closes the clause; it credits nothing.
 */
import { FRONTED_CONJUNCTION } from './fronted-subject.ts';
import { CUE_FORMS } from './tagged-sentence.ts';

const NAME = String.raw`(?:[\p{Lu}][\p{L}'’-]*\.?|[\p{Lu}]\.)(?:\s+(?:[\p{Lu}]\.|[\p{Lu}][\p{L}'’-]*\.?)){0,3}`;
// (The conjunctions `fronted-subject.ts` reads.)
const OPENER = new RegExp(String.raw`^\s*(?:But\s+|And\s+)?${FRONTED_CONJUNCTION}\s+`, 'u');
// A reporting verb at the clause's end, with at most a listener ("reporters", "us") and two short phrases of place
// or medium ("on screen", "at the gate", "on state television") after it, then the comma or colon.
const SPOKEN = /^(\S.*?\s)([\p{Ll}]+)(?:\s+(?:reporters|journalists|viewers|listeners|us|me|him|her|them))?(?:\s+(?:on|in|at|from|over|during|to)\s+(?:(?:the|a|an|his|her|their|its|state|national)\s+)?[\p{Ll}-]+){0,2}\s*[,:]\s*$/u;
const BARE_SPOKEN = /^(\S.*\s)([\p{Ll}]+)\s*[,:]\s*$/u;
const SUBJECT = new RegExp(String.raw`^(${NAME})\s+(?:(?:also|then|once|later|had|has|have|was|had\s+been)\s+)?(?!(?:of|and|or|in|on|at|to|for|with|from|by)\b)[\p{Ll}]+\b`, 'u');

/**
 * For a quote whose sentence opens with a clause of time or cause still open at the quote (`before`: the
 * sentence up to the opening mark, quotes masked) and closed by a comma right after it (`after`, with the
 * quote's own last mark `inner`): `{ subject }`, the name opening the clause as its subject (null when it
 * opens with none), and for a clause opening mid-sentence `from`, where in `before` the comma before its
 * conjunction stands. Null when the quote stands in no such clause.
 */
export function frontedClause(before: string, after: string, inner: string): { subject: string | null; from?: number } | null {
  const open = OPENER.exec(before);
  if (!open) return midClause(before, after, inner);
  const clause = before.slice(open[0].length);
  // The clause is still open at the quote (no comma, colon or stop closes it before; `When someone in the
  // crowd shouted, "..."`: the comma after its own subject's reporting verb opens the quote) ...
  // (The verb may take a short phrase of place or medium or its listeners before that comma: `When Jane Roe
  // said on television, "..."`, `As he told reporters at the gate, "..."`.)
  // (Not a noun after a possessive, which no verb follows: in `After Dahl's remarks, "...," Moen said` the
  // clause has no verb of speaking, and the comma after "remarks" closes it before the quote.)
  const spoken = [SPOKEN.exec(clause), BARE_SPOKEN.exec(clause)].find((m) => m && CUE_FORMS.has(m[2]!) && !/['’]s\s+$/u.test(m[1]!)) ?? null;
  const body = spoken && CUE_FORMS.has(spoken[2]!) && /[\p{L}]/u.test(spoken[1]!) ? spoken[1]! + spoken[2]! : clause;
  if (/[,;:.!?]/u.test(body)) return null;
  // ... and a comma closes it right after the quote.
  if (inner !== ',' && !/^\s*,/u.test(after)) return null;
  const m = SUBJECT.exec(clause);
  if (!m || /^(?:The|A|An|This|That|It|There|He|She|They|We|I|You)$/u.test(m[1]!.split(/\s+/u)[0]!)) return { subject: null };
  return { subject: m[1]! };
}

/** A clause of time or cause opening after a comma and a conjunction: ", and as Jane Roe went on about". */
const MID_OPENER = /[,;]\s+(?:and\s+|but\s+)?(?:as|when|while|after|before|because|although|though|since|until|once|whenever)\s+/gu;
/** Further quotes the clause lists after this one: `and "...," ` (quotes masked), then the comma closing it. */
const LISTED_QUOTES = /^(?:\s*,?\s*(?:and|or)\s+["“‘'][^"“”‘’']*["”’'])*/u;

/** Whether a comma closes the clause right after this quote or after the further quotes it lists (inside the last one's marks or after them). */
function closedAfterList(after: string): boolean {
  const list = LISTED_QUOTES.exec(after)![0];
  return /^\s*,/u.test(after.slice(list.length)) || (list.length > 0 && /,\s*["”’']$/u.test(list));
}

/**
 * The same clause opening mid-sentence (`"You winning?" she said, and as Jane Roe went on about "...," and
 * "...," John Roe said yes`): only a name as its subject is read, and the clause may list further quotes
 * before the comma that closes it.
 */
function midClause(before: string, after: string, inner: string): { subject: string | null; from: number } | null {
  let open: RegExpExecArray | null = null;
  MID_OPENER.lastIndex = 0;
  for (let m = MID_OPENER.exec(before); m; m = MID_OPENER.exec(before)) open = m;
  if (!open) return null;
  const clause = before.slice(open.index + open[0].length);
  if (/[,;:.!?]/u.test(clause.replace(/["“][^"“”]*["”]/gu, '_'))) return null;
  if (inner !== ',' && !closedAfterList(after)) return null;
  const m = SUBJECT.exec(clause);
  if (!m || /^(?:The|A|An|This|That|It|There|He|She|They|We|I|You)$/u.test(m[1]!.split(/\s+/u)[0]!)) return null;
  return { subject: m[1]!, from: open.index };
}
