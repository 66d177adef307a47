/**
 * A speaker typed with a slip in the surname ("marta kowalcyk" for Marta Kowalczyk): people type names they
 * have only heard or read once, and a given name typed right with a surname one letter off is that person when
 * no one else fits.
 */
import { editDistance } from '../text/distance.ts';

// Surnames shorter than this are too near each other ("Lind", "Lund") for one letter to be a slip.
const MIN_SURNAME = 5;

/** What the look-up needs: the people whose name holds a word, and the name a person is shown by. */
export interface NameLookup {
  personsNamed(word: string): string[];
  shownName(id: string): string | null;
}

/**
 * The one person whose given name is typed as written and whose surname is one letter off the typed one (left
 * out, put in, changed, or two swapped), or null: when the typed surname is someone's own, when it is short,
 * or when two people fit.
 */
export function misspeltSurnameOf(typed: string, people: NameLookup): string | null {
  const words = typed.trim().toLowerCase().split(/\s+/u);
  if (words.length !== 2) return null;
  const [given, surname] = words as [string, string];
  if (surname.length < MIN_SURNAME || !/^[\p{L}'’-]+$/u.test(surname) || !/^[\p{L}'’-]+$/u.test(given)) return null;
  if (people.personsNamed(surname).length) return null;
  const fits = people.personsNamed(given).filter((id) => {
    const parts = (people.shownName(id) ?? '').toLowerCase().split(/\s+/u);
    if (parts.length !== 2 || parts[0] !== given) return false;
    const own = parts[1]!;
    return own.length >= MIN_SURNAME && (editDistance(own, surname) === 1 || swappedPair(own, surname));
  });
  return fits.length === 1 ? fits[0]! : null;
}

/** Two letters next to each other swapped ("Mednes" for "Mendes"). */
function swappedPair(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, k) => c !== b[k]);
  return at >= 0 && at + 1 < a.length && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}
