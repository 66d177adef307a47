/**
 * A person's name at the end of a run of capitalised words that the reading took whole: an office's last words
 * or a body's name run straight into the name when no comma sets them apart ("Deputy Minister for the Far East and
 * the Arctic Gennady Borisovich Roe" read as "Arctic Gennady Borisovich Roe"; "Former ambassador to the Republic of
 * Korea Shri Ravi Roe" read as a body "the Republic of Korea Shri Ravi Roe"). Two marks say where the name opens:
 * a patronymic, which has exactly one given name before it, and an honorific that is never a given name ("Shri",
 * "Smt.", "Mr", "Dr"), which opens the name after it.
 */
import { hasPatronymic } from './address-forms.ts';
import { classifyProperName } from './names.ts';

// Honorifics of courtesy and of India's press, which stand before a name and are never one.
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof|Shri|Smt|Shrimati)\.?$/u;
const CAPITALISED = /^[\p{Lu}][\p{L}'’-]*$/u;

/**
 * The person's name (and the honorific as the role) that ends `name`, a run read as one name, when the run holds
 * more words than the name: the last three when they are given name, patronymic and surname, or the two or three
 * capitalised words after an honorific inside the run; null when the run is the name itself.
 */
export function nameEndingRun(name: string): { name: string; role: string | null } | null {
  const words = name.trim().split(/\s+/u);
  if (words.length >= 4 && hasPatronymic(words.slice(-3).join(' '))) return { name: words.slice(-3).join(' '), role: null };
  for (let i = words.length - 3; i >= 1 && i >= words.length - 4; i--) {
    if (!HONORIFIC.test(words[i]!)) continue;
    const rest = words.slice(i + 1);
    // (The name is a person's of its own: no possessive, no body's word, "Dr Roe's Clinic", "Shri Ram College".)
    if (!rest.every((w) => CAPITALISED.test(w) && !/['’]s?$/u.test(w)) || classifyProperName(rest.join(' ')) !== 'person') return null;
    return { name: rest.join(' '), role: words[i]! };
  }
  return null;
}
