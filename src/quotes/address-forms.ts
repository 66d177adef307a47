/**
 * Short forms of address that stand for a full name the text gave: a knight or dame by title and first name
 * ("Sir Henry" after "Sir Henry Smith", never the other Smith), and the Russian polite form of first name and
 * patronymic ("Oleg Nikolayevich" after "Oleg Nikolayevich Kozhemyako"), or the patronymic alone ("Nikolayevich").
 * None is a person of its own.
 */
import type { NameMention } from './name-mentions.ts';

// A patronymic's endings: -ovich/-evich (sons), -ovna/-evna/-ichna (daughters), -ich ("Ilyich").
const PATRONYMIC = /(?:ovich|evich|ovna|evna|ichna|ich)$/u;

/**
 * The full name a two-word form of address (`name`) stands for: the one full name among `mentions` it fits,
 * those up to `paragraph` first, then the whole text; null when it is no such form or none or several fit.
 */
export function fullNameForAddress(name: string, mentions: readonly NameMention[], paragraph: number): string | null {
  const words = name.trim().split(/\s+/u);
  // A patronymic alone, as neighbours call an older man ("Pavlovich" after "Gennady Pavlovich Rybakov"), when no
  // one of the text bears it as a surname.
  if (words.length === 1 && PATRONYMIC.test(words[0]!) && /^[\p{Lu}]/u.test(words[0]!)) {
    const p = words[0]!.toLowerCase();
    if (mentions.some((m) => m.words[m.words.length - 1] === p)) return null;
    return onlyFit(mentions, paragraph, (m) => m.words.length >= 3 && m.words[1] === p);
  }
  if (words.length !== 2) return null;
  const [a, b] = [words[0]!.toLowerCase(), words[1]!.toLowerCase()];
  let fits: (m: NameMention) => boolean;
  if (a === 'sir' || a === 'dame') {
    fits = (m) => (m.words[0] === a && m.words[1] === b && m.words.length >= 3) || (m.role?.toLowerCase() === a && m.words[0] === b && m.words.length >= 2);
  } else if (PATRONYMIC.test(b) && /^[\p{Lu}]/u.test(words[1]!)) {
    fits = (m) => m.words.length >= 3 && m.words[0] === a && m.words[1] === b;
  } else return null;
  return onlyFit(mentions, paragraph, fits);
}

/** The one full name among `mentions` that `fits`, those up to `paragraph` first, then the whole text; else null. */
function onlyFit(mentions: readonly NameMention[], paragraph: number, fits: (m: NameMention) => boolean): string | null {
  for (const pool of [mentions.filter((m) => m.paragraph <= paragraph), mentions]) {
    const names = new Set(pool.filter(fits).map((m) => m.compact));
    if (names.size === 1) return pool.find(fits)!.name;
    if (names.size > 1) return null;
  }
  return null;
}
