/**
 * How a name stands in its sentence, for telling who a pronoun may mean: talked about after a preposition
 * ("said of Mr. Cruz"), or a subject, followed by its verb ("Marco Rubio says") or an appositive ("Gray, who
 * ..."). The parts of speech come from wink-nlp's tagger, run only on the few words after a name.
 */
import { FUNCTION_WORDS } from '../text/stop-words.ts';
import { tag, taggerText } from './tagged-sentence.ts';
import type { NameMention } from './name-mentions.ts';

/** A preposition (or "and", "or") a few words before a name, with no punctuation between: no subject. */
export const GOVERNED = /\b(?:of|for|with|against|about|to|from|by|under|on|at|in|over|behind|beside|between|like|than|toward|towards|into|onto|upon|after|before|during|among|and|or|versus|vs\.)\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;
/** A preposition other than "by" just before a name (maybe with a title between), and not "according to". */
export const ABOUT = /(?<!according\s)\b(?:of|for|with|against|about|to|from|under|on|at|in|over|behind|beside|between|like|than|toward|towards|into|onto|upon|among)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u;
/** A sentence opening with a subordinate clause: its first subject is not the main clause's. */
export const SUBORDINATE_OPENING = /^\s*(?:While|When|Whereas|Although|Though|Because|Since|As|If|Unless|Until|Once|Whether)\s/u;

/** The full names one sentence of the narration holds, with where they stand (read on demand). */
export interface SentenceNames {
  named: NameMention[];
  masked: string;
  from: number;
  to: number;
  topical?: NameMention[];
}

/**
 * The words after the name `m` (maybe after "'s" or a comma) when they open with a lowercase word that is no
 * article, preposition or pronoun: a verb maybe ("Marco Rubio says", "Douglas Schoen, says"). Null otherwise.
 */
function wordsAfter(masked: string, m: NameMention, to: number): string | null {
  const last = lastWordOf(m.name);
  const at = masked.indexOf(last, m.at);
  if (at < 0 || at >= to) return null;
  // A party tag, an age or a place after the name is no part of the clause: "Rep. John Roe (R-Conn.) was",
  // "Marco Rivera of Florida is running", "Jane Doe, 54, said".
  const rest = masked.slice(at + last.length, Math.min(to, at + last.length + 80)).replace(NAME_TAIL, '').slice(0, 48);
  const next = /^,?\s+([\p{Ll}][\p{Ll}'’-]*)/u.exec(rest);
  if (!next || (FUNCTION_WORDS.has(next[1]!) && !AUXILIARY.has(next[1]!))) return null;
  return rest.replace(/^,?\s+/u, '');
}

const NAME_TAIL = /^(?:\s*\([^()_]{1,25}\)|,\s*\d{1,3},|\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})/u;

/** Whether the name `m` is followed by a verb (by wink-nlp's tagger). */
export function verbAfter(masked: string, m: NameMention, to: number): boolean {
  const after = wordsAfter(masked, m, to);
  return after !== null && startsWithVerb(after);
}

/** Whether the name `m` reads as a subject: a verb (by the tagger) or an appositive ("Gray, who ...") after it. */
export function subjectLike(masked: string, m: NameMention, to: number): boolean {
  const last = lastWordOf(m.name);
  const at = masked.indexOf(last, m.at);
  if (at < 0 || at >= to) return false;
  const rest = masked.slice(at + last.length, Math.min(to, at + last.length + 48));
  if (/^\s*[,—–]\s*(?:who|a|an|the)\s/u.test(rest)) return true;
  const after = wordsAfter(masked, m, to);
  return after !== null && startsWithVerb(after);
}

/**
 * Whether the name `m` opens its sentence (`masked` from `from` to `to`) and, after a description set off by commas
 * with no article before it, takes a verb: "Kim Soo-hyun, deputy chief of mission at the embassy, said ...". News
 * style drops the article of such a role, which `subjectLike` asks for.
 */
export function setOffSubject(masked: string, m: NameMention, from: number, to: number): boolean {
  if (/\S/u.test(masked.slice(from, m.at).replace(/["“'‘]/gu, ''))) return false;
  const last = lastWordOf(m.name);
  const at = masked.indexOf(last, m.at);
  if (at < 0 || at >= to) return false;
  // (A role of lowercase words, maybe with places and bodies after "of", "at", "to", "for", "in": no clause.)
  const set = /^,\s+(?:[\p{Ll}][\p{Ll}'’-]*\s+){0,4}[\p{Ll}][\p{Ll}'’-]*(?:\s+(?:of|at|to|for|in|with)\s+(?:the\s+)?[\p{Lu}\p{Ll}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|of|and|for|in|at|the|[\p{Ll}]+))*)?,\s+/u.exec(masked.slice(at + last.length, to));
  if (!set) return false;
  if (/\b(?:who|which|that|whom|whose)\b/u.test(set[0])) return false;
  return startsWithVerb(masked.slice(at + last.length + set[0].length, Math.min(to, at + last.length + set[0].length + 48)));
}

const AUXILIARY = new Set(['has', 'had', 'have', 'is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do']);

/** Whether a run of words opens with a verb, by wink-nlp's tagger. */
function startsWithVerb(words: string): boolean {
  const pos = tag(taggerText(words)).pos[0];
  return pos === 'VERB' || pos === 'AUX';
}

function lastWordOf(name: string): string {
  const words = name.split(/\s+/u);
  return words[words.length - 1]!;
}
