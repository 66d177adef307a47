/**
 * One of a group described and then named by a first name and where they live, as newsletters and phone-ins
 * bring in readers and callers: `Another reader, Tom in Leeds, asked: "..."`, `One caller, Ahmed from
 * Leicester, said: "..."`. The first name is the speaker; the place after it is no part of the name.
 */
import { isKnownFirstName } from './first-names.ts';

// ", <Firstname> in|from <Place>[, <Region>]," right after the description: the place is one to three capitalised words.
const PLACED = /^\s*,\s+([\p{Lu}][\p{Ll}]+(?:-[\p{Ll}]+)?)\s+(?:in|from|of)\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}(?:,\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})?\s*,/u;

/**
 * The first name set beside the description of one person `phrase` at `at` in the sentence `text`, when it
 * reads "<description>, <first name> in|from <place>,"; else null. The name must be a known first name, so that
 * a surname or a body ("Another firm, Acme in Leeds,") is never read as one.
 */
export function placedFirstName(text: string, at: number, phrase: string): string | null {
  const m = PLACED.exec(text.slice(at + phrase.length, at + phrase.length + 90));
  const name = m?.[1];
  return name && isKnownFirstName(name) ? name : null;
}
