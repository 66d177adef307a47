/**
 * A claim naming the country or body a speaker speaks for where the quote says "we", "us" or "our" ("Kain said
 * Velmora will always stand with Tarn" for Velmora's prime minister saying "We will always stand with Tarn"):
 * the claim says whom the speaker's "we" is, as the article itself does when it introduces the speaker.
 */
import { isLemma } from '../text/wordnet.ts';
import type { WordDifference } from '../types.ts';

const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours']);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A word of a title: lower case, a noun or an adjective ("prime", "minister", "foreign"), never a verb's past ("met"). */
const titleWord = (w: string): boolean => w === w.toLowerCase() && (isLemma(w, 'noun') || isLemma(w, 'adj'));

/**
 * Whether the difference is the claim's name (a possessive for "our") for the quote's first-person plural, and
 * the document before the quote (`before`) gives the speaker (`speaker`, their shown name) as that body's:
 * "Velmora's prime minister Ostra Kain", or "Ostra Kain, the prime minister of Velmora".
 */
export function namesSpeakersBody(d: WordDifference, textBefore: string | (() => string), speaker: string | null): boolean {
  if (!speaker || (d.kind !== 'word' && d.kind !== 'name')) return false;
  const pronoun = d.quote.trim().toLowerCase();
  if (!FIRST_PLURAL.has(pronoun)) return false;
  let body = d.claim.trim().replace(/\s+/gu, ' ');
  if (pronoun === 'our' || pronoun === 'ours') {
    const possessive = /^(.+?)(?:['’]s?|s['’])$/u.exec(body);
    if (!possessive) return false;
    body = possessive[1]!;
  }
  const words = body.split(' ');
  if (words.length > 4 || !words.every((w) => /^[\p{L}-]+$/u.test(w))) return false;
  const names = speaker.split(/\s+/u).filter((w) => /^[\p{Lu}]/u.test(w));
  if (!names.length) return false;
  // (The document's text before the quote is read only now: gathering it for every word that differs made
  // who-said ten times slower at 10,000 articles.)
  const before = typeof textBefore === 'string' ? textBefore : textBefore();
  const name = `(?:${names.map(escape).join('|')})`;
  const bodyAt = `(?<![\\p{L}])${words.map(escape).join('\\s+')}`;
  // "Velmora's prime minister Ostra Kain": the body's possessive, a title of up to three words, the speaker.
  for (const m of before.matchAll(new RegExp(`${bodyAt}['’]s\\s+((?:[\\p{Ll}-]+\\s+){1,3}?)${name}(?![\\p{L}])`, 'giu'))) {
    if (m[1]!.trim().split(/\s+/u).every(titleWord)) return true;
  }
  // "Ostra Kain, the prime minister of Velmora": the speaker, then their title of the body.
  for (const m of before.matchAll(new RegExp(`${name},\\s+(?:the\\s+)?((?:[\\p{Ll}-]+\\s+){1,3}?)of\\s+(?:the\\s+)?${bodyAt}(?![\\p{L}])`, 'giu'))) {
    if (m[1]!.trim().split(/\s+/u).every(titleWord)) return true;
  }
  return false;
}
