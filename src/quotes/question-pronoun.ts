/**
 * An answer's "he" or "she" in an interview: `**What did Holm say that struck you?** / **Sorvik:** He called the
 * pier "a gift." ...`, `LUND: What did you make of Holm's speech? / SOROKIN: He promised the crews "full
 * support."`. The one the question just before (or the answer's own words before) names is who the answerer means;
 * the answerer speaks of himself as "I", and the one asking is "you". Read only when that question and the answer
 * before the quote name one person and no other the reading knows, of the pronoun's sex or of none told.
 */
import type { DocumentSpeakers, LocalSpeaker } from './document-speakers.ts';
import type { QuoteRecord } from './quote-record.ts';
import { isRoleNoun, parseSpeakerPhrase, personNotPart } from './speaker-phrases.ts';

// The quote's sentence opens with the pronoun as its subject ("He called ...", "Yes. He said ...", "And she
// promised ...").
const OPENS_WITH = /^\s*(?:(?:And|But|Then|Later|Afterwards)\s+)?(He|She)\s+[\p{Ll}]/u;
// Runs of capitalised words, perhaps possessive: "Holm's", "Anders Holm", "Kim Jong Un".
const RUN = /(?<![\p{L}'’])([\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+){0,3})(?:['’]s)?(?![\p{L}])/gu;

/**
 * The one person a quote left to no one inside an answer means by its opening "he"/"she", from `question` (the
 * paragraph before the turn) and `before` (the turn's words before the quote's sentence); null when not one.
 * `participants` are the turn's speaker and the one who asked: neither is the "he".
 */
export function questionedPerson(r: QuoteRecord, text: string, turnStart: number, question: string, paragraph: number, participants: ReadonlySet<LocalSpeaker>, ds: DocumentSpeakers): LocalSpeaker | null {
  const from = Math.max(r.sentenceStart, turnStart);
  const opening = OPENS_WITH.exec(text.slice(from, r.span.open));
  if (!opening) return null;
  const want = opening[1] === 'He' ? 'm' : 'f';
  // "A retired engineer, Ivo Lind, told me, "...". His neighbour wasn't so sure. She said, "..."": the sentence
  // before opens on someone described, a newcomer the pronoun may mean as well as the one named. No answer.
  if (describedOpening(lastSentence(text.slice(turnStart, from)))) return null;
  const found = new Map<LocalSpeaker, ReturnType<typeof parseSpeakerPhrase>>();
  for (const words of [question, text.slice(turnStart, from)]) {
    for (const m of words.matchAll(RUN)) {
      const run = m[1]!.replace(/['’]s$/u, '');
      // (A sentence's capitalised first word is no name unless the reading knows it: "What did ...", "Yes.")
      const firstWord = run.split(/\s+/u)[0]!;
      if (!ds.knowsName(firstWord) && !ds.knowsName(run.split(/\s+/u).at(-1)!)) continue;
      const parsed = parseSpeakerPhrase(run);
      if (parsed?.type !== 'name' || parsed.kind !== 'person') continue;
      const local = ds.resolve(parsed, paragraph, null, false);
      if (local && !participants.has(local) && !found.has(local)) found.set(local, parsed);
    }
  }
  if (found.size !== 1) return null;
  const [one, parsed] = [...found][0]!;
  if (one.kind !== 'person' || one.plural || (one.gender && one.gender !== want)) return null;
  // (Taken now as speaking: a name only mentioned is no speaker a quote can carry.)
  return ds.resolve(parsed!, paragraph, null, true);
}

// A sentence opening on one described by a possessive or an indefinite article: "His neighbour", "A woman nearby".
const DESCRIBED_OPENING = /^(?:His|Her|Their|My|Our|A|An|Another|One)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]{3,})(?=\s+(?:[\p{Ll}]+ed|was|is|had|has|did|does|would|could|were|wasn['’]t|isn['’]t|didn['’]t|wouldn['’]t|said|says|told|shook|shrugged)\b)/u;

/** The last sentence of `words` (after the last stop followed by a space), trimmed. */
function lastSentence(words: string): string {
  const parts = words.trim().split(/(?<=[.!?]['"’”]?)\s+(?=[\p{Lu}])/u);
  return parts.at(-1) ?? '';
}

/** Whether `sentence` opens on one person described ("His neighbour wasn't so sure."), whom a "she" may mean. */
function describedOpening(sentence: string): boolean {
  const m = DESCRIBED_OPENING.exec(sentence);
  return m !== null && (isRoleNoun(m[1]!) || personNotPart(m[1]!));
}
