/**
 * `Jane Roe said the plan would fail. "It is a mistake," she said.`: a quote opening its sentence, credited to
 * "he" or "she" whom the pronoun reading could not tell (someone else is named nearby), right after a sentence
 * of reported speech with no quote in it whose subject is a name. The pronoun goes on with the one reporting:
 * the words in quotation marks are the rest of what that sentence reports. Failing that, a name opening the
 * sentence before as its subject goes on into the next one, as news writing keeps its topic ("Reid raised the
 * example of Obama inviting Clinton ... '...,' he said."). A person the text shows to be of the other gender is
 * not meant, nor one the credit speaks to, nor one who asked.
 */
import type { Passage } from '../types.ts';
import type { DocumentSpeakers, LocalSpeaker } from './document-speakers.ts';
import { listedGender } from './name-gender.ts';
import { classifyProperName, lexTags } from './names.ts';
import { aideOpening } from './pronoun-rivals.ts';
import { reportingSubject } from './reported-speech.ts';
import { saidNothingIn } from './no-comment-subject.ts';
import { parseSubjectPhrase } from './speaker-phrases.ts';
import { sharedRegExp } from '../text/regexp.ts';

/** The named reporter of the sentence `text[rs, re)` that a following "he"/"she" goes on with, or null. */
export function reporterForPronoun(text: string, range: readonly [number, number], pronoun: 'he' | 'she', paragraph: number, ds: DocumentSpeakers, credit: string, quoted = ''): LocalSpeaker | null {
  const read = reportingSubject(text, range[0], range[1]);
  if (!read) return null;
  // ("Governor Eva Lind did not comment on the plan.": one named to say she gave no words reports nothing.)
  if (saidNothingIn(text.slice(range[0], range[1]), [read.phrase])) return null;
  // "'... whether Senator Roe's message could carry ...,' he said.": one the words speak of by title and surname
  // is not the one saying them.
  if (titledInQuote(read.phrase, quoted)) return null;
  const parsed = parseSubjectPhrase(read.phrase);
  if (!parsed || parsed.type !== 'name' || parsed.kind !== 'person' || spokenTo(read.phrase, credit)) return null;
  // (One already read under that full name whose sex the text or the lists do not give as the pronoun's is not
  // meant; ruled out before the reading marks them as speaking here, which would make them the nearer of two for a
  // later pronoun of the other sex: "Speaking for the bus company, Aled Hughes said ... "...," he said. "...," she
  // said.")
  // ("His grandson, NAME SURNAME, runs it now. SURNAME told reporters .... '...,' he said.": a bare surname news style
  // keeps for the one named first, the relative at hand just before it; whom it means is not told.)
  if (!parsed.role && ds.kinAtHandBeforeReporter(parsed.name, pronoun, paragraph)) return null;
  const known = read.via === 'according' ? undefined : ds.personUnderName(parsed.name);
  if (known && !fitsPronoun(known, pronoun)) return null;
  const found = ds.resolve(parsed, paragraph, read.role, true);
  // "The choice was deliberate, according to Putin. "...," he told reporters.": a surname whose gender the text
  // never told, when no one else is named in that sentence or the credit, is the one "he" goes on with.
  if (found && found.kind === 'person' && !found.plural && !found.gender && !listedGender(found.names) && read.via === 'according' && alone(text.slice(range[0], range[1]), read.phrase) && alone(credit, read.phrase)) return found;
  return fitsPronoun(found, pronoun);
}

