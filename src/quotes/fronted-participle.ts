/**
 * A quote inside a fronted participle clause of saying belongs to the main clause's subject, who does the
 * noting: in `Noting that the army would win a victory in the "holy fight" for the homeland, he said ...` and
 * `Stressing the "deep bond" between the towns, Jane Roe thanked the hosts.` the words are the subject's
 * after the clause's comma. Not when the clause itself reports someone else's words (`Noting that Roe had
 * called it "a farce," Lind said ...`): a reporting verb or another quote inside it, and it credits no one.
 */
import { SPEECH_VERB } from './attribution.ts';
import { parseSubjectPhrase } from './speaker-phrases.ts';

// Participles of saying that open a sentence as its fronted clause.
const OPENER =
  /^\s*(?:Noting|Stressing|Saying|Adding|Warning|Insisting|Recalling|Declaring|Calling|Describing|Emphasi[sz]ing|Underlining|Underscoring|Arguing|Claiming|Reiterating|Pointing\s+out|Expressing|Affirming|Asserting|Remarking|Observing|Acknowledging|Admitting|Praising|Hailing|Denouncing|Condemning|Critici[sz]ing|Vowing|Pledging|Promising)\s+/u;
// The main clause after the comma that closes the fronted one: a pronoun or a capitalised name of up to four
// words, then a lowercase verb.
const MAIN = /^[^,;:.!?"“”]*?,\s+((?:he|she|they|it|He|She|They|It)|(?:[\p{Lu}][\p{L}'’.-]*)(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+(?:also\s+|then\s+|later\s+)?[\p{Ll}]+\b/u;

/**
 * For a quote whose sentence opens with a participle of saying (`before`: the sentence up to the quote's mark,
 * quotes masked; `after`: the sentence after the quote's closing mark): the subject of the main clause the
 * fronted clause opens onto, or null.
 */
export function frontedParticipleSubject(before: string, after: string): string | null {
  const open = OPENER.exec(before);
  if (!open) return null;
  const clause = before.slice(open[0].length);
  // Still open at the quote: no stop, colon or comma before it, no other quote, no one reported saying it.
  if (/[,;:.!?"“”]/u.test(clause.replace(/["“‘']\s*$/u, ''))) return null;
  SPEECH_VERB.lastIndex = 0;
  if (SPEECH_VERB.test(clause)) return null;
  const m = MAIN.exec(after);
  return m ? m[1]! : null;
}

// The reported speaker inside such a clause: "that Jane Roe had called the plan", "that Roe once described it as".
const REPORTED = /^that\s+((?:[\p{Lu}][\p{L}'’.-]*)(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+(?:(?:had|has|have|once|also|publicly|herself|himself)\s+)*([\p{Ll}]+)\b/u;

/**
 * `Noting that Jane Roe had called the plan "a farce," Lind said ...`: the fronted clause of saying reports
 * another's words, and the quote, closed by the clause's comma, is that one's; not the main clause's subject's.
 * The name the clause reports (a person's), or null when the quote stands in no such clause.
 */
export function frontedParticipleReported(before: string, after: string, inner: string): string | null {
  const open = OPENER.exec(before);
  if (!open) return null;
  const clause = before.slice(open[0].length);
  if (/[,;:.!?"“”]/u.test(clause.replace(/["“‘']\s*$/u, ''))) return null;
  if (inner !== ',' && !/^\s*,/u.test(after)) return null;
  const m = REPORTED.exec(clause);
  if (!m) return null;
  SPEECH_VERB.lastIndex = 0;
  if (!SPEECH_VERB.test(m[2]!) && !/^(?:called|described|dubbed|termed|labell?ed|branded)$/u.test(m[2]!)) return null;
  const named = parseSubjectPhrase(m[1]!);
  return named?.type === 'name' && named.kind === 'person' ? m[1]! : null;
}
