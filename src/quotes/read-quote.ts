/**
 * One quote's own attribution: the reporting clause read by the plainest patterns, the grammar, then the older
 * readings, each corrected for complements, fronted clauses, relayed and asked speech.
 */
import { isSpace as isSpaceCode } from '../text/chars.ts';
import type { Passage } from '../types.ts';
import { attributionBefore, isLabelCue, isPartial, SPEECH_VERB, type QuoteSpan } from './attribution.ts';
import { grammarAttribution } from './grammar.ts';
import { ofComplement } from './of-complement.ts';
import { addresseePhrase } from './addressee-phrase.ts';
import { inFrontedClause } from './fronted-subject.ts';
import { unspokenQuote } from './unspoken-quote.ts';
import { absoluteSubject, participleAfterClause, shareOfGroup } from './absolute-clause.ts';
import { appositiveName } from './appositive-name.ts';
import { creditAfterQuote } from './credit-after.ts';
import { colonSubject } from './colon-subject.ts';
import { askedBy } from './asked-by.ts';
import { frontedClause } from './fronted-clause.ts';
import { plainAttribution, plainAttributionBefore } from './plain-attribution.ts';
import { cleanRole, type DocumentSpeakers, type LocalSpeaker } from './document-speakers.ts';
import { whatCalledSubject } from './what-called.ts';
import { soCreditAfter } from './so-credit.ts';
import { asCreditAfter } from './as-credit.ts';
import { joinedSubject } from './clause-subject.ts';
import { setOffSubject } from './set-off-subject.ts';
import { reportedClauseSubject } from './reported-clause.ts';
import { relayedSpeaker } from './relayed-clause.ts';
import { quotedAsSpeaker } from './quoted-as.ts';
import { insideClosedAside } from './aside-credit.ts';
import { verblessCredit } from './verbless-credit.ts';
import { relativeSpeaker } from './relative-speaker.ts';
import { withWordsSpeaker } from './with-words.ts';
import { bodyRole, parenthesisedCredit } from './parenthesised-credit.ts';
import type { QuoteRecord } from './quote-record.ts';
import { parseSpeakerPhrase, parseSubjectPhrase, type ParsedSpeaker } from './speaker-phrases.ts';

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
  const label = !called && !sentenceInitial && !withWordsSpeaker(beforeMasked) && isLabelCue(text.slice(Math.max(rs, span.open - 40), span.open)) && !/^\s*by\s+(?:[\p{Lu}]|the\s+[\p{Lu}])/u.test(masked.slice(span.close + 1, span.close + 12));
  const partial = label || isPartial(beforeMasked, words, sentenceInitial);
  let local: LocalSpeaker | null = null;
  let attributedRole: string | null = null;
  let own = false;
  let path: string | undefined;
  let untoldPronoun: 'he' | 'she' | undefined;
  if (!label) {
    let attribution: { phrase: string; appositive: string | null } | null = null;
    let parsed: ParsedSpeaker | null = null;
    // The plainest attributions are read as they stand; the rest by the grammar of the sentence, then by the
    // older reading of the words before it.
    const inner = lastNonSpace(text, span.open + 1, span.close);
    const plain = (span.closed ? plainAttribution(masked.slice(span.close + 1, re), inner) : null) ?? plainAttributionBefore(beforeMasked);
    const calledBy = called ? parseSubjectPhrase(called) : null;
    if (called && calledBy) {
      attribution = { phrase: called, appositive: null };
      parsed = calledBy;
    }
    // `"..." (statement by Jane Roe, ...)`: a parenthesis right after the quote names its speaker.
    const paren = span.closed && !attribution ? parenthesisedCredit(masked.slice(span.close + 1, re)) : null;
    const parenParsed = paren ? parseSubjectPhrase(paren.name) : null;
    if (paren && parenParsed?.type === 'name' && (parenParsed.kind === 'person' || paren.led)) {
      attribution = { phrase: paren.name, appositive: null };
      parsed = parenParsed;
    }
    for (const read of attribution ? [] : [() => plain, () => grammarAttribution(text, spans, spans.indexOf(span), rs, grammarEnd)]) {
      let grammar = read();
      // A heading's "Name: 'fragment'" counts only for a name the document knows ("Summary: ..." is none).
      if (grammar?.cue === 'heading' && !ds.knowsName(grammar.phrase)) grammar = null;
      parsed = grammar ? parseSubjectPhrase(grammar.phrase) : null;
      if (grammar && parsed) {
        attribution = { phrase: grammar.phrase, appositive: grammar.role };
        break;
      }
    }
    // `from Sarah Roe (no relation, she assures us): "..."`: a credit inside a closed aside is the aside's.
    if (attribution && insideClosedAside(beforeMasked, beforeMasked.lastIndexOf(attribution.phrase))) {
      attribution = null;
      parsed = null;
    }
    let complement = false;
    // `voiced in his demand: "Tear down this wall!" Conservatives still praise ...`: a full quote a colon opens and
    // "!" or "?" closes ends its sentence; the clause after it is the next sentence, no credit.
    if (attribution && parsed && span.closed && /[!?]/u.test(inner) && /:\s*$/u.test(beforeMasked) && !(masked.lastIndexOf(attribution.phrase, span.open) >= rs)) {
      attribution = null;
      parsed = null;
      complement = true;
    }
    // "Kask and Lind called them "..."": one person of several subjects does not speak alone (a group may).
    if (attribution && parsed && ((parsed.type === 'name' && parsed.kind === 'person') || (parsed.type === 'description' && !parsed.plural))) {
      const at = phraseAt(masked, rs, re, span, attribution.phrase);
      if (at >= rs && joinedSubject(masked.slice(rs, re), at - rs, attribution.phrase, span.open - rs)) {
        attribution = null;
        parsed = null;
        complement = true;
      }
    }
    // A phrase after "of" or "from" is the complement of the noun before it ("Jane Roe of the Armenian
    // Patriarchate told", "37 percent of Americans say"): the head of the whole phrase speaks, or nobody told.
    if (attribution && parsed) {
      const at = phraseAt(masked, rs, re, span, attribution.phrase);
      const read = at >= 0 ? ofComplement(masked.slice(rs, re), at - rs, attribution.phrase) : null;
      const owner = read?.owner ? parseSubjectPhrase(read.owner) : null;
      if (read) {
        complement = true;
        attribution = owner ? { phrase: read.owner!, appositive: attribution.appositive } : null;
        parsed = owner;
      }
    }
    // `Another source speaking to Fox News said "..."`: the one spoken to does not speak (`addressee-phrase.ts`).
    if (attribution && parsed) {
      const at = phraseAt(masked, rs, re, span, attribution.phrase);
      const heard = at >= rs ? addresseePhrase(masked.slice(rs, re), at - rs, attribution.phrase) : null;
      const owner = heard?.owner ? parseSubjectPhrase(heard.owner) : null;
      if (heard) {
        complement = true;
        attribution = owner && owner.type !== 'pronoun' ? { phrase: heard.owner!, appositive: null } : null;
        parsed = attribution ? owner : null;
      }
    }
    // `When rebels took the port, Jane Roe called them "bandits"`: a fronted clause's subject is not the main verb's.
    const fronted = attribution && parsed ? inFrontedClause(masked.slice(rs, re), phraseAt(masked, rs, re, span, attribution.phrase) - rs, span.open - rs) : null;
    if (fronted) {
      const pronoun = fronted.pronoun ? parseSubjectPhrase(fronted.pronoun) : null;
      attribution = pronoun ? { phrase: fronted.pronoun!, appositive: null } : null;
      parsed = pronoun;
      complement = true;
    }
    // The older reading of the words before the quote, when the grammar found nothing. (Its reading of the
    // words after the quote was dropped: on PolNeAR's train split it gave 15 right speakers for 10 wrong.)
    if (!parsed && !sentenceInitial && !complement) {
      attribution = attributionBefore(beforeMasked);
      parsed = attribution ? parseSpeakerPhrase(attribution.phrase) : null;
    }
    // `..., chaired by Jane Roe, who opened by asking whether it was "..."`: the antecedent of "who" speaks;
    // `Jane Roe met him with a handshake and the words "..."`: the sentence's subject does.
    if (!parsed && !sentenceInitial && !complement) {
      const antecedent = relativeSpeaker(beforeMasked) ?? withWordsSpeaker(beforeMasked);
      const named = antecedent ? parseSubjectPhrase(antecedent) : null;
      if (antecedent && named?.type === 'name') {
        attribution = { phrase: antecedent, appositive: null };
        parsed = named;
      }
    }
    // A description with a name in apposition ("Florida's attorney general, Jane Roe, vowed"): the name speaks.
    // (A description the phrase reader took for a name ends in a lowercase word: "Florida's attorney general".)
    if (attribution && parsed && (parsed.type === 'description' || (parsed.type === 'name' && /(?:^|\s)[\p{Ll}]+$/u.test(attribution.phrase)))) {
      const at = phraseAt(masked, rs, re, span, attribution.phrase);
      const name = at >= 0 ? appositiveName(masked.slice(rs, re), at - rs, attribution.phrase) : null;
      const named = name ? parseSubjectPhrase(name) : null;
      if (name && named) {
        attribution = { phrase: name, appositive: attribution.appositive ?? attribution.phrase };
        parsed = named;
      }
    }
    // A quote inside a fronted clause of time or cause ("After X said ... "...," Y said") is that clause's.
    // (Only against a credit read after the quote: one read inside the clause, before the quote, stands.)
    if (attribution && parsed && phraseAt(masked, rs, re, span, attribution.phrase) > span.close) {
      const fronted = frontedClause(beforeMasked, masked.slice(span.close + 1, re), inner);
      if (fronted) {
        const subject = fronted.subject ? parseSubjectPhrase(fronted.subject) : null;
        complement = true;
        attribution = subject ? { phrase: fronted.subject!, appositive: null } : null;
        parsed = subject;
      }
    }
    // `X had told Y that ... "...", Z recalled`: the words are X's, Z only passes them on.
    if (attribution && parsed && phraseAt(masked, rs, re, span, attribution.phrase) > span.close) {
      const reporter = reportedClauseSubject(beforeMasked, masked.slice(span.close + 1, re), inner);
      const named = reporter ? parseSubjectPhrase(reporter) : null;
      if (reporter && named?.type === 'name' && named.kind === 'person') {
        attribution = { phrase: reporter, appositive: null };
        parsed = named;
      }
    }
    // `The agency reported that Kim invited Putin "..."`: the medium relays, the subject of the speech act speaks.
    if (attribution && parsed && parsed.type !== 'pronoun') {
      const relayed = relayedSpeaker(beforeMasked);
      const subject = relayed ? parseSubjectPhrase(relayed) : null;
      if (relayed && subject && subject.type !== 'pronoun' && beforeMasked.indexOf(attribution.phrase) >= 0 && beforeMasked.indexOf(attribution.phrase) < beforeMasked.indexOf(relayed)) {
        attribution = { phrase: relayed, appositive: null };
        parsed = subject;
      }
    }
    // `The paper quotes an official as saying: "..."`: the one quoted speaks, the medium only relays.
    if (!sentenceInitial) {
      const quoted = quotedAsSpeaker(beforeMasked);
      const subject = quoted ? parseSubjectPhrase(quoted) : null;
      // (Not a definite description of a person, "the president": which one it is, the quote's sentence does not
      // settle, and the earlier person it would be tied to may be another president.)
      if (quoted && subject && subject.type !== 'pronoun' && !(subject.type === 'description' && subject.definite && subject.kind === 'unnamed')) {
        attribution = { phrase: quoted, appositive: null };
        parsed = subject;
      }
    }
    // The one asked does not speak the question: "X was asked by host Y, "...?"" is Y's, or nobody's told.
    if (attribution && parsed) {
      // (The phrase as the clause's subject: its first mention in the sentence.)
      const at = masked.indexOf(attribution.phrase, rs);
      const asked = at >= 0 && at < span.open ? askedBy(masked.slice(at + attribution.phrase.length, span.open)) : null;
      if (asked) {
        const asker = asked.asker ? parseSubjectPhrase(asked.asker) : null;
        complement = true;
        attribution = asker ? { phrase: asked.asker!, appositive: null } : null;
        parsed = asker;
      }
    }
    // A credit after the quote with words set off around the name that the grammar could not read.
    if (!parsed && !complement && span.closed && /[,?!…—–-]/u.test(inner)) {
      const credit = creditAfterQuote(masked.slice(span.close + 1, re));
      const named = credit ? parseSubjectPhrase(credit.name) : null;
      if (credit && named) {
        attribution = { phrase: credit.name, appositive: credit.role };
        parsed = named;
      }
    }
    // `"...," as Cruz said on Monday`: the subject of a clause of manner after the quote gave the words.
    if (!parsed && !complement && span.closed) {
      const as = asCreditAfter(masked.slice(span.close + 1, re));
      const named = as ? parseSubjectPhrase(as) : null;
      if (as && named && named.type !== 'pronoun') {
        attribution = { phrase: as, appositive: null };
        parsed = named;
      }
    }
    // `"...," so Putin.`: a credit by "so" and no verb, as translations from German write it.
    if (!parsed && !complement && span.closed) {
      const so = soCreditAfter(masked.slice(span.close + 1, re), inner);
      const named = so ? parseSubjectPhrase(so) : null;
      if (so && named && named.type !== 'pronoun') {
        attribution = { phrase: so, appositive: null };
        parsed = named;
      }
    }
    // `Putin, without breaking stride: "..."`, `An email from reader Jane Roe: "..."`: a credit with no verb.
    if (!parsed && !complement) {
      const name = verblessCredit(beforeMasked);
      const named = name ? parseSubjectPhrase(name) : null;
      if (name && named?.type === 'name' && named.kind === 'person' && (/\s/u.test(named.name) || ds.knowsName(named.name))) {
        attribution = { phrase: name, appositive: null };
        parsed = named;
      }
    }
    // A full sentence quoted after a colon, the clause before it opening with a name as its subject.
    if (!parsed && !complement && /^[\p{Lu}\p{N}]/u.test(words)) {
      const name = colonSubject(beforeMasked);
      const named = name ? parseSubjectPhrase(name) : null;
      if (name && named?.type === 'name' && named.kind === 'person' && (/\s/u.test(named.name) || ds.knowsName(named.name))) {
        attribution = { phrase: name, appositive: null };
        parsed = named;
      }
    }
    // A name before the quote with long words set off between it and its reporting verb.
    if (!parsed && !complement && !sentenceInitial) {
      const setOff = setOffSubject(beforeMasked);
      const named = setOff ? parseSubjectPhrase(setOff.name) : null;
      if (setOff && named?.type === 'name' && named.kind === 'person' && (/\s/u.test(named.name) || ds.knowsName(named.name))) {
        attribution = { phrase: setOff.name, appositive: setOff.role };
        parsed = named;
      }
    }
    // `..., with one of her ads asking, "..."`: the absolute clause's subject speaks, not the sentence's.
    const absolute = !sentenceInitial && attribution && parsed ? absoluteSubject(beforeMasked) : null;
    if (absolute !== null && !absolute.includes(attribution!.phrase) && !attribution!.phrase.includes(absolute)) {
      const owner = parseSubjectPhrase(absolute);
      attribution = owner && owner.type !== 'pronoun' ? { phrase: absolute, appositive: null } : null;
      parsed = attribution ? owner : null;
      complement = true;
    }
    // `Roe asks as a guard walks in front of her, saying he is "..."`: the participle may be either subject's.
    if (attribution && parsed) {
      const at = masked.lastIndexOf(attribution.phrase, span.open);
      if (at >= rs && participleAfterClause(masked.slice(at + attribution.phrase.length, span.open))) {
        attribution = null;
        parsed = null;
        complement = true;
      }
    }
    // `Some 55 percent of voters said "..."`: a poll's share of a group speaks no words.
    if (attribution && parsed && parsed.type !== 'pronoun' && shareOfGroup(masked.slice(rs, re), phraseAt(masked, rs, re, span, attribution.phrase) - rs, attribution.phrase)) {
      attribution = null;
      parsed = null;
      complement = true;
    }
    // `held up a sign that read "..."`, `chants of "..."`, `refused to call it "..."`: nobody in the sentence spoke it.
    if (!sentenceInitial && unspokenQuote(beforeMasked, masked.slice(rs, re))) {
      attribution = null;
      parsed = null;
      complement = true;
    }
    // `the newspaper Folha Nova called it "..."`: the name a medium or body noun stands before is that body's.
    if (attribution && parsed?.type === 'name' && parsed.kind === 'person' && attribution.appositive && bodyRole(attribution.appositive)) parsed = { ...parsed, kind: 'organisation' };
    if (attribution && parsed) {
      own = true;
      local = ds.resolve(parsed, p.paragraph, attribution.appositive, true);
      path = ds.lastPath;
      if (!local && parsed.type === 'pronoun' && (parsed.pronoun === 'he' || parsed.pronoun === 'she')) untoldPronoun = parsed.pronoun;
      attributedRole = cleanRole(attribution.appositive ?? (parsed.type === 'name' ? parsed.role : null));
    } else if (complement) {
      // Credited in its sentence, to someone who cannot be told: no speaker of a quote nearby is meant.
      own = true;
    } else if (span.closed && creditFollows(masked, span.close + 1, re, text.slice(span.start, span.close).replace(/[\s'’"”]+$/u, '').slice(-1))) {
      // A credit follows in the sentence but could not be read ("..., said United Auto Workers Secretary-
      // Treasurer Gary Casteel"): someone is named there, so the speaker of the quote before is not meant.
      own = true;
    }
  }
  SPEECH_VERB.lastIndex = 0;
  const speech = !label && (local !== null || !partial || SPEECH_VERB.test(masked.slice(rs, re)));
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
    sentenceInitial: sentenceInitial && !(span.closed && !/[,?!—–-]/u.test(lastNonSpace(text, span.open + 1, span.close)) && /^\s*(?:is|was|are|were|has|had|have|will|would|became|becomes|remains)\b/u.test(masked.slice(span.close + 1, re))),
    paragraphInitial: onlySpaces(text, 0, span.open),
    own,
    latestBefore,
    path,
    untoldPronoun,
  };
}

/** Where the speaker phrase stands in the quote's sentence `masked[rs, re)`: the nearest before the quote, else after it; -1 if not found. */
function phraseAt(masked: string, rs: number, re: number, span: QuoteSpan, phrase: string): number {
  const before = masked.lastIndexOf(phrase, span.open);
  if (before >= rs) return before;
  const after = masked.indexOf(phrase, span.close);
  return after >= 0 && after < re ? after : -1;
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
  if ((/[,]/u.test(inner) || /^\s*,/u.test(after)) && INVERTED_CREDIT.test(after)) return true;
  // The comma may close the quote inside its marks (`"...," the editorial board writes.`).
  const comma = /[,?!]/u.test(inner) ? 0 : after.search(/[,—–―]/u);
  if (comma < 0) return false;
  SPEECH_VERB.lastIndex = 0;
  const has = SPEECH_VERB.test(after.slice(comma));
  SPEECH_VERB.lastIndex = 0;
  return has;
}

/** A description and a verb in the past or present tense: "the crowd yelled", "some protesters chanted". */
const DESCRIBED_CREDIT = /^\s*(?:the|a|an|some|one|another|several|many)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+\s+(?:[\p{Ll}]+ed|[\p{Ll}]+[^s]s|cried|told|said|sang|shouted|yelled)\b/u;

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
