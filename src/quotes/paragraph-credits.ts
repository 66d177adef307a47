/**
 * Credits one paragraph gives the quotes of another: a heading in capitals naming the speaker of the list
 * under it, a paragraph ending "He said:" before the quote, a dash line under a quote standing alone.
 */
import type { Passage } from '../types.ts';
import { isSpeechVerb, type QuoteSpan } from './attribution.ts';
import { cleanRole, type DocumentSpeakers, type LocalSpeaker } from './document-speakers.ts';
import { grammarAttribution } from './grammar.ts';
import { headingPhrase, labelHeadPhrase } from './heading-speaker.ts';
import { hereIsIntroduction, listItemCredit } from './verbless-credit.ts';
import { listedGender } from './name-gender.ts';
import { plainAttributionBefore } from './plain-attribution.ts';
import type { QuoteRecord } from './quote-record.ts';
import { parseSpeakerPhrase, parseSubjectPhrase, type ParsedSpeaker } from './speaker-phrases.ts';

/** The speaker a paragraph in capitals names ("RUSSIAN PRESIDENT VLADIMIR PUTIN"), or null. */
export function headingSpeaker(text: string): ParsedSpeaker | null {
  const phrase = headingPhrase(text);
  const parsed = phrase ? parseSpeakerPhrase(phrase) : null;
  if (!parsed || parsed.type === 'pronoun') return null;
  // A person named in full, a body, or one described ("A SENIOR U.S. OFFICIAL"): never a group.
  if (parsed.type === 'name') return parsed.kind !== 'person' || /\s/u.test(parsed.name) ? parsed : null;
  return parsed.kind === 'unnamed' && !parsed.plural ? parsed : null;
}

/**
 * Credits the quotes of a list item that its own words credit to no one to the heading's speaker: a full quote
 * always, a fragment only when the item opens with a verb of speech and no subject ("Said his country would ...").
 */
