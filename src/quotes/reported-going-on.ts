/**
 * "The chair, NAME, said talks with the dockers were continuing: "..."": going on ("continue", "begin", "start")
 * before a colon speaks when its subject is the one talking ("He continued: "...""), but inside a clause an earlier
 * verb of saying reports, with a subject of its own, it tells what that subject is doing; the words after the colon
 * are the reporter's, and the verb further back governs them.
 */
import { isCue, type Token } from './tagged-sentence.ts';

// Verbs of saying that report a clause ("said talks were continuing"), not any cue ("continue" itself, "call").
const REPORTS_CLAUSE = /^(?:say|tell|add|report|explain|announce|confirm|note|insist|state|write|warn|reply|acknowledge|claim)$/u;

/**
 * Whether the going-on verb at `j` (before the quote at `q`) sits in a clause an earlier verb of saying reports:
 * that verb before it with no punctuation or quote between, and a noun or pronoun between them, the going-on's own
 * subject ("said talks ... were continuing", not "said and continued").
 */
export function goingOnReported(tokens: readonly Token[], j: number, q: number): boolean {
  if (j >= q) return false;
  for (let i = j - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.quote >= 0 || /^[,;:.!?()—–-]+$/u.test(t.text)) return false;
    if (REPORTS_CLAUSE.test(t.lemma) && isCue(t, tokens[i - 1])) return tokens.slice(i + 1, j).some((x) => /^(?:NOUN|PROPN|PRON)$/u.test(x.pos));
  }
  return false;
}
