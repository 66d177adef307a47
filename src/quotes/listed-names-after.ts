/**
 * `"...," wrote the economists NAME1, NAME2 and NAME3.`: the words set off after a name may be more names, the rest
 * of a list the first opens, not a role of the first. The credit then names several people at once, and the first
 * alone is not the speaker.
 */
import { isKnownFirstName } from './first-names.ts';

// A person's name in a list: a given name the lists know, then one or two capitalised words (no acronym: "Spencer CEO").
const LISTED_NAME = /^[\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+){1,2}$/u;

/**
 * Whether `words`, set off after a name, are only further people's names closed by "and" ("NAME2 and NAME3",
 * "NAME2, NAME3 and NAME4"), each opening with a given name the lists know.
 */
export function namesListedAfter(words: string): boolean {
  const m = /^(.+?)\s+and\s+([^,]+?)\.?$/u.exec(words.trim().replace(/,$/u, ''));
  if (!m) return false;
  const names = [...m[1]!.split(/\s*,\s*/u), m[2]!];
  return names.every(listedPersonName);
}

/**
 * Whether `name` is a person's name as a list gives it: a given name the lists know and one or two capitalised words.
 * (So the list opens on a name, "the economists NAME1, NAME2 and NAME3"; a description before names set off, "two
 * observers, NAME1 and NAME2", "the presidents of X and Y, NAME1 and NAME2", has them as its own names.)
 */
export function listedPersonName(name: string): boolean {
  return LISTED_NAME.test(name.trim()) && isKnownFirstName(name.trim().split(/\s+/u)[0]!);
}