export function creditListItem(p: Passage, records: QuoteRecord[], head: ParsedSpeaker, ds: DocumentSpeakers): void {
  // An item that opens on a person's name is that person's, read or not: under "NORTH KOREA", `* Jane Roe, at
  // the start of talks: "..."` is no word of the country's.
  // (A preposition opening it names someone else: `* To Jane Roe, at the start of talks:` is spoken to her.)
  const opener = /^\s*[-*•·▪]\s+(?!(?:To|For|From|With|Without|At|In|On|By|As|Of|About|After|Before|And|But|The|A|An|Asked|When|While)\b)((?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}[\p{Lu}][\p{L}'’-]*)/u.exec(p.text);
  const named = opener ? parseSubjectPhrase(opener[1]!) : null;
  if (named?.type === 'name' && named.kind === 'person' && !(head.type === 'name' && head.name === named.name)) return;
  // Nor is an item whose opening is a credit of its own, even one the phrase reader cannot parse.
  if (records[0] && listItemCredit(p.text.slice(0, records[0].span.open))) return;
  // A quote after one the item credits to its own speaker goes on in that voice: `* "...," spokeswoman Jane
  // Roe said. "The EU stands ready."` under "EUROPEAN UNION" is still hers, not the heading's body.
  let spoken = false;
  for (const r of records) {
    if (r.local) spoken = true;
    if (r.local || r.own || spoken) continue;
    if (r.quote.partial && !isSpeechVerb(/^\s*\S+\s+([\p{L}]+)/u.exec(p.text)?.[1]?.toLowerCase() ?? '')) continue;
    r.local = ds.resolve(head, p.paragraph, null, true);
    r.path = 'heading of a list';
    r.own = true;
    r.quote.speech = true;
  }
}

/**
 * The speaker a paragraph without quotes introduces when it ends in a colon after a plain attribution: "He
 * said:", "Jane Doe, a director at X, told reporters:". The quote opening the next paragraph is theirs.
 */
export function introduction(p: Passage, ds: DocumentSpeakers): LocalSpeaker | null {
  if (!/:\s*$/u.test(p.text)) return null;
  const last = p.sentences[p.sentences.length - 1];
  if (!last) return null;
  // A heading over what follows is no sentence with a subject: one in capitals ("WHAT THEY SAID:", read by
  // `labelIntroduction` when it names someone), or a question word's clause alone ("What they said:").
  if (!/[\p{Ll}]/u.test(p.text) || /^\s*(?:what|how|who|why)\s+[\p{L}'’-]+\s+(?:said|say|says|told|think|thinks|thought)\s*:\s*$/iu.test(last.text)) return null;
  // The grammar reads the sentence as if the quote stood after its colon, as it does in the next paragraph.
  const plain = plainAttributionBefore(last.text) ?? grammarBeforeColon(last.text.trimEnd());
  const parsed = plain ? parseSubjectPhrase(plain.phrase) : null;
  if (!plain || !parsed) return ownedAnswerIntroduction(last.text, p, ds);
  return ds.resolve(parsed, p.paragraph, plain.role, true);
}

// A sentence that is only a named owner's word for what they said, and a colon: "Roe's answer:", "Dahl’s
// verdict:", "Mara Olsen's reply was short:". (Not "his answer:", read by `owned-words-colon.ts`.)
const OWNED_ANSWER = /^\s*((?:[\p{Lu}][\p{L}.-]*\s+){0,2}[\p{Lu}][\p{L}-]*)['’]s\s+(?:own\s+|short\s+|blunt\s+|first\s+)?(?:answer|reply|response|verdict|view|reaction|retort|assessment|take|explanation|advice)(?:\s+(?:is|was)\s+[\p{Ll}]+)?\s*:\s*$/u;

/**
 * The named owner of the words a paragraph's last sentence announces ("Ashworth's answer:"), for the quote
 * opening the next paragraph: as "Roe said:" would be, even after a quote of someone else in the same paragraph
 * (a reader's question, then "Roe's answer:").
 */
function ownedAnswerIntroduction(sentence: string, p: Passage, ds: DocumentSpeakers): LocalSpeaker | null {
  // ("Here's his latest:": the pronoun's owner, read as any "he" or "she" of the paragraph is.)
  const here = HERE_IS_OWN.exec(sentence)?.[1];
  if (here) return ds.resolve({ type: 'pronoun', pronoun: here.toLowerCase() === 'his' ? 'he' : 'she' }, p.paragraph, null, true);
  // ("Here's Professor Roe:" closing a paragraph: the one named speaks in the clip or quotation that opens the next.)
  const named = hereIsIntroduction(sentence);
  const introduced = named ? parseSubjectPhrase(named) : null;
  if (introduced?.type === 'name') return ds.resolve(introduced, p.paragraph, null, true);
  const owner = OWNED_ANSWER.exec(sentence)?.[1] ?? SENDS_DISPATCH.exec(sentence)?.[1];
  const parsed = owner ? parseSubjectPhrase(owner) : null;
  if (parsed?.type !== 'name') return null;
  return ds.resolve(parsed, p.paragraph, null, true);
}

// A live page's announcement of a correspondent's words to come: "Here's his latest:", "Here is her update:".
const HERE_IS_OWN = /^\s*Here(?:['’]s|\s+is)\s+(his|her)\s+(?:latest(?:\s+(?:dispatch|update|report))?|update|dispatch|report|assessment|take|verdict|answer|reply)\s*:\s*$/iu;
// "Jane Roe has one last dispatch before she signs off:", "Jane Roe sent us this update:": a named person and a
// dispatch of theirs that follows.
const SENDS_DISPATCH = /^\s*((?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*)\s+(?:has|had|sent|sends|filed|files)\s+(?:us\s+)?(?:one\s+last|a\s+final|a|another|this|his|her|the\s+latest)\s+(?:dispatch|update|report|note)\b[^:"“”]{0,60}:\s*$/u;

// A paragraph of one sentence saying the one who spoke last went on speaking: "He put down his cup and went on,
// more slowly.", "She paused, then continued." (A manner in lower-case words may follow; "went on to" a deed is
// no speech, nor is anything after "on" but that manner.)
const GOES_ON = /^\s*(He|She)\s+(?:[^.;:!?"“”‘’]{0,80}?(?:\s+and|,\s+then|\s+then)\s+)?(?:went\s+on|continued|carried\s+on)(?:,?\s+[\p{Ll}][\p{Ll} -]{0,40})?\.\s*$/u;

/**
 * The one a paragraph without quotes says went on speaking ("He put down his cup and went on, more slowly."),
 * for the quote that opens the next paragraph: `last`, the one who spoke in the paragraph just before, of the
 * pronoun's sex; null otherwise.
 */
export function goesOnSpeaking(p: Passage, last: LocalSpeaker | null, ds: DocumentSpeakers): LocalSpeaker | null {
  if (!last || last.kind !== 'person' || last.plural || p.sentences.length !== 1) return null;
  const m = GOES_ON.exec(p.text);
  if (!m || ds.spokeInParagraph(last) !== p.paragraph - 1) return null;
  if ((last.gender ?? listedGender(last.names)) === (m[1] === 'He' ? 'f' : 'm')) return null;
  // (The pronoun, read as the text reads any, must mean that one: not another of that sex named since.)
  return ds.resolve({ type: 'pronoun', pronoun: m[1] === 'He' ? 'he' : 'she' }, p.paragraph, null, false) === last ? last : null;
}

/**
 * The speaker a roundup's label paragraph in capitals introduces (`KIRBY, U.S. NATIONAL SECURITY COUNCIL
 * SPOKESMAN:`, `PUTIN, asked about satellites:`): a person named in full or already known, a body, or one
 * person described.
 */
export function labelIntroduction(p: Passage, ds: DocumentSpeakers): LocalSpeaker | null {
  const phrase = labelHeadPhrase(p.text);
  const parsed = phrase ? parseSpeakerPhrase(phrase) : null;
  // (Or one person described, as a heading may be: "A SENIOR NATO OFFICIAL, SPEAKING ON CONDITION OF ANONYMITY:".)
  if (parsed?.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural) return ds.resolve(parsed, p.paragraph, null, true);
  if (!parsed || parsed.type !== 'name') return null;
  if (parsed.kind === 'person' && !/\s/u.test(parsed.name) && !ds.knowsName(parsed.name)) return null;
  return ds.resolve(parsed, p.paragraph, null, true);
}

/** What the grammar says of a quote standing right after `sentence` (which ends in a colon). */
function grammarBeforeColon(sentence: string): ReturnType<typeof grammarAttribution> {
  const text = `${sentence} "Quote."`;
  const open = sentence.length + 1;
  const span: QuoteSpan = { open, close: text.length - 1, start: open + 1, end: text.length - 1, closed: true };
  const read = grammarAttribution(text, [span], 0, 0, text.length);
  return read && read.via === 'before' ? read : null;
}

// A credit on a line of its own under a quote: "— Anna Weiss, analyst" (a name, then perhaps a role or affiliation).
const CREDIT_LINE = /^\s*[―—–]\s*([\p{Lu}][^,"“”«»()]{1,60}?)\s*(?:,\s*([^"“”«»]{1,80}?))?\s*$/u;
// A hyphen (or two) standing for the dash, as plain-text copies write it ("- Jane Roe.", "-Jane Roe, Leeds."):
// only capitalised words after it, a name, since a hyphen also opens list items ("- Putin pledges support").
const HYPHEN_CREDIT_LINE = /^\s*-{1,2}\s*((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*\.?)\s*(?:,\s*([^"“”«»]{1,80}?))?\s*$/u;

/**
 * Credits the quotes of a paragraph that held nothing but them to the name on the dash line after it, when
 * paragraph `p` is such a line. Only a person or organisation named in full counts: a dash line is no sentence.
 */
export function creditLine(p: Passage, quotes: readonly QuoteRecord[], ds: DocumentSpeakers): boolean {
  // (A line ending in a colon introduces what follows it, as a list's item does: "- The Kiel Canal, 98 km long:".)
  if (/:\s*$/u.test(p.text)) return false;
  const m = CREDIT_LINE.exec(p.text) ?? HYPHEN_CREDIT_LINE.exec(p.text);
  if (!m) return describedCreditLine(p, quotes, ds);
  const parsed = parseSpeakerPhrase(m[1]!.replace(/(?<=[\p{Ll}]{2})\.$/u, ''));
  if (parsed?.type !== 'name') return false;
  const role = m[2]?.trim() || null;
  for (const r of quotes) {
    r.local = ds.resolve(parsed, p.paragraph, role, true);
    r.path = `credit line | ${ds.lastPath}`;
    r.attributedRole = cleanRole(role ?? parsed.role);
    r.own = true;
    r.quote.speech = true;
  }
  return true;
}

// A dash line describing one nameless speaker: "— a State Department official, speaking on condition of anonymity".
const DESCRIBED_LINE = /^\s*[―—–]\s*((?:a|an)\s+[^,"“”«»()]{1,60}?)\s*(?:,\s*[^"“”«»]{1,80}?)?\s*$/u;

/**
 * `— a State Department official, speaking on condition of anonymity` under a paragraph of quotes: one nameless
 * speaker described by "a" or "an" says them, as such a line set in the quote's own paragraph does. A plural
 * ("— two officials") or anything not read as one person described credits no one.
 */
function describedCreditLine(p: Passage, quotes: readonly QuoteRecord[], ds: DocumentSpeakers): boolean {
  const m = DESCRIBED_LINE.exec(p.text);
  const parsed = m ? parseSpeakerPhrase(m[1]!) : null;
  if (parsed?.type !== 'description' || parsed.kind !== 'unnamed' || parsed.plural) return false;
  for (const r of quotes) {
    r.local = ds.resolve(parsed, p.paragraph, null, true);
    r.path = `described credit line | ${ds.lastPath}`;
    r.own = true;
    r.quote.speech = true;
  }
  return true;
}

// An embedded post as a page's text keeps it: the post's words whole in quotation marks, then its author's line
// "— NAME (@handle) Month D, YYYY", blockquote marks (">") perhaps before each.
const EMBEDDED_POST = /^\s*(?:>\s*)?["“][^"“”]+["”]\s*(?:>\s*)?[―—–]\s*([\p{Lu}][^()"“”@,]{1,60}?)\s*\(@[\p{L}\d_.]+\)\s*(?:[\p{Lu}][\p{Ll}]+\.?\s+\d{1,2},\s+\d{4})?\s*$/u;
// A member's post-nominal letters after the author's name ("Jane Roe MP"): no part of the name.
const POST_NOMINAL = /\s+(?:MP|MPP|MLA|MSP|MS|MEP|QC|KC)$/u;

/**
 * Credits the one quote of a paragraph that is an embedded post (`> “...”` then `> — Jane Roe (@janeroe) May 2,
 * 2024`) to the author its line names: the quotation marks hold the whole post, so the words are the author's own
 * (words quoted inside a longer post are someone else's, and are not read so). True when it credited.
 */
export function embeddedPostCredit(p: Passage, quotes: readonly QuoteRecord[], ds: DocumentSpeakers): boolean {
  if (quotes.length !== 1 || quotes[0]!.local) return false;
  const m = EMBEDDED_POST.exec(p.text);
  if (!m) return false;
  const parsed = parseSpeakerPhrase(m[1]!.replace(POST_NOMINAL, ''));
  if (parsed?.type !== 'name') return false;
  const r = quotes[0]!;
  r.local = ds.resolve(parsed, p.paragraph, null, true);
  r.path = `embedded post's author line | ${ds.lastPath}`;
  r.own = true;
  r.quote.speech = true;
  return true;
}

// A vox pop's label: a person's name (two to four capitalised words, or one), a comma, then what the person is,
// ending in a colon, with no quotation mark: "Olga Marsk, 34, pharmacist:", "Artur, 19, student:".
const VOX_LABEL = /^\s*((?:[\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}'’]+)?)(?:\s+[\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}'’]+)?){0,3}),\s+(\d{1,3},\s+)?([^"“”«»_:;]{2,160}?)\s*:\s*$/u;

/**
 * A vox pop's label over the quote in the next paragraph (`**Olga Marsk, 34, pharmacist:**`, then the words):
 * the person it names speaks them. Only a label set in bold all through, or one with the person's age right after
 * the name, as vox pops give it, and no verb of speech in it (a sentence "Jane Roe, asked why, said:" is read
 * as prose). The job after the age is the person's role.
 */
export function voxPopIntroduction(p: Passage, bold: boolean, ds: DocumentSpeakers): LocalSpeaker | null {
  const m = VOX_LABEL.exec(p.text);
  if (!m || (!bold && !m[2])) return null;
  const rest = m[3]!;
  if (rest.split(/[^\p{L}]+/u).some((w) => isSpeechVerb(w.toLowerCase()))) return null;
  const parsed = parseSpeakerPhrase(m[1]!);
  if (parsed?.type !== 'name' || parsed.kind !== 'person') return null;
  // (A lone first name is a person only with the age after it: "Artur, 19,".)
  if (!/\s/u.test(parsed.name) && !m[2] && !ds.knowsName(parsed.name)) return null;
  const job = /^[\p{Ll}][\p{Ll}\s-]*$/u.test(rest.split(',')[0]!.trim()) ? rest.split(',')[0]!.trim() : null;
  return ds.resolve(parsed, p.paragraph, job, true);
}