/** Whether `text` names no one but the one `phrase` names: no capitalised word after its first that may be a person's name. */
function alone(text: string, phrase: string): boolean {
  const own = new Set(phrase.split(/\s+/u));
  for (const m of text.matchAll(/(?<=\s)[\p{Lu}][\p{L}'’-]*/gu)) {
    const w = m[0].replace(/['’]s$/u, '');
    if (own.has(w) || /^(?:He|She|His|Her|I|The|A|An)$/u.test(w)) continue;
    if (classifyProperName(w) === 'person' && !lexTags(w).some((t) => /^(?:Noun|Adjective|Verb|Adverb|Determiner|Preposition|Conjunction|Value|Month|WeekDay|Date|Place|Country|City|Organization)/u.test(t))) return false;
  }
  return true;
}

/**
 * The named subject opening the sentence `text[rs, re)` (a sentence of narration, no quote in it: "Sanders
 * apologized to Clinton on Sunday."), for a "he"/"she" of that gender crediting the quote right after it, or null.
 */
export function openingSubjectForPronoun(text: string, range: readonly [number, number], pronoun: 'he' | 'she', paragraph: number, ds: DocumentSpeakers, credit: string): LocalSpeaker | null {
  const sentence = text.slice(range[0], range[1]);
  const m = /^\s*((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*)\s+(?:also\s+|then\s+|later\s+|quickly\s+|did\s+|was\s+|had\s+|has\s+|is\s+)?([\p{Ll}]+)/u.exec(sentence);
  // (One who asks is not the one who answers: "Hannity asked Trump how high it would be. '...,' he said.")
  if (!m || /^(?:and|or|of|who|which|that|in|on|at|for|with|to|as|by|from|asked|asks|questioned|interviewed|pressed)$/u.test(m[2]!)) return null;
  // ("Okoye pollster Dirk Brandt took up the thread": the subject is the one named after the role, not Okoye.)
  if (aideOpening(sentence)) return null;
  // ("Brek was beaten by Karel Lund.": the agent of the passive did what it tells; either man may be "he".)
  const rest = sentence.slice(m.index + m[0].indexOf(m[1]!) + m[1]!.length);
  if (/^\s+(?:was|were|had\s+been|has\s+been|is|are)\s+(?:[\p{Ll}]+\s+){1,4}by\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[\p{Lu}]/u.test(rest)) return null;
  // ("Governor Eva Lind did not comment on the plan.": nor is one who gave no words the speaker going on.)
  if (saidNothingIn(sentence, [m[1]!])) return null;
  const parsed = parseSubjectPhrase(m[1]!);
  if (!parsed || parsed.type !== 'name' || parsed.kind !== 'person' || !ds.knowsName(parsed.name)) return null;
  if (spokenTo(m[1]!, credit)) return null;
  return fitsPronoun(ds.resolve(parsed, paragraph, null, false), pronoun);
}

// "She reports that restaurant owner Tom Hale, who ..., watched ...": a pronoun reporting, perhaps "that", a
// lowercase role perhaps, a full name (or one initialled close up, "B.Oyun"), what is set off after it, and the
// rest of the reported clause.
const RELAYED_CLAUSE = /^\s*(He|She)\s+(?:also\s+)?(?:reports|reported|says|said|writes|wrote|notes|noted|hears|heard|learned|learns|found|finds|tells\s+us|told\s+us|tells\s+me|told\s+me)\s+(?:that\s+)?(?:(?:[\p{Ll}][\p{Ll}-]+\s+){1,3}(?=[\p{Lu}]))?((?:[\p{Lu}][\p{L}'’-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*|[\p{Lu}][\p{Ll}]?\.[\p{Lu}][\p{Ll}]{2,})((?:,\s+[^,;:"“”_]{1,100},)?\s+[\p{Ll}][^;:"“”_]*)$/u;

/**
 * `She reports that restaurant owner Tom Hale watched the news on his phone. "...," he told her.`: one reporting
 * (a pronoun of the other sex than the credit's: the reporter is not who speaks) what a person named in full did,
 * the reported clause's subject; the credit's pronoun is that person, when the clause itself tells the sex ("his
 * phone", or a first name the lists know) and names no one else. Null otherwise.
 */
export function relayedSubjectForPronoun(text: string, range: readonly [number, number], pronoun: 'he' | 'she', paragraph: number, ds: DocumentSpeakers, credit: string): LocalSpeaker | null {
  const m = RELAYED_CLAUSE.exec(text.slice(range[0], range[1]));
  if (!m || m[1]!.toLowerCase() === pronoun) return null;
  const name = m[2]!.trim();
  const rest = m[3]!;
  if (!noOtherPerson(rest, ds) || spokenTo(name, credit)) return null;
  const parsed = parseSubjectPhrase(name);
  if (!parsed || parsed.type !== 'name' || parsed.kind !== 'person') return null;
  // (The sex, told by a possessive of the clause and no other: "on his phone", not "his and her".)
  const own = pronoun === 'he' ? /\bhis\b/u : /\bher\b/u;
  const other = pronoun === 'he' ? /\bher\b/u : /\bhis\b/u;
  const listed = listedGender([parsed.name]);
  const told = listed ? listed === (pronoun === 'he' ? 'm' : 'f') : own.test(rest) && !other.test(rest);
  if (!told) return null;
  const found = ds.resolve(parsed, paragraph, null, true);
  if (!found || found.kind !== 'person' || found.plural) return null;
  const gender = found.gender ?? listedGender(found.names);
  return !gender || gender === (pronoun === 'he' ? 'm' : 'f') ? found : null;
}

/**
 * Whether the rest of a reported clause names no person but its subject: no run of two capitalised words or more
 * that reads as a person's name, and no single capitalised word the document knows as one or that may be one,
 * unless a preposition of place puts it ("left Seoul for Sydney": a city, whatever the lexicon says of the word).
 */
function noOtherPerson(rest: string, ds: DocumentSpeakers): boolean {
  for (const m of rest.matchAll(/(?<=\s)((?:[\p{Lu}][\p{L}'’-]*\s+)*[\p{Lu}][\p{L}'’-]*)/gu)) {
    const run = m[1]!.replace(/['’]s$/u, '');
    if (/\s/u.test(run)) {
      if (classifyProperName(run) === 'person') return false;
      continue;
    }
    if (/^(?:He|She|His|Her|I|The|A|An)$/u.test(run)) continue;
    if (ds.knowsName(run)) return false;
    const placed = /\b(?:in|for|from|to|at|near|outside|around|across|into)\s+$/u.test(rest.slice(0, m.index));
    if (!placed && classifyProperName(run) === 'person' && !lexTags(run).some((t) => /^(?:Noun|Adjective|Verb|Adverb|Determiner|Preposition|Conjunction|Value|Month|WeekDay|Date|Place|Country|City|Organization)/u.test(t))) return false;
  }
  return true;
}

/** The speaker found, when it is one person of the pronoun's gender (told by the text, else by the first name). */
function fitsPronoun(found: LocalSpeaker | null, pronoun: 'he' | 'she'): LocalSpeaker | null {
  if (!found || found.kind !== 'person' || found.plural) return null;
  const gender = found.gender ?? listedGender(found.names);
  return gender === (pronoun === 'he' ? 'm' : 'f') ? found : null;
}

/** Whether the quoted words name the one the phrase names by a title before their surname ("Senator Roe", "Mr. Roe's"). */
function titledInQuote(phrase: string, quoted: string): boolean {
  const surname = phrase.trim().split(/\s+/u).pop()!.replace(/[^\p{L}'’-]/gu, '').replace(/['’]s$/u, '');
  return surname !== '' && new RegExp(`\\b(?:Senator|Sen\\.|Governor|Gov\\.|Mr\\.|Mrs\\.|Ms\\.|President|Congressman|Congresswoman|Rep\\.|Mayor|Secretary)\\s+${surname}(?![\\p{L}])`, 'u').test(quoted);
}

/** Whether the credit after the quote names the one the phrase names, by its last word: one spoken to ("'...,' he told Hannity"). */
function spokenTo(phrase: string, credit: string): boolean {
  const surname = phrase.trim().split(/\s+/u).pop()!.replace(/[^\p{L}'’-]/gu, '');
  return surname !== '' && sharedRegExp(`(?<![\\p{L}])${surname}(?![\\p{L}])`, 'u').test(credit);
}
