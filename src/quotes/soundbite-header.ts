/**
 * A video agency's shotlist credits a sound bite on the line above it, in capitals: `(SOUNDBITE) (Russian)
 * RUSSIAN PRESIDENT, VLADIMIR PUTIN, SAYING:`, `PESKOV SAYING:`, `REPORTER ASKING:`, `SEOUL RESIDENT, PARK
 * JI-HOON, 41, OFFICE WORKER, SAYING:`, then the quotation opening the next line. The words in the header are
 * a title, a name, an age and an occupation, never a sentence: read as such, not as prose (where "HELP NORTH
 * KOREA BUILD" would offer a name).
 */
import type { ParsedSpeaker } from './speaker-phrases.ts';
import { parseSpeakerPhrase } from './speaker-phrases.ts';
import { ordinaryCase } from './heading-speaker.ts';

// The header's last word: the participle of speech that hands over to the quotation, then the colon.
const HEADER_END = /(?:^|[\s,])(?:SAYING|ANSWERING|ASKING|ADDING|SAYS|ASKS|ANSWERS)\s*(?:\([^()\n]*\)\s*)?:\s*$/u;
// A lone noun of a person ("REPORTER ASKING:"): someone described, not named.
const PERSON_NOUN = /^(?:REPORTER|JOURNALIST|CORRESPONDENT|RESIDENT|WOMAN|MAN|PROTESTER|OFFICIAL|SOLDIER|VOLUNTEER|WORKER|STUDENT|INTERPRETER|TRANSLATOR|SPOKESMAN|SPOKESWOMAN|SPOKESPERSON|TOURIST|VISITOR|PASSER-BY|ANALYST)$/u;

/** The header's speaker and the title it gives, when the quotation opening at `open` stands under such a header. */
export function soundbiteSpeaker(text: string, open: number): { speaker: ParsedSpeaker; role: string | null } | null {
  const before = text.slice(Math.max(0, open - 240), open).trimEnd();
  if (!HEADER_END.test(before)) return null;
  // The header runs from the shot's number, the line's start or the quotation before it (a question, then
  // "NAME ANSWERING:") to the colon.
  let from = 0;
  for (const m of before.matchAll(/(?:^|\s)\d{1,3}\.\s|\n|["”]/gu)) from = m.index + m[0].length;
  const header = before.slice(from);
  // Outside its parentheses ("(Russian)", "(via interpreter)") the header is all capitals.
  const bare = header.replace(/\([^()\n]*\)/gu, ' ').replace(HEADER_END, '').replace(/^\s*\d+\s*[.)]\s*/u, '').trim();
  if (!bare || /[\p{Ll}"“”«»]/u.test(bare)) return null;
  // What the speaker is doing ("ANSWERING REPORTER'S QUESTION WHETHER ..."), an age, a trailing occupation go.
  const parts = bare.split(/\s*,\s*/u).filter((s) => s && !/^\d{1,3}$/u.test(s));
  const cut = parts.findIndex((s) => /^[\p{Lu}]+ING\b/u.test(s) && !/^(?:KING|STING|JING)\b/u.test(s));
  const who = cut >= 0 ? parts.slice(0, cut) : parts;
  if (who.length === 0 || who.length > 4) return null;
  const cased = (s: string): string => s.split(/\s+/u).map((w, i) => ordinaryCase(w, i === 0)).join(' ');
  if (who.length === 1 && PERSON_NOUN.test(who[0]!)) {
    const noun = who[0]!.toLowerCase();
    return { speaker: { type: 'description', text: `a ${noun}`, head: noun, definite: false, plural: false, kind: 'unnamed' }, role: null };
  }
  // "TITLE, NAME[, OCCUPATION]" or "NAME": the name is the second part after a title, or the only one.
  const name = who.length >= 2 ? who[1]! : who[0]!;
  const role = who.length >= 2 ? who[0]!.toLowerCase() : null;
  const parsed = parseSpeakerPhrase(cased(name));
  if (!parsed || parsed.type === 'pronoun') return null;
  if (parsed.type === 'description') return null;
  return { speaker: { ...parsed, kind: 'person' }, role };
}
