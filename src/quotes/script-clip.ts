/**
 * A broadcast script marks each recorded insert with a header line naming its kind and voice (`TYPE: CLIP -
 * NAME`, `ACTUALITY: NAME`, `PKG (Name)`, `VOX POP - SHOPPER, HIGH STREET`), then gives the insert's first and
 * last words on their own lines (`IN: "..."`, `OUT: "..."`, also `IN WORDS:`, `INQ:`), then its length
 * (`DUR: 0'14"`). The words under the header are the voice the header names: the reader's cue and back
 * announcement around it are prose again.
 */
import type { ParsedSpeaker } from './speaker-phrases.ts';
import { parseSpeakerPhrase } from './speaker-phrases.ts';
import { ordinaryCase } from './heading-speaker.ts';

// The header: an optional "TYPE:" / "INSERT:" field, the insert's kind, then the voice after a dash or colon,
// or in parentheses (a package's reporter).
const HEADER = /^\s*(?:(?:TYPE|INSERT|ITEM)\s*:\s*)?(CLIP|ACTUALITY|ACT|SOT|SOUNDBITE|SOUND ?BITE|INTERVIEW|VOX ?POPS?|VOX|PKG|PACKAGE|VOICER|WRAP)\b\s*(?:[-–—:]\s*([^\n]+?)|\(([^()\n]+)\))\s*$/u;
// The lines that quote the insert's words.
const WORDS_LINE = /^\s*(?:IN|OUT)(?:\s*WORDS|Q)?\s*:\s*["“]/u;
// Post-nominal letters after a name ("KATALIN VARGA MP"): the office, not the name.
const POST_NOMINAL = /\s+(?:MP|MEP|MSP|MS|AM|MLA|TD|QC|KC|PHD|OBE|MBE|CBE)$/u;
// A lone noun of a person: someone described, not named (a vox pop's "SHOPPER", a clip's "RESIDENT").
const PERSON_NOUN = /^(?:REPORTER|JOURNALIST|CORRESPONDENT|RESIDENT|WOMAN|MAN|PROTESTER|OFFICIAL|SOLDIER|VOLUNTEER|WORKER|STUDENT|SHOPPER|CUSTOMER|TRADER|DRIVER|FARMER|FISHERMAN|PARENT|TEACHER|NURSE|DOCTOR|COMMUTER|PENSIONER|VOTER|LOCAL|SPOKESMAN|SPOKESWOMAN|SPOKESPERSON|TOURIST|VISITOR|PASSER-BY|ANALYST|OWNER)$/u;

/** The voice an insert's header names: its speaker and the office the header gives, or null when the paragraph is no such header. */
export function clipHeader(text: string): { speaker: ParsedSpeaker; role: string | null } | null {
  const m = HEADER.exec(text);
  if (!m) return null;
  const kind = m[1]!;
  // The voice, its notes in parentheses ("(interpreter's voice)", "(2)") dropped.
  const voice = (m[2] ?? m[3]!).replace(/\([^()\n]*\)/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (!voice || /["“”«»]/u.test(voice)) return null;
  // In the dash form the voice is in capitals; a package's reporter in parentheses may be in either case.
  if (m[2] !== undefined && /[\p{Ll}]/u.test(voice)) return null;
  const parts = voice.split(/\s*,\s*/u).filter(Boolean);
  const first = parts[0]!.toUpperCase();
  // A vox pop is a passer-by by definition; a lone person noun in any insert is someone described.
  if (PERSON_NOUN.test(first) || (/^VOX/u.test(kind) && !/\s/u.test(first))) {
    const noun = first.toLowerCase();
    return { speaker: { type: 'description', text: `a ${noun}`, head: noun, definite: false, plural: false, kind: 'unnamed' }, role: null };
  }
  if (parts.length > 2) return null;
  const bare = parts[0]!.replace(POST_NOMINAL, '');
  const role = parts[1] ? parts[1].toLowerCase() : null;
  const cased = bare.split(/\s+/u).map((w, i) => ordinaryCase(w, i === 0)).join(' ');
  const parsed = parseSpeakerPhrase(cased);
  if (!parsed || parsed.type !== 'name' || parsed.kind !== 'person') return null;
  return { speaker: parsed, role };
}

/** Whether the paragraph quotes an insert's first or last words (`IN: "..."`, `OUT: "..."`). */
export function isClipWords(text: string): boolean {
  return WORDS_LINE.test(text);
}
