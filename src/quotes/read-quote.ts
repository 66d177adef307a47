/**
 * One quote's own attribution: whether it is a label or a fragment, the credit its sentence gives it (read by the
 * table of `credit-readers.ts`), and that credit resolved to a speaker of the document.
 */
import { bodyNamedAfterRole } from './body-after-role.ts';
import { isProgrammeTitle } from './programme-title.ts';
import { isSpace as isSpaceCode } from '../text/chars.ts';
import type { Passage } from '../types.ts';
import { knownInDescribedObject } from './known-in-described.ts';
import { closingMarkAt, isAskedObject, isLabelCue, isLabelNounAfter, isLabelApposition, isPartial, SPEECH_VERB, type QuoteSpan } from './attribution.ts';
import { cleanRole, type DocumentSpeakers, type LocalSpeaker } from './document-speakers.ts';
import { whatCalledSubject } from './what-called.ts';
import { withWordsSpeaker } from './with-words.ts';
import { readCredit } from './credit-readers.ts';
import { workTitleQuote } from './work-title.ts';
import { isNamingHabitLabel } from './naming-habit.ts';
import { blankCreditDashes } from './dash-credit.ts';
import { blankWriterAsides } from './writer-aside.ts';
import { parseSpeakerPhrase, roleOnlyDescription, type ParsedSpeaker } from './speaker-phrases.ts';
import type { QuoteRecord } from './quote-record.ts';
import { possessedSpeechOwner } from './possessed-speech.ts';
import { blankRelationAsides } from './relation-aside.ts';
import { blankFormerNameAsides, blankInterpreterAsides } from './interpreter-aside.ts';
import { respondentBeforeColon } from './response-colon.ts';
import { agentOnlySubject } from './agent-in-subject.ts';

// "through the voice of State Department spokesman Jane Doe", "through the voice of its spokesman, Jane Doe".
const VOICE_OF = /\b(?:through|by) the (?:voice|mouth) of\s+(?:(?:its|their|his|her)\s+[\p{Ll} ]{3,40},\s+)?([^,;.]{3,80}?)\s*(?:[,;.]|$)/u;

// '"...," the old guide said.', '"...," said the guide.': "the" and lowercase words crediting the quote right after it.
// (A capitalised word of a party or a people may stand before the lowercase head, "the Republican presidential
// candidate said": the one the text gave that role must bear it too, `roleOnlyDescription`.)
const DESCRIBED_AFTER = /^[\s,]*(?:(the\s+(?:(?:[\p{Ll}-]+|[\p{Lu}][\p{Ll}]+)\s+){0,2}[\p{Ll}-]+)\s+(?:said|says|added|adds|told|tells|explained|recalled|replied|warned)\b|(?:said|says|added|adds)\s+(the\s+(?:(?:[\p{Ll}-]+|[\p{Lu}][\p{Ll}]+)\s+){0,2}[\p{Ll}-]+)\s*[.,;])/u;

