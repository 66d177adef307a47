/**
 * "When a reporter asked Putin whether ..., he said: '...'": the one asked answers. In the quote's own
 * sentence, the person named as the object of an active "asked" before the quote, whose asker is no one
 * named, is who the pronoun after them means.
 */
import { PASSIVE_AUX } from './asked-by.ts';
import type { SentencesRead } from './sentences-read.ts';

// "asked Putin whether", "asked Vladimir Putin about": one to four capitalised words, then the question.
// (Or a lowercase role before the name, "ask chef Ada Pell why", in any tense.)
const ASKED_NAME = /\b(?:asked|ask|asks)\s+(?:(?!(?:about|for|of|to|by|with|on|in|at|and|or|if|whether|why|how|what)\s)[\p{Ll}-]+\s+){0,2}?((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+(?:whether|if|about|why|what|how|who|when|where|to)\b/u;
// A capital opening a word other than the narrator's "I": a name that may be the asker.
const OTHER_CAPITAL = /\s(?!I\s)[\p{Lu}]/u;
const PASSIVE = new RegExp(String.raw`${PASSIVE_AUX}\s+$`, 'u');

/**
 * The name the sentence being read gives the one asked ("asked Putin whether ..."), when a pronoun stands
 * between the question and the quote ("..., he said:") and no other capitalised name stands before the
 * "asked" but at the sentence's start; null otherwise.
 */
export function askedOne(read: SentencesRead): string | null {
  const at = read.textOf.get(read.sentence);
  if (!at) return null;
  const quoteAt = at.masked.indexOf('_', at.from);
  if (quoteAt < 0 || quoteAt >= at.to) return null;
  const text = at.masked.slice(at.from, quoteAt);
  const m = ASKED_NAME.exec(text);
  if (!m || PASSIVE.test(text.slice(0, m.index))) return null;
  // The asker is no one named: no capitalised word before "asked" but the sentence's first (after a
  // transcript's speaker label: "FARROW: When reporters asked Putin ...").
  const label = /^\s*[\p{Lu}][\p{Lu}'’. -]*:\s+/u.exec(text)?.[0].length ?? 0;
  if (OTHER_CAPITAL.test(text.slice(label, m.index))) return null;
  if (!/\b(?:he|she)\b/u.test(text.slice(m.index + m[0].length))) return null;
  return m[1]!;
}

// The main clause after the question, its subject the pronoun and a verb, ending the sentence: ", she laughs."
const PRONOUN_MAIN_CLAUSE = /^[^;:_]*,\s+(he|she)\s+(?:[\p{Ll}]+ly\s+)?[\p{Ll}]+(?:\s+[\p{Ll}]+){0,3}\s*[.!]?\s*$/u;

/**
 * `When I ask chef Ada Pell why she left, she laughs. "...," she says.`: a quote opening its sentence, credited to
 * `pronoun`, right after a sentence of the same paragraph that asked someone named (no other asker named) and
 * whose main clause that same pronoun opens; the one asked, who goes on answering. Null otherwise.
 */
export function askedJustBefore(read: SentencesRead, pronoun: 'he' | 'she'): string | null {
  const at = read.textOf.get(read.sentence);
  const prev = read.textOf.get(read.sentence - 1);
  if (!at || !prev || prev.masked !== at.masked || prev.to > at.from) return null;
  // (The quote opens its sentence: nothing but its mark before it.)
  const quoteAt = at.masked.indexOf('_', at.from);
  if (quoteAt < 0 || quoteAt >= at.to || /[\p{L}]/u.test(at.masked.slice(at.from, quoteAt))) return null;
  const text = at.masked.slice(prev.from, prev.to);
  if (text.includes('_')) return null;
  const m = ASKED_NAME.exec(text);
  if (!m || PASSIVE.test(text.slice(0, m.index)) || OTHER_CAPITAL.test(text.slice(0, m.index))) return null;
  const main = PRONOUN_MAIN_CLAUSE.exec(text.slice(m.index + m[0].length));
  return main && main[1] === pronoun ? m[1]! : null;
}

// "when the minister was asked (by reporters) whether ..., he answered:": a clause of time whose passive
// "asked" has its own subject, then the main clause's "he" or "she" and its verb right before the quote.
const ASKED_CLAUSE = /(?:^|[\s,])(?:[Ww]hen|[Aa]fter|[Oo]nce|[Aa]s)\s+((?:[Tt]he|[Aa]n?)\s+(?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’.-]+|(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+(was|were)\s+asked\s+(?:by\s+[^,;:_]{1,60}?\s+)?(?:whether|if|about|why|what|how|who|when|where)\b[^;:_]*,\s+(he|she)\s+(?:[\p{Ll}]+ly\s+)?[\p{Ll}]+\s*[:,]?\s*["“‘']?\s*$/u;

/**
 * The one a clause of time has asked, in the quote's own sentence, when "he" or "she" opens the main clause
 * right before the quote ("..., and when the minister was asked whether ..., he answered: "...""): the one
 * asked answers, whoever else the sentence names before the clause. The phrase, the pronoun and where the phrase
 * stands in the masked text, and whether several were asked ("were asked"); null otherwise.
 */
export function askedInClause(read: SentencesRead): { phrase: string; pronoun: 'he' | 'she'; at: number; several: boolean } | null {
  const at = read.textOf.get(read.sentence);
  if (!at) return null;
  const quoteAt = at.masked.indexOf('_', at.from);
  if (quoteAt < 0 || quoteAt >= at.to) return null;
  const m = ASKED_CLAUSE.exec(at.masked.slice(at.from, quoteAt));
  // (Where the phrase stands in the masked text: names before it in the sentence are known by then.)
  // ("When the two men were asked ..., he said": several were asked, and which of them answers the sentence
  // does not say: `several`, for no one.)
  return m ? { phrase: m[1]!, several: m[2] === 'were', pronoun: m[3]!.toLowerCase() as 'he' | 'she', at: at.from + m.index + m[0].indexOf(m[1]!, m[0].search(/\s(?:[Ww]hen|[Aa]fter|[Oo]nce|[Aa]s)\s/u) + 1) } : null;
}

// "asked Minister Ada Pell: "...?" She said: "..."", "asked Ada Pell: "...?" "...," she said.": a question put to one
// named, set off by a colon, then a pronoun opening what follows it (after the answer's quote, maybe).
const ASKED_COLON_THEN = /\basked\s+(?:[\p{Ll}-]+\s+){0,2}?((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s*:\s*["“]_+[?!.,]?["”]\s*(?:["“]_+[?!.,]?["”]\s*)?(He|She|he|she)\s+(?:[\p{Ll}]+ly\s+)?(?:said|says|replied|replies|answered|answers|responded|added)\b/gu;

/**
 * `A reporter asked Minister Ada Pell: "...?" She said: "..."`: the pronoun right after a question put to one named
 * is the one asked, who answers, not the asker. The name asked when the quote's sentence holds such a pronoun
 * (`pronoun`); null otherwise.
 */
export function askedColonThen(read: SentencesRead, pronoun: 'he' | 'she'): string | null {
  const at = read.textOf.get(read.sentence);
  if (!at) return null;
  for (const m of at.masked.slice(0, at.to).matchAll(ASKED_COLON_THEN)) {
    const pronounAt = m.index + m[0].length - m[0].slice(m[0].search(/(?:He|She|he|she)\s+\S+\s*$/u)).length;
    if (pronounAt >= at.from && m[2]!.toLowerCase() === pronoun) return m[1]!;
  }
  return null;
}
