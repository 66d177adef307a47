/**
 * The body a definite description ties its one person to by a common noun, "the regulator's spokesperson" or "the
 * spokesperson for the regulator", and whether the text gave another of that role to that body: then one lately seen
 * of that role for some other body ("a spokesperson for Kerrin Water") is not who the description means.
 */
import { escapeRegExp } from '../text/regexp.ts';

const POSSESSED = /^the\s+([\p{Ll}]+)['’]s\s+([\p{Ll}-]+)$/u;
const FOR_BODY = /^the\s+([\p{Ll}-]+)\s+(?:for|of)\s+the\s+([\p{Ll}]+)$/u;

/** "the regulator's spokesperson" / "the spokesperson for the regulator" → the owner noun ("regulator"), with `head`; else null. */
export function descriptionOwner(text: string, head: string): string | null {
  const t = text.trim();
  const p = POSSESSED.exec(t);
  if (p && p[2] === head) return p[1]!;
  const f = FOR_BODY.exec(t);
  if (f && f[1] === head) return f[2]!;
  return null;
}

/**
 * Whether `text` (the document read so far) gives a person of role `head` to the body `owner` twice or more, in either
 * form ("a spokesperson for the regulator", "the regulator's spokesperson"): once is the description itself; a second
 * is someone the text brought in for that body, whom the description may mean rather than one tied to another body.
 */
export function ownerHeldTwice(text: string, head: string, owner: string): boolean {
  const h = escapeRegExp(head);
  const o = escapeRegExp(owner);
  const forms = new RegExp(String.raw`\b${h}\s+(?:for|of)\s+the\s+${o}\b|\b${o}['’]s\s+${h}\b`, 'giu');
  return (text.match(forms) ?? []).length >= 2;
}
