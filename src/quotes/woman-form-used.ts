/**
 * A "-man" title that women hold too ("spokesman", "chairman") tells no sex in a text that never uses its "-woman"
 * form; in one that does ("a spokesman for the fire service ..., a spokeswoman for the landlord"), the writer tells
 * the sexes apart by the form, and the "-man" one is a man.
 */
import { SEXLESS_MAN_TITLES } from './gendered-nouns.ts';

/** Whether `head` is a "-man" title women hold too and `text` spells its "-woman" form ("spokeswoman") somewhere. */
export function manTitleTellsMan(head: string, text: string): boolean {
  if (!SEXLESS_MAN_TITLES.has(head)) return false;
  return new RegExp(String.raw`\b${head.slice(0, -3)}wom[ae]n\b`, 'iu').test(text);
}
