/**
 * A run of capitalised words joined by an ampersand is one firm's name: "AT&T", "S&P Global", "Procter & Gamble",
 * "Kessler & Moore". No person's name holds "&"; two people joined so ("Mara Olsen & Piet Vos") are left unread.
 */
import { isKnownFirstName } from './first-names.ts';
import type { ParsedSpeaker } from './speaker-phrases.ts';

const WORD = String.raw`[\p{Lu}][\p{L}\p{N}.'’-]*`;
// Letters close up round the ampersand ("AT&T", "P&I"), or words spaced round it ("Procter & Gamble"), then up to
// three more capitalised words ("S&P Global", "Kessler & Moore Partners").
const FIRM = new RegExp(String.raw`^(?:${WORD}&${WORD}|(?:${WORD}\s+){0,2}${WORD}\s+&\s+${WORD})(?:\s+${WORD}){0,3}$`, 'u');

/** The organisation `phrase` names when it is a capitalised name joined by "&", or null. */
export function ampersandFirm(phrase: string): ParsedSpeaker | null {
  const name = phrase.trim().replace(/[\s,.;:]+$/u, '');
  if (!name.includes('&') || !FIRM.test(name)) return null;
  // (Two people: a side of two words or more opening on a given name.)
  if (name.split(/\s+&\s+/u).some((side) => /\s/u.test(side) && isKnownFirstName(side.split(/\s+/u)[0]!.toLowerCase()))) return null;
  return { type: 'name', name, role: null, kind: 'organisation' };
}