/** The description credited right after a quote ("the old guide"), or null. */
// A dash, then a description running to the line's end: "— the prosecutor's office."
const DESCRIBED_DASH_LINE = /^\s*(?:—|–|--)\s*(?:the|a|an|his|her|their|its|one)\s+[^"“”_\n]{2,80}?[.!]?\s*$/u;

function describedCreditAfter(after: string): string | null {
  const m = DESCRIBED_AFTER.exec(after);
  return m ? (m[1] ?? m[2])! : null;
}

/** The speaker of "through the voice of <spokesman>" in the sentence, when one can be read. */
function voiceOf(sentence: string): ParsedSpeaker | null {
  const m = VOICE_OF.exec(sentence);
  const parsed = m ? parseSpeakerPhrase(m[1]!) : null;
  return parsed && parsed.type === 'name' && parsed.kind === 'person' ? parsed : null;
}

/** The owner of the speech an "in which he/she" clause opens on (`possessed-speech.ts`), when a person of that pronoun's gender or none told. */
function ownerOfSpeech(parsed: ParsedSpeaker, before: string, paragraph: number, ds: DocumentSpeakers): LocalSpeaker | null {
  if (parsed.type !== 'pronoun' || (parsed.pronoun !== 'he' && parsed.pronoun !== 'she')) return null;
  const name = possessedSpeechOwner(before, parsed.pronoun);
  const owner = name ? parseSpeakerPhrase(name) : null;
  if (!owner || owner.type !== 'name' || owner.kind !== 'person') return null;
  const found = ds.resolve(owner, paragraph, null, true);
  if (!found || found.kind !== 'person' || (found.gender && found.gender !== (parsed.pronoun === 'he' ? 'm' : 'f'))) return null;
  ds.lastPath = 'pronoun: the owner of the speech it opens on';
  return found;
}

// A subject's fitness stated before a colon: "The keeper is fit:", "Both wingers are doubtful:", "Reyes is out again:".
const CONDITION_COLON = /(?:^|\s)(?:is|are|was|were)\s+(?:(?:fully|now|still|also|not|again)\s+)?(?:fit|unfit|injured|doubtful|available|unavailable|suspended|out|sidelined)(?:\s+again)?\s*:\s*["“]?\s*$/u;

/** A quote of a paragraph as a record, with the speaker its own sentence credits it to, if any. */
export function readQuote(p: Passage, pi: number, span: QuoteSpan, spans: readonly QuoteSpan[], masked: string, rs: number, re: number, grammarEnd: number, ds: DocumentSpeakers): QuoteRecord {
  const text = p.text;
  const latestBefore = ds.latest();
  const words = text.slice(span.start, span.end);
  const beforeMasked = masked.slice(rs, span.open);
  const sentenceInitial = /^[\s(—–-]*$/u.test(beforeMasked);
  // The cue reads only the last 40 characters before the quote.
  // A label with the one who gave it after it is that person's words: `been called "..." by Jane Doe`.
  // "what he called "..."": the one who called it speaks, the words are no label.
  const called = sentenceInitial ? null : whatCalledSubject(masked.slice(Math.max(rs, span.open - 140), span.open));
  // (Not "the words" a named subject greeted someone with: `X met him with the words "..."` is X's speech.)
  // (A programme's title after "on" is no one's words either: `told CCN's NAME on "Morning Desk."`.)
  const label =
    (!called && !sentenceInitial && !withWordsSpeaker(beforeMasked) && (isProgrammeTitle(text.slice(Math.max(rs, span.open - 60), span.open + 1), words) || (isLabelCue(text.slice(Math.max(rs, span.open - 40), span.open)) && !knownInDescribedObject(beforeMasked))) && !/^\s*by\s+(?:[\p{Lu}]|the\s+[\p{Lu}])/u.test(masked.slice(span.close + 1, span.close + 12))) ||
    // 'In her new novel, "The Salt House," Jane Roe writes ...': a work's title, no one's words (`work-title.ts`).
    (span.closed && workTitleQuote(text, span.open, span.close, rs)) ||
    // `the "..." slogan`: a set phrase named by the noun after it (`isLabelNounAfter`).
    (span.closed && isLabelNounAfter(text.slice(Math.max(rs, span.open - 8), span.open), text.slice(span.close + 1, span.close + 41))) ||
    // `asked the "..." to stay`: a doubted word for the ones asked, not speech (`isAskedObject`).
    (span.closed && !sentenceInitial && isAskedObject(text.slice(Math.max(rs, span.open - 40), span.open), words, text.slice(span.close, span.close + 30))) ||
    // `the "...," a name the council never used again`: a label in apposition, no one's words here.
    (span.closed && !sentenceInitial && isLabelApposition(masked.slice(span.close + 1, Math.min(re, span.close + 121))));
  const partial = label || isPartial(beforeMasked, words, sentenceInitial);
  let local: LocalSpeaker | null = null;
  let attributedRole: string | null = null;
  let own = false;
  let path: string | undefined;
  let untoldPronoun: 'he' | 'she' | undefined;
  if (!label) {
    // The grammar reads the words round the quote in the text itself: a Russian dash credit is read there as a comma.
    // (An interpreter named in an aside between the subject and its verb is read as blank: `interpreter-aside.ts`.)
    const creditMasked = blankFormerNameAsides(blankInterpreterAsides(masked));
    const credit = readCredit({ text: blankFormerNameAsides(blankInterpreterAsides(blankRelationAsides(blankWriterAsides(text, blankCreditDashes(text, text, spans), spans)))), masked: creditMasked, rs, re, grammarEnd, span, spans, beforeMasked: creditMasked.slice(rs, span.open), inner: lastNonSpace(text, span.open + 1, closingMarkAt(text, span)), words, sentenceInitial, called, ds });
    const { attribution, complement } = credit;
    // A government or body that speaks "through the voice of" its spokesman speaks in his words.
    const parsed = credit.parsed && credit.parsed.type !== 'pronoun' && credit.parsed.kind === 'organisation' ? (voiceOf(masked.slice(rs, re)) ?? credit.parsed) : credit.parsed;
    // '"...," Ruiz said, "...," a claim Kell rejected: "..."': the one answering before the colon speaks (`response-colon.ts`).
    const respondent = span.closed ? respondentBeforeColon(beforeMasked) : null;
    let roleHolder: ParsedSpeaker | null = null;
    let heldBy: LocalSpeaker | null = null;
    if (respondent) {
      own = true;
      local = ds.resolve(respondent, p.paragraph, null, true);
      path = `answer after a colon | ${ds.lastPath}`;
    } else if (attribution && parsed && parsed.type === 'name' && agentOnlySubject(masked.slice(rs, re), attribution.phrase.replace(/[.,]+$/u, ''))) {
      // "A fund run by NAME said ...": the fund speaks, not NAME (`agent-in-subject.ts`); no one, when the fund cannot be read as a speaker.
      own = true;
      const body = agentOnlySubject(masked.slice(rs, re), attribution.phrase.replace(/[.,]+$/u, ''))!;
      if (body !== 'nobody') {
        local = ds.resolve(body, p.paragraph, null, true);
        path = `the subject an agent's name describes | ${ds.lastPath}`;
      } else path = 'none: the subject an agent\'s name describes';
    } else if (attribution && parsed && CONDITION_COLON.test(beforeMasked)) {
      // "2. The keeper is fit: "..."": a copula and a word of fitness before the colon tell of the subject, in
      // the words of whoever gives the list (a coach, a doctor); no manner of speaking makes them the subject's.
      own = true;
      path = 'none: a condition before a colon';
    } else if (attribution && parsed) {
      own = true;
      // ("A spokesperson for a rival insurer, Northsea Mutual, said": the name set off is the insurer's.)
      const body = bodyNamedAfterRole(attribution.appositive, parsed, text.slice(rs, re));
      local = body ? ds.resolve(body, p.paragraph, null, true) : ownerOfSpeech(parsed, beforeMasked, p.paragraph, ds) ?? ds.resolve(parsed, p.paragraph, attribution.appositive, true);
      path = credit.byWriter ? `writer: byline | ${ds.lastPath}` : ds.lastPath;
      if (credit.byWriter && local) ds.markNarrator(local);
      if (!local && parsed.type === 'pronoun' && (parsed.pronoun === 'he' || parsed.pronoun === 'she')) untoldPronoun = parsed.pronoun;
      attributedRole = cleanRole(attribution.appositive ?? (parsed.type === 'name' ? parsed.role : null));
    } else if (!parsed && span.closed && (roleHolder = roleOnlyDescription(attribution?.phrase ?? describedCreditAfter(masked.slice(span.close + 1, re)) ?? '')) && (heldBy = ds.resolve(roleHolder, p.paragraph, null, true))) {
      // '"...," the old guide said.' after "The camp's guide is Petra Vasko.": one the text gave that role (else the
      // credit is left to the readings after, as before).
      own = true;
      local = heldBy;
      path = ds.lastPath;
    } else if (complement) {
      // Credited in its sentence, to someone who cannot be told: no speaker of a quote nearby is meant.
      own = true;
    } else if (span.closed && DESCRIBED_DASH_LINE.test(masked.slice(span.close + 1, re).split('\n')[0]!)) {
      // '1. "No comment" — the prosecutor's office.': a dash credit on the quote's own line that names no one the
      // reading could take is still its credit; the speaker of the line before is not meant.
      own = true;
    } else if (span.closed && creditFollows(masked, span.close + 1, re, text.slice(span.start, span.close).replace(/[\s'’"”]+$/u, '').slice(-1))) {
      // A credit follows in the sentence but could not be read ("..., said United Auto Workers Secretary-
      // Treasurer Gary Casteel"): someone is named there, so the speaker of the quote before is not meant.
      own = true;
    }
  }
  // `locals still call the square "..."`, `calls the talk of a new "..." premature`: a name or a term, no one's
  // words. (Read as credited first, so that the one the sentence names is still the one a "he says" after it means.)
  const named = !label && !called && !sentenceInitial && span.closed && isNamingHabitLabel(beforeMasked, masked.slice(span.close + 1, Math.min(re, span.close + 41)));
  const namer = named ? local : null;
  if (named) {
    local = null;
    own = true;
    attributedRole = null;
    untoldPronoun = undefined;
    path = 'none: a name or term given by a habit of naming';
  }
  SPEECH_VERB.lastIndex = 0;
  const speech = !label && !named && (local !== null || !partial || SPEECH_VERB.test(masked.slice(rs, re)));
  SPEECH_VERB.lastIndex = 0;
  const [sentenceStart, sentenceEnd] = sentenceAround(p, span);
  const sentence = text.slice(sentenceStart, sentenceEnd);
  return {
    quote: { quote: words, partial, speakerId: null, speaker: null, role: null, speech, sentence, citation: p.citation },
    passage: pi,
    span,
    sentenceStart,
    local,
    attributedRole,
    // A quote opening its sentence as its subject, the narration going on with an auxiliary (`"American Skin"
    // was written by ...`), is a title or a name, not words going on from the quote before.
    sentenceInitial: sentenceInitial && !(span.closed && !/[,?!—–-]/u.test(lastNonSpace(text, span.open + 1, closingMarkAt(text, span))) && /^\s*(?:is|was|are|were|has|had|have|will|would|became|becomes|remains)\b/u.test(masked.slice(span.close + 1, re))),
    paragraphInitial: onlySpaces(text, 0, span.open),
    own,
    latestBefore,
    path,
    untoldPronoun,
    namer,
  };
}

/**
 * Whether `masked[from, to)`, the rest of a quote's sentence, holds a comma or dash and then a reporting verb
 * (`inner`: the quote's last mark inside its quotation marks, a comma there counting as the comma).
 */
function creditFollows(masked: string, from: number, to: number, inner: string): boolean {
  const after = masked.slice(from, Math.min(to, from + 300));
  // A described subject and its verb right after a quote that ends on its own comma, "?" or "!" (`"Mexico!" the
  // audience screamed back.`, `"Out!" the crowd yelled.`): someone is credited, whatever the verb.
  if (/[,?!]/u.test(inner) && DESCRIBED_CREDIT.test(after)) return true;
  // An inverted verb of any meaning, perhaps a phrase of place or manner, then its subject (`"...", thundered in
  // Lyon the union's leader ...`, `"...," estimated the minister`): someone is credited, whatever the verb.
  // (After "!" or "?" too: `"Choke!" blared the front page of the Herald.`)
  if ((/[,?!]/u.test(inner) || /^\s*,/u.test(after)) && INVERTED_CREDIT.test(after)) return true;
  // The comma may close the quote inside its marks (`"...," the editorial board writes.`).
  const comma = /[,?!]/u.test(inner) ? 0 : after.search(/[,—–―]/u);
  if (comma < 0) return false;
  SPEECH_VERB.lastIndex = 0;
  const has = SPEECH_VERB.test(after.slice(comma));
  SPEECH_VERB.lastIndex = 0;
  return has;
}

/** A description and a verb in the past or present tense: "the crowd yelled", "some protesters chanted". */
// (Perhaps with where the one described stood: `"...," a man at the back shouted.`)
const DESCRIBED_CREDIT = /^\s*(?:the|a|an|some|one|another|several|many)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+(?:\s+(?:at|in|on|near|behind|from)\s+the\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}]+)?\s+(?:[\p{Ll}]+ed|[\p{Ll}]+[^s]s|cried|told|said|sang|shouted|yelled)\b/u;

/** A verb in the past or present tense after the quote, an optional phrase of place or manner, and a subject. */
const INVERTED_CREDIT = /^\s*,?\s*[\p{Ll}]{3,}(?:ed|es)\s+(?:(?:in|at|on|for|from)\s+(?:(?:his|her|its|their)\s+[\p{Ll}]+|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})\s+)?(?:the\s+[\p{Ll}]|[\p{Lu}][\p{Ll}]+\s+[\p{Lu}])/u;

/** `text.slice(from, to).trimEnd().slice(-1)`, without the copies. */
function lastNonSpace(text: string, from: number, to: number): string {
  let k = to;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k > from ? text[k - 1]! : '';
}

/** `text.slice(from, to).trim() === ''`, without the copy. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
  return true;
}

/** Where the passage's sentences that the quote stands in start and end, from the one with the opening mark to the closing one. */
function sentenceAround(p: Passage, span: QuoteSpan): [number, number] {
  const sentences = p.sentences.length ? p.sentences : [{ text: p.text, start: 0, end: p.text.length }];
  let start = 0;
  let end = p.text.length;
  for (const s of sentences) if (s.start <= span.open) start = s.start;
  const last = Math.max(span.open, Math.min(span.close, p.text.length - 1));
  for (const s of sentences) {
    if (s.end > last) {
      end = s.end;
      break;
    }
  }
  return [start, Math.max(end, start)];
}
