/**
 * An opinion credited by a fronted "For <person>," as wires translated from French ("Pour X, ...") and German
 * ("Für X ...") write it: `For the economist Jane Roe, of Tallinn University, the plan is above all "a gamble".`
 * The clause after the comma states, with a verb "to be", how that person sees something, and the quoted words
 * are the person's. Only a full name of a person counts ("For Estonia, the plan is "..."" and "For the first
 * time, ..." credit nobody), and only when the quote completes the clause's verb "to be".
 */
import { parseSpeakerPhrase } from './speaker-phrases.ts';

const NAME_RUN = /((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*)$/u;
// "For <words up to the comma>, [<set-off affiliation or role>,] <subject> is/was ... [adverbs]" right before the quote.
const FOR_OPINION = /^\s*For\s+([^,;:"“”«»]{3,80}?)\s*,(?:\s+(?:of|at|from|an?|the)\s+[^,;:"“”«»]{2,80},)?\s+([^,;:"“”«»]{2,60}?)\s+(?:is|was|are|were|remains|remained|(?:will|would)\s+be|(?:has|have|had)\s+been)\s+(?:[\p{Ll}]+\s+){0,3}$/u;
/** The subject of the clause is a thing talked about, not a speaker: no verb of speech or thought in it. */
const SUBJECT_HAS_VERB = /\b(?:said|says|told|tells|thinks|thought|believes|believed|wrote|writes)\b/u;

/**
 * The person a fronted "For <person>," credits with the quote opening right after `before` (its sentence up
 * to the quote, quotes masked), and the description before the name as the role, or null.
 */
export function forOpinionSpeaker(before: string): { name: string; role: string | null } | null {
  const m = FOR_OPINION.exec(before);
  if (!m || SUBJECT_HAS_VERB.test(m[2]!)) return null;
  const phrase = m[1]!.trim();
  const run = NAME_RUN.exec(phrase);
  if (!run) return null;
  // The words before the name, if any, are a description of the person: "the South Korean analyst".
  const lead = phrase.slice(0, run.index).trim();
  if (lead && !/^(?:the|a|an)\s+\S/iu.test(lead)) return null;
  const name = run[1]!.trim();
  const parsed = parseSpeakerPhrase(name);
  return parsed?.type === 'name' && parsed.kind === 'person' && /\s/u.test(parsed.name) && !parsed.role ? { name, role: lead || null } : null;
}
