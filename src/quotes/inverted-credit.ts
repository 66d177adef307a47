/**
 * Inverted credits after a quote in the orders translations from French and other languages write: a short
 * phrase of place, time or manner between the verb and its subject (`"...", thundered in Lyon the union's
 * leader, Marc Dupuis`, `"...," sums up for her part Jane Roe, a researcher`), and a description of one person
 * with "of" in it and the name set off after it (`"...," said the head of the transport union, Marc Dupuis,
 * for whom ...`).
 */
import type { Phrase } from './grammar-phrases.ts';
import type { Token } from './tagged-sentence.ts';

const ADJUNCT_PREPOSITION = /^(?:in|at|on|for|from|during)$/iu;
const POSSESSIVE = /^(?:his|her|its|their)$/iu;

/**
 * Where the subject starts after an inverted verb ending at `k`: past a phrase of place, time or manner
 * ("in Washington", "on Tuesday", "for her part", "in his turn") when a subject follows it; else `k`.
 */
export function subjectAfterAdjunct(tokens: readonly Token[], k: number): number {
  const p = tokens[k];
  if (!p || p.pos !== 'ADP' || !ADJUNCT_PREPOSITION.test(p.text)) return k;
  let e = k + 1;
  if (tokens[e] && POSSESSIVE.test(tokens[e]!.text) && tokens[e + 1]?.pos === 'NOUN' && /^[\p{Ll}]/u.test(tokens[e + 1]!.text)) {
    e += 2;
  } else {
    // A place or a day: capitalised words only, up to three ("in New York", "on Tuesday").
    while (e < tokens.length && e < k + 4 && tokens[e]!.pos === 'PROPN' && tokens[e]!.quote < 0) e++;
    if (e === k + 1) return k;
  }
  const next = tokens[e];
  // The subject must open at once: an article or a capitalised name, never punctuation or a verb.
  if (!next || next.quote >= 0 || !(next.pos === 'DET' || (next.pos === 'PROPN' && /^[\p{Lu}]/u.test(next.text)))) return k;
  // A place run straight into a name is one phrase ("in Lyon Marc Dupuis"): not split here.
  if (next.pos === 'PROPN' && tokens[e - 1]!.pos === 'PROPN') return k;
  return e;
}

/**
 * The name set off after a description of one person that opens at `s` (`the spokesman of the National
 * Security Council, John Kirby`), when only the sentence's end, a relative clause or a role follows the name:
 * the name as the phrase, the description as its appositive; or null.
 */
export function describedThenName(tokens: readonly Token[], s: number): Phrase | null {
  if (!/^(?:the|a|an)$/iu.test(tokens[s]?.text ?? '')) return null;
  let e = s + 1;
  let head = -1;
  while (e < tokens.length && tokens[e]!.quote < 0) {
    const t = tokens[e]!;
    if (/^(?:NOUN|ADJ|PROPN|NUM)$/u.test(t.pos) || (t.pos === 'PART' && /^['’]s$/u.test(t.text))) {
      if (t.pos === 'NOUN' && head < 0 && /^[\p{Ll}]/u.test(t.text)) head = e;
      e++;
    } else if (head >= 0 && t.text === 'at' && /^(?:the|that)$/iu.test(tokens[e + 1]?.text ?? '') && tokens[e + 2]?.text === 'time' && tokens[e + 3]?.text === ',') {
      // When the description held: "the American ambassador at the time, Jane Roe".
      e += 3;
      break;
    } else if (t.text === 'of' && e > s + 1) {
      // The complement of the head: "of the National Security Council", "of the transport union".
      if (head < 0) return null;
      e++;
      if (/^(?:the|a|an)$/iu.test(tokens[e]?.text ?? '')) e++;
    } else break;
  }
  // The head noun is the first lowercase noun before any "of", and the description ends on a comma.
  if (head < 0 || tokens[e]?.text !== ',' || !/^(?:NOUN|PROPN)$/u.test(tokens[e - 1]!.pos)) return null;
  const a = e + 1;
  let n = a;
  while (n < tokens.length && tokens[n]!.quote < 0 && (tokens[n]!.pos === 'PROPN' || (tokens[n]!.text === '-' && tokens[n - 1]!.end === tokens[n]!.start)) && /^[\p{Lu}-]/u.test(tokens[n]!.text)) n++;
  // A full name: two capitalised words at least ("Marc Dupuis"), so that a place after a comma is not taken.
  if (n - a < 2) return null;
  const stop = tokens[n];
  if (stop && !/^[.;!?]$/u.test(stop.text)) {
    if (stop.text !== ',') return null;
    const next = tokens[n + 1];
    const relative = next && (/^(?:who|whom|whose|which)$/iu.test(next.text) || (next.pos === 'ADP' && /^(?:whom|which)$/iu.test(tokens[n + 2]?.text ?? '')));
    const role = next && (next.pos === 'DET' || (next.pos === 'NOUN' && /^[\p{Ll}]/u.test(next.text)));
    if (!relative && !role) return null;
  }
  return { start: a, end: n, appositive: [s, e] };
}
