/**
 * `Jane Roe said the plan would fail. "It is a mistake," she said.`: a quote opening its sentence, credited to
 * "he" or "she" whom the pronoun reading could not tell (someone else is named nearby), right after a sentence
 * of reported speech with no quote in it whose subject is a name. The pronoun goes on with the one reporting:
 * the words in quotation marks are the rest of what that sentence reports. A person the text shows to be of the
 * other gender is not meant.
 */
import type { Passage } from '../types.ts';
import type { DocumentSpeakers, LocalSpeaker } from './document-speakers.ts';
import { listedGender } from './name-gender.ts';
import { reportingSubject } from './reported-speech.ts';
import { parseSubjectPhrase } from './speaker-phrases.ts';

/** The named reporter of the sentence `text[rs, re)` that a following "he"/"she" goes on with, or null. */
export function reporterForPronoun(text: string, range: readonly [number, number], pronoun: 'he' | 'she', paragraph: number, ds: DocumentSpeakers): LocalSpeaker | null {
  const read = reportingSubject(text, range[0], range[1]);
  if (!read) return null;
  const parsed = parseSubjectPhrase(read.phrase);
  if (!parsed || parsed.type !== 'name' || parsed.kind !== 'person') return null;
  const want = pronoun === 'he' ? 'm' : 'f';
  const found = ds.resolve(parsed, paragraph, read.role, true);
  if (!found || found.kind !== 'person' || found.plural) return null;
  const gender = found.gender ?? listedGender(found.names);
  return gender === want ? found : null;
}

