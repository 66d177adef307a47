/**
 * A subject read inside a fronted clause of time or cause that a comma closes before the quote is that
 * clause's subject, not the main clause's: in `When rebels took the port, Jane Roe and Omar Kask called them
 * "bandits"` the rebels say nothing, and in `After the storm passed, officials said "..."` the storm does not
 * speak. The grammar may step back past a subject it cannot take (two joined names) to the clause before.
 * (`fronted-clause.ts` handles the other case, a quote inside the clause.)
 */
import { NOT_A_SUBJECT } from './main-clause-subject.ts';

/** A subordinating conjunction of time or cause opening the sentence. ("As" and "If" are left out: "As Jane Roe said, "..."" credits the clause.) */
export const FRONTED_CONJUNCTION = String.raw`(?:After|When|While|Because|Although|Though|Since|Before|Until|Once|Whenever)`;
const OPENER = new RegExp(String.raw`^[\s(—–-]*(?:But\s+|And\s+)?${FRONTED_CONJUNCTION}\s`, 'u');

/** A name of up to four capitalised words opening the main clause, then a lowercase word that is no conjunction or preposition. */
const MAIN_NAME = /^\s*((?:[\p{Lu}][\p{L}'’-]*\.?)(?:\s+[\p{Lu}][\p{L}'’-]*\.?){0,3})\s+(?!(?:and|or|of|in|on|at|to|for|with|from|by)\b)[\p{Ll}]/u;
/** An aside of comparison set off by commas, then "that" or nothing before the quote: ", as he did in May, that". */
const AS_ASIDE = /^\s*as\s+(?:he|she|it|they|we|I)\s+(?:did|does|do|has|have|had|was|is|were|put\s+it)\b[^,]{0,80},\s*(?:that\s*)?$/u;
/** Capitalised words that open a clause without being a name. */

/**
 * Whether the speaker phrase at `at` in `masked` (the quote's sentence from its start, quotes blanked) stands
 * inside a fronted clause of time or cause whose comma closes it before the quote opening at `open`, with
 * the main clause's subject pronoun if it opens with one; null when it does not.
 */
export function inFrontedClause(masked: string, at: number, open: number): FrontedSubject | null {
  if (at < 0 || at >= open || !OPENER.test(masked)) return null;
  const comma = masked.indexOf(',');
  // The comma must close the clause, with the main clause after it: a comma right before the quote only
  // opens the quote (`When he came back he started by saying, "..."`), and the clause may run on to it.
  if (!(comma > at && comma < open) || !/[\p{L}\p{N}]/u.test(masked.slice(comma + 1, open))) return null;
  // Nor does a comma opening an aside within the clause: in `When Mr. Roe says, as he did in May, that "..."` the
  // quote is still the clause's, and its subject's words.
  if (AS_ASIDE.test(masked.slice(comma + 1, open))) return null;
  // `When Jane Roe took office, she called it "..."`: the main clause's subject pronoun speaks, and stands for
  // the clause's subject as a reader takes it.
  const main = masked.slice(comma + 1, open);
  const pronoun = /^\s*(he|she|they|we|I)\s+(?!and\b|or\b)/u.exec(main);
  if (pronoun) return { pronoun: pronoun[1]! };
  // `When a reporter asked about the budget, Jane Roe smiled and said: "..."`: a name opening the main clause
  // before its verb is that clause's subject, and answers.
  const name = MAIN_NAME.exec(main);
  return { pronoun: name && !NOT_A_SUBJECT.test(name[1]!.split(/\s+/u)[0]!) ? name[1]! : null };
}

/** The main clause's subject after a fronted clause (a pronoun or a name opening it), null when the main clause opens otherwise. */
export interface FrontedSubject {
  pronoun: string | null;
}
