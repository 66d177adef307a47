/**
 * `Ruiz noted that Madrid had ..., but said that plan was "..."`: a reporting verb joined by "but"/"and" with
 * no subject of its own shares the subject of the sentence's first reporting verb; the subject of the clause
 * it reports ("that plan") or of a clause between ("Madrid had ...") is no speaker.
 */
import { SPEECH_VERB, subjectBefore } from './attribution.ts';

const JOINED_VERB = /(?:,\s*|\s)(?:but|and|yet)\s+(?:also\s+|then\s+|later\s+|still\s+)?(?:said|says|added|adds|noted|notes|warned|warns|argued|argues|insisted|insists|stressed|stresses|conceded|concedes|acknowledged|acknowledges)\b(?:\s+that\b)?[^;:"“”_]{0,120}$/u;

/**
 * The subject of the sentence's first reporting verb, when `before` (the masked sentence up to the quote) ends
 * in a reporting verb joined to it by "but"/"and" with no subject between; null otherwise.
 */
export function elidedSubject(before: string): string | null {
  const joined = JOINED_VERB.exec(before);
  if (!joined) return null;
  const head = before.slice(0, joined.index);
  // A clause of its own before ("..., and the League denounced it and said"): its subject, not the first, is meant.
  if (/(?:,|;)\s+(?:and|but|while|whereas|as)\s+|;/u.test(head)) return null;
  const verb = new RegExp(SPEECH_VERB.source, SPEECH_VERB.flags.replace('g', '')).exec(head);
  if (!verb || verb.index === 0) return null;
  const subject = subjectBefore(head.slice(0, verb.index));
  if (!subject) return null;
  // The subject opens the sentence, after at most a fronted phrase and its comma.
  const opening = head.slice(0, verb.index).replace(/^\s*(?:[^,;:_"“]{1,60},\s*)?/u, '').trim();
  if (opening !== subject.phrase && head.slice(0, verb.index).trim() !== subject.phrase) return null;
  return subject.phrase;
}
