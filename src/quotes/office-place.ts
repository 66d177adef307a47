/**
 * The country named right before an office ("Democratic People's Republic of Korea (DPRK) Chairman of the
 * State Affairs Commission Kim Jong Un"): part of the person's role, so "the North Korean leader" fits him.
 */
import { isKindOf } from '../text/wordnet.ts';

// Capitalised words joined by "of" or "the", perhaps with its acronym in brackets, ending just before `at`.
const PLACE_RUN = /((?:[\p{Lu}][\p{L}'’.-]*\s+(?:(?:of|the)\s+)*)*[\p{Lu}][\p{L}'’.-]*)\s+(\([\p{Lu}.]{2,8}\)\s+)?$/u;

/**
 * The place run ending right before `at` in `text` when WordNet files it (or its last one to five words) as a
 * country or a state, with its bracketed acronym, else null: "Monday Chairman of ..." or "Putin and Chairman"
 * gives none.
 */
export function countryBefore(text: string, at: number): string | null {
  const m = PLACE_RUN.exec(text.slice(Math.max(0, at - 80), at));
  if (!m) return null;
  const words = m[1]!.split(/\s+/u);
  // The longest tail of the run that is a country ("Talks with Democratic People's Republic of Korea").
  for (let k = Math.max(0, words.length - 8); k < words.length; k++) {
    if (/^(?:of|the)$/u.test(words[k]!)) continue;
    const run = words.slice(k).join(' ');
    if (isKindOf(run, 'country', 3) || isKindOf(run, 'state', 2)) return `${run}${m[2] ? ` ${m[2].trim()}` : ''}`;
  }
  return null;
}
