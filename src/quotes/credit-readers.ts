/**
 * The readers of a quote's credit in its own sentence, as one ordered table: each reads a credit the ones before
 * it left unread, or corrects one they read (a complement, a fronted clause, relayed or asked speech). Order is
 * meaning: a later reader sees, and may undo, what the earlier ones read.
 */
import { hasPatronymic } from './address-forms.ts';
import { findingAfter, pollsShowBefore } from './finding-after.ts';
import { attributionBefore, isSpeechVerb, type QuoteSpan } from './attribution.ts';
import { grammarAttribution, hearerAfter, otherClauseBetween, passiveReport } from './grammar.ts';
import { ofComplement, withoutOwnTrade } from './of-complement.ts';
import { addresseePhrase } from './addressee-phrase.ts';
import { inFrontedClause } from './fronted-subject.ts';
import { unspokenQuote } from './unspoken-quote.ts';
import { absoluteSubject, absoluteSubjectUnsure, participleAfterClause, shareOfGroup } from './absolute-clause.ts';
import { appositiveName } from './appositive-name.ts';
import { placedFirstName } from './placed-first-name.ts';
import { toastSpeaker } from './toast-credit.ts';
import { describedApposedWords, describedOwnerWords, includedInOwnedWords, possessedWords, pronounOwnedWords } from './possessed-words.ts';
import { genderOfName } from './local-speaker.ts';
import { deniedInNextSentence, deniedWords, judgedObjectWords, judgedToSay, passiveJudgedWords } from './denied-words.ts';
import { creditAfterQuote, anonymousSource } from './credit-after.ts';
import { heldViewSubject } from './held-view-colon.ts';
import { documentAuthorFound } from './document-finding.ts';
import { colonSubject, describedColonSubject, describedLastWord, personDescribedColonSubject, placeLabel, pronounSpokeSo, sceneTimeColon } from './colon-subject.ts';
import { ownedWordsPronoun } from './owned-words-colon.ts';
import { askedBy, toldBy } from './asked-by.ts';
import { singularTheyHandle, usernameCredit } from './username-credit.ts';
import { handleDescribed } from './handle-description.ts';
import { quotedOwnersWords } from './quoted-owned-answer.ts';
import { boundWhatCalled } from './what-called.ts';
import { frontedClause } from './fronted-clause.ts';
import { inWordsLater, plainAttribution, plainAttributionBefore } from './plain-attribution.ts';
import type { DocumentSpeakers } from './document-speakers.ts';
import { soCreditAside, soCreditWithRole } from './so-credit.ts';
import { asCreditAfter } from './as-credit.ts';
import { joinedSubject } from './clause-subject.ts';
import { joinedClauseColonSubject } from './joined-clause-colon.ts';
import { othersWordsBeforeColon } from './others-words-colon.ts';
import { passingVerbAt } from './passed-on-post.ts';
import { renderingVerbAt } from './rendered-text.ts';
import { impersonatedSource } from './impersonated-account.ts';
import { ownedSayingBeforeCopula } from './owned-saying-copula.ts';
import { isKnownFirstName } from './first-names.ts';
import { dashCreditLine } from './dash-credit-line.ts';
import { creditedDocumentNoun, issuerOf } from './issued-document.ts';
import { subjectIssuedTelling } from './issued-telling.ts';
import { otherOwnedDocumentTelling } from './owned-document-telling.ts';
import { heardPassive } from './heard-passive.ts';
import { listedGender } from './name-gender.ts';
import { titleSex } from './gendered-nouns.ts';
import { nameAfterRelativeCredit } from './relative-then-name.ts';
import { innerPronoun, innerSpeaker } from './inner-speaker.ts';
import { jointCredit, jointNamesAt } from './joint-names.ts';
import { describedDocumentAfter } from './described-document.ts';
import { otherPronounClause } from './other-clause.ts';
import { setOffSubject } from './set-off-subject.ts';
import { namesakeName } from './namesake-subject.ts';
import { forOpinionSpeaker } from './for-opinion.ts';
import { describedCreditAfter } from './described-credit-after.ts';
import { reportedClauseSubject } from './reported-clause.ts';
import { reportedAnswerer } from './reported-answer.ts';
import { quotedByCredit } from './quoting-credit.ts';
import { replyFrom } from './reply-from.ts';
import { quotedAsSpeaker } from './quoted-as.ts';
import { relayedAfter, relayedBefore, relayedWhen } from './relayed-words.ts';
import { documentRelative } from './document-relative.ts';
import { receivedMessage } from './received-message.ts';
import { classifyProperName, lexFirstName, lexTags } from './names.ts';
import { commonWordNotName, firstNameGender } from './first-names.ts';
import { passiveAgent } from './passive-agent.ts';
import { insideClosedAside } from './aside-credit.ts';
import { citedAuthorAfter, citedAuthorBefore, citedYearBefore } from './cited-author.ts';
import { labelCredit, listItemCredit, verblessCredit } from './verbless-credit.ts';
import { bodyItemParaphrase } from './body-item-paraphrase.ts';
import { namedSayerBefore, tellerOfOrder } from './teller-credits.ts';
import { wordSurnamePerson } from './word-surname.ts';
import { selfDescribedAntecedent } from './self-described.ts';
import { bodyWhichSpeaker, placedColonSpeaker, PROGRAMME_NOUNS, relativeColonClause, relativeColonSpeaker, relativeSpeaker, relativeWhoSays, roleSetOffBeforeWho } from './relative-speaker.ts';
import { listedGivenName } from './caller-from-place.ts';
import { coordinatedThatSpeaker } from './coordinated-that.ts';
import { carriedByDoubtful } from './doubtful-carrier.ts';
import { elidedSubject } from './elided-subject.ts';
import { frontedParticipleReported, frontedParticipleSubject } from './fronted-participle.ts';
import { givenNameSubject } from './given-name-clause.ts';
import { describedRelativeSpeaker } from './relative-description.ts';
import { sceneRelativeSpeaker } from './scene-relative.ts';
import { withWordsSpeaker } from './with-words.ts';
import { wordsTakenUpBy } from './words-taken-up.ts';
import { bodyRole, parenthesisedCredit } from './parenthesised-credit.ts';
import { oneNamedBefore, oneOfGroup, oneOfGroupBefore, oneOfGroupLeading, oneOfStandingGroup } from './one-of-group.ts';
import { isPersonNoun, parseSpeakerPhrase, parseSubjectPhrase, type ParsedSpeaker, TITLES, wordNetPerson, wordNetPersonOnly } from './speaker-phrases.ts';
import { isKindOf } from '../text/wordnet.ts';
import { closingJudgement, onlyClauseSubject } from './closing-judgement.ts';
import { formerOrLatter } from './former-latter.ts';
import { askedToVoiceBefore } from './asked-to-voice.ts';
import { headlineTitle } from './headline-title.ts';

/** What a quote's sentence holds for the readers: the paragraph, its quote-masked copy and the quote's place. */
export interface QuoteSentence {
  text: string;
  masked: string;
  /** The sentence's start and end in `masked`, and where the grammar may read to (the next sentence, after "?"). */
  rs: number;
  re: number;
  grammarEnd: number;
  span: QuoteSpan;
  spans: readonly QuoteSpan[];
  /** `masked` from the sentence's start up to the quote. */
  beforeMasked: string;
  /** The quote's last mark inside its quotation marks. */
  inner: string;
  /** The quoted words. */
  words: string;
  sentenceInitial: boolean;
  /** The subject of "what X called" before the quote, if any. */
  called: string | null;
  ds: DocumentSpeakers;
}

/** The credit read so far: the phrase and its role, the phrase parsed, and whether the sentence credits someone who cannot be told. */
export interface CreditReading {
  attribution: { phrase: string; appositive: string | null } | null;
  parsed: ParsedSpeaker | null;
  complement: boolean;
  /** The credit is the narration's "I", read as the byline's writer. */
  byWriter?: boolean;
}

type CreditReader = (r: CreditReading, q: QuoteSentence) => void;

// A name opening the sentence as the subject of a verb of naming whose complement is the quote.
// (The name may follow its office set off before it: "The party's leader, Jane Roe, called ...".)
const NAMER_OPENING = /^\s*(?:(?:But|And|Yet)\s+)?(?:(?:The|A|An|Her|His|Its|Their)\s+[^,;:"“”_]{1,50}?,\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*),?\s+(?:(?:has|had|have|once|also|then|later|publicly)\s+)*(?:called|dubbed|branded|labelled|labeled|termed|described)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:as\s+)?$/u;

/**
 * `Jane Roe called the plan "...", Kask said.`: the words are the namer's, whom the reporter after the quote
 * relays; the credit passes to the name the sentence opens with (a person named in full or known).
 */
function namerFirst(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed || q.sentenceInitial) return;
  const m = NAMER_OPENING.exec(q.beforeMasked);
  if (!m) return;
  const named = parseSubjectPhrase(m[1]!);
  if (!knownPerson(named, q.ds) || named?.type !== 'name') return;
  if (r.parsed.type === 'name' && nameWordsHave(named.name, r.parsed.name.split(/\s+/u).at(-1)!)) return;
  if (phraseAt(q, r.attribution.phrase) <= q.span.close) return;
  credit(r, m[1]!, null, named);
}

// A possessed person ("her father", "his late coach", "his uncle, who trained him,") with a verb of telling of
// his own, the habit or the time before it, closing on the quote's colon.
// (Or on "that" after a habit, "her father used to say that"; the sentence's opening "Her" too, and the one who
// recalls it may be set off after the verb: "Her mother used to say, Ruiz recalled:".)
const RELATIVE_SAYING = /(?<![\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:late\s+|own\s+|old\s+|former\s+)?([\p{Ll}-]{3,})(?:\s*,[^,:"“”_]{1,60},)?\s+(?:(?:had|has|have|would|always|once|often|never|still|used\s+to)\s+)*(?:told|tell|tells|said|say|says|wrote|write|writes|warned|advised|taught|reminded|repeated)\b(?:([^:"“”_]{0,30}):|(?<=(?:used\s+to|always|often|would)\s+[\p{Ll}]+)\s+that)\s*$/u;

/**
 * 'Judge Roe told the class that her father used to tell her: "..."', 'Lutz said his grandfather used to say:
 * "..."': the words after the colon are the relative's, told by the one the sentence opens with; the one who
 * relays them did not say them first. Nobody is credited (the relative has no name to take them).
 */
function relativesSaying(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || q.span.open <= q.rs) return;
  const m = RELATIVE_SAYING.exec(q.beforeMasked);
  if (!m) return;
  const noun = m[1]!;
  if (!isPersonNoun(noun) && !wordNetPersonOnly(noun)) return;
  const at = q.rs + m.index;
  const credited = phraseAt(q, r.attribution.phrase);
  // (One set off after the verb recalls the saying: "Her mother used to say, Ruiz recalled:".)
  const tail = m[2] ? q.rs + m.index + m[0].lastIndexOf(m[2]) : -1;
  if (credited < 0 || (credited >= at && !(tail >= 0 && credited >= tail && /^\s*,/u.test(m[2]!)))) return;
  untold(r);
}

/**
 * `Her father, she said, had worked on the railway; he used to say that "..."`: the "he" opening a clause after the
 * semicolon is the kin the sentence opens on, of his sex (`kin-clause-pronoun.ts`); the kin, described, is told.
 */
function kinClausePronoun(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed?.type !== 'pronoun' || !r.attribution) return;
  const kin = kinBeforeSemicolonPronoun(q.beforeMasked, r.attribution.phrase);
  if (!kin) return;
  const parsed = parseSubjectPhrase(kin);
  if (parsed?.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural) credit(r, kin, null, parsed);
}

/**
 * `Ilse Brandt translated the letter for the court: "..."`: the subject of a clause before the colon that carries
 * others' words on (translates, interprets, relays them) credited by the plain reading did not write them first;
 * nobody is told (the colon reader says the same when no earlier reader took the subject).
 */
function carriedWordsColon(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !othersWordsBeforeColon(q.beforeMasked)) return;
  const at = q.masked.lastIndexOf(r.attribution.phrase, q.span.open);
  if (at >= q.rs) untold(r);
}

/**
 * `Roe said ... that the navy had told its crews ..., calling the delay "..."`: a detached participle after a
 * verb of an inner "that" clause may share either subject; the credit is no one's (`detached-participle.ts`).
 */
function participleOfInnerClause(r: CreditReading, q: QuoteSentence): void {
  if (r.attribution && participleAfterInnerClause(q.beforeMasked, r.attribution.phrase)) untold(r);
}

/**
 * `An article ... by the Harbor Ledger claimed .... The article also said ... "..."`: a definite document the sentence
 * before brought in with its author after "by" speaks in that author's words (`document-by-before.ts`), when the
 * author reads as a body's name or a person the text knows.
 */
function documentByBefore(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || (r.parsed && r.parsed.type !== 'description') || r.complement) return;
  const author = authorOfDocumentBefore(r.attribution.phrase, q.masked.slice(0, q.rs));
  const parsed = author ? parseSubjectPhrase(author) : null;
  if (author && parsed?.type === 'name' && (parsed.kind === 'organisation' || knownPerson(parsed, q.ds))) credit(r, author, null, parsed);
}

/** The credit the quote's own sentence gives it, read by every reader of `CREDIT_READERS` in turn. */
export function readCredit(q: QuoteSentence): CreditReading {
  const r: CreditReading = { attribution: null, parsed: null, complement: false };
  for (const read of CREDIT_READERS) read(r, q);
  return r;
}

import { mediumOfAuthor } from './medium-author.ts';
import { participleAfterInnerClause } from './detached-participle.ts';
import { authorOfDocumentBefore } from './document-by-before.ts';
import { issuerOfStatementThatSaid } from './statement-that-said.ts';
import { speakerInFrontedTime } from './fronted-time-speaker.ts';
import { kinBeforeSemicolonPronoun } from './kin-clause-pronoun.ts';
import { biddenAgent } from './bidden-words.ts';
import { nameOfObjectNotHead } from './of-object-name.ts';
import { nameAfterFrontedTown } from './fronted-town.ts';
import { creditOfQuoteBefore } from './credit-of-quote-before.ts';
import { documentSubjectSaid } from './document-subject.ts';

function credit(r: CreditReading, phrase: string, appositive: string | null, parsed: ParsedSpeaker | null): void {
  r.attribution = { phrase, appositive };
  r.parsed = parsed;
}

// One named among those a sentence lists ("including", "such as", "among them"), perhaps after a lowercase role,
// right before a dash: "Many captains have said so, including the former master Jo Marsh -- ".
const LISTED_NAME_DASH = /\b(?:including|such\s+as|among\s+them)\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,4}((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)\s*(?:--|—|–)\s*$/u;

/**
 * `Many captains have said so, including the former master Jo Marsh -- "..." -- and Ada Velk`: a whole statement
 * set off by dashes right after one the sentence names among those it lists is that one's words, not the group's.
 * (A fragment so set off may be the writer's label for the one named: only a statement opening in a capital.)
 */
function listedNameDash(r: CreditReading, q: QuoteSentence): void {
  const m = /(?:--|—|–)\s*$/u.test(q.beforeMasked) ? LISTED_NAME_DASH.exec(q.beforeMasked) : null;
  if (!m || !/^\s*(?:--|—|–)/u.test(afterQuote(q)) || !/^[\p{Lu}]/u.test(q.words.trim())) return;
  const parsed = parseSubjectPhrase(m[1]!);
  if (parsed?.type === 'name' && parsed.kind === 'person') credit(r, m[1]!, null, parsed);
}

/** The sentence credits someone, but nobody the quote can be given to. */
function untold(r: CreditReading): void {
  r.attribution = null;
  r.parsed = null;
  r.complement = true;
}

/** The credit passes to `phrase` (a pronoun only if `pronoun`), or to nobody told when it reads as no speaker. */
function passTo(r: CreditReading, phrase: string | null | undefined, appositive: string | null = null, pronoun = true): void {
  const parsed = phrase ? parseSubjectPhrase(phrase) : null;
  const ok = parsed && (pronoun || parsed.type !== 'pronoun');
  r.attribution = ok ? { phrase: phrase!, appositive } : null;
  r.parsed = ok ? parsed : null;
  r.complement = true;
}

/** A person's name of more than one word, or one the document knows. */
function knownPerson(named: ParsedSpeaker | null, ds: DocumentSpeakers): boolean {
  return named?.type === 'name' && named.kind === 'person' && (/\s/u.test(named.name) || ds.knowsName(named.name));
}

/**
 * A person's name opening on a patronymic's initial written close up to it ("S.Altan", "Ch.Bold", as Mongolian
 * names are written): an initial and a given name, a name in full though it holds no space.
 */
function initialledName(named: ParsedSpeaker | null): boolean {
  return named?.type === 'name' && named.kind === 'person' && /^[\p{Lu}][\p{Ll}]?\.[\p{Lu}][\p{Ll}]{2,}/u.test(named.name);
}

/**
 * Whether the words after the quote introduce the next quote rather than credit this one: this quote ends its
 * own sentence (a stop, question or exclamation mark, no comma) and was introduced before it ("... with, "),
 * and the words after it run from a capital to a comma or colon right before the next quote (`"Why now?"
 * Vos then wrote back, "..."`). (`"Yes," Vos said, "but not now."` ends in a comma: there the words credit both.)
 */
function introducesNextQuote(q: QuoteSentence): boolean {
  if (!/[.?!]/u.test(q.inner) || !/[\p{L}]/u.test(q.beforeMasked) || !/[,:]\s*$/u.test(q.beforeMasked)) return false;
  const next = q.spans[q.spans.indexOf(q.span) + 1];
  if (!next || next.open <= q.span.close) return false;
  return /^\s*[\p{Lu}][^.!?;_"“”]*[,:]\s*$/u.test(q.masked.slice(q.span.close + 1, next.open));
}

/**
 * Whether the words after the quote open a new sentence rather than credit it: the quote closes its sentence on a
 * question or exclamation mark (no comma), its own sentence introduced it by a verb of saying (and perhaps the one
 * told) right before a comma or colon, and the words after it open on a capital (`Dorne emailed her, telling
 * her, "you are a star!" She replied that ...`: the reply is hers, the words his). (Not a fronted clause, whose verb
 * stands further back: `Asked if he would run, "Why not?" Vrell said.` is credited after the quote.)
 */
function introducedThenNewSentence(q: QuoteSentence): boolean {
  if (!/[?!]/u.test(q.inner) || q.inner.includes(',')) return false;
  // (The verb, then at most four words of the one told and where, "told the crowd in Dunmore,".)
  const tail = /(?:[^\s,:;_"“”]+\s+){0,5}[^\s,:;_"“”]+\s*[,:]\s*$/u.exec(q.beforeMasked);
  const words = tail ? tail[0].replace(/[,:]\s*$/u, '').trim().split(/\s+/u) : [];
  const verb = words.findIndex((w) => isSpeechVerb(w));
  // (A subject stands before the verb in the main clause: "Asked if he would run, "...?" Vrell said." opens on the
  // verb, and "When Vrell was asked about it, "...?" Holm said." on a clause of time, both credited after.)
  if (!tail || verb < 0 || (verb === 0 && !/[\p{L}]/u.test(q.beforeMasked.slice(0, tail.index)))) return false;
  if (/^[\s(]*(?:When|Whenever|After|As|If|While|Because|Before|Since|Once|Though|Although|Until|Unless|[\p{Lu}][\p{Ll}]+(?:ed|ing))\b/u.test(q.beforeMasked)) return false;
  // (The words after it run past the quote's sentence, where the grammar may read on after the mark.)
  return /^\s*[\p{Lu}]/u.test(q.masked.slice(q.span.close + 1, Math.max(q.re, q.grammarEnd)));
}

/** Where the speaker phrase stands in the quote's sentence: the nearest before the quote, else after it; -1 if not found. */
/** Whether `phrase`, read before the quote, stands right after a hyphen inside a word ("Komsomolsk-on-Amur"). */
function hyphenTail(q: QuoteSentence, phrase: string): boolean {
  const at = q.masked.lastIndexOf(phrase, q.span.open);
  return at > q.rs + 1 && q.masked[at - 1] === '-' && /[\p{L}]/u.test(q.masked[at - 2] ?? '');
}

function phraseAt(q: QuoteSentence, phrase: string): number {
  const before = q.masked.lastIndexOf(phrase, q.span.open);
  if (before >= q.rs) return before;
  const after = q.masked.indexOf(phrase, q.span.close);
  return after >= 0 && after < q.re ? after : -1;
}

// A verb denied right after its subject: "did not reply", "didn't answer", "never responded", "declined to comment".
const NEGATED_VERB = /^\s*,?\s*(?:(?:did|does|do|would|could|will|has|have|had)(?:\s+not|n['’]t)|never|declined\s+to|refused\s+to)\s/u;

/** Whether `phrase`, read after the quote as its sentence's subject, has its verb denied ("did not reply"). */
function negatedVerbAfter(q: QuoteSentence, phrase: string): boolean {
  const at = q.masked.indexOf(phrase, q.span.close);
  return at >= 0 && NEGATED_VERB.test(q.masked.slice(at + phrase.length, at + phrase.length + 30));
}

const sentenceText = (q: QuoteSentence): string => q.masked.slice(q.rs, q.re);
const afterQuote = (q: QuoteSentence): string => q.masked.slice(q.span.close + 1, q.re);

/** "what he called "..."": the one who called it speaks, the words are no label. */
function whatCalled(r: CreditReading, q: QuoteSentence): void {
  // (A "he" or "she" there is the name the sentence opens with, its subject, when `boundWhatCalled` reads one.)
  const bound = q.called === 'he' || q.called === 'she' ? boundWhatCalled(q.beforeMasked, (n) => q.ds.knowsName(n), (n) => q.ds.knownGender(n)) : null;
  const called = bound ?? q.called;
  const calledBy = called ? parseSubjectPhrase(called) : null;
  if (called && calledBy) credit(r, called, null, calledBy);
}

/** `"..." (statement by Jane Roe, ...)`: a parenthesis right after the quote names its speaker. */
function parenthesised(r: CreditReading, q: QuoteSentence): void {
  const paren = q.span.closed && !r.attribution ? parenthesisedCredit(afterQuote(q)) : null;
  const parsed = paren ? parseSubjectPhrase(paren.name) : null;
  if (paren && parsed?.type === 'name' && (parsed.kind === 'person' || paren.led)) credit(r, paren.name, null, parsed);
}

/** The plainest attributions as they stand, then the grammar of the sentence. */
/**
 * `Varga says her neighbour told her to "leave now."`, `Her mother told her to "never give up," Ost recalled.`: the order is the teller's (`teller-credits.ts`), not that
 * of the one credited before the teller; a named teller speaks, one only described is no one told.
 */
function tellerSpeaks(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || q.sentenceInitial) return;
  const read = tellerOfOrder(q.beforeMasked);
  if (!read) return;
  const at = phraseAt(q, r.attribution.phrase);
  const tellerAt = q.span.open - q.beforeMasked.length + read.at;
  // (So for one credited after the quote, who recalls the order: 'The judge told her to "sit down," Lena Ost
  // recalled.')
  if (at < 0 || (at >= tellerAt && at <= q.span.close)) return;
  const parsed = parseSubjectPhrase(read.teller);
  if (parsed?.type === 'name' && knownPerson(parsed, q.ds)) credit(r, read.teller, null, parsed);
  else untold(r);
}

// A message sent by someone, right before the colon that opens the quote: "read out the last text from her son,
// Liam, 22:", "received a letter from the council:".
// (So is an answer from someone: "The remarks drew a sharp response from the union's leader, Ada Roe:".)
// A sender of one or two capitalised words and where they write from: "Lyudmila in Svobodny", "Tom Vik in Leeds".
const SENDER_IN_PLACE = /^([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)\s+in\s+[\p{Lu}][\p{L}'’-]+(?:[\s-][\p{Lu}][\p{L}'’-]+){0,2}$/u;
// (Or the next one read out, its noun left to the one before: "And one more, from Jane Roe in Leeds:", "Another,
// from Tom Vik:", as a phone-in's host or a letters page reads messages in turn.)
const MESSAGE_FROM = /(?:\b(?:message|text|letter|note|e-?mail|card|postcard|telegram|voicemail|statement|response|reply|retort|rebuke|riposte|rejoinder)|(?:^|[.!?]\s+|^\s*)(?:And\s+)?(?:[Aa]nother|[Oo]ne\s+more|[Oo]ne\s+last|[Oo]ne\s+final)(?:\s+one)?,)\s+from\s+([^:;_"“”]{2,80}?)\s*:\s*$/u;
// A message possessed by its sender, right before the colon: "retweeted a fan's post:", "read out Kask's letter:",
// perhaps with whom it answered: "quoted the president's reply to his host:".
const MESSAGE_OF = /(?:^|\s)((?:(?:a|an|the|one|his|her|their|my|our)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)|(?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]*)(?:['’]s|s['’])\s+(?:(?:own|latest|last|first|new|earlier|original|old|angry|brief|short|long|final)\s+)?(?:post|tweet|message|text|letter|note|e-?mail|card|postcard|statement|reply|answer|response|comment|caption|voicemail|words)(?:\s+to\s+(?:(?:the|a|an|his|her|their|its)\s+)?[^:;_"“”]{2,80}?)?\s*:\s*$/u;
// A message by someone whose words a relative clause then gives: "retweeted a post by the activist Jo Faro that
// read:", "shared an email by her landlord which said:".
const MESSAGE_BY = /\b(?:post|tweet|message|text|letter|note|e-?mail|comment|reply)\s+by\s+([^:;_"“”]{2,60}?)\s*,?\s+(?:that|which)\s+(?:read|reads|said|says)\s*:?\s*$/u;
// A message the subject (or the one before the colon) came by from its sender, which he passes on: "an email he
// had received from the owner, Ada Roe:", "a letter she got from her landlord:".
// (So when the receiver only says she received it: "a message she said she had received from a soldier that
// morning:"; her "said" tells of the receiving, not of the words after the colon. A time after the sender, "that
// morning", "on Monday", is no part of the sender.)
const MESSAGE_RECEIVED_FROM = /\b(?:message|text|letter|note|e-?mail|card|postcard|telegram|voicemail|reply)\s+(?:(?:that|which)\s+)?(?:(?:he|she|they|I|we)\s+(?:said|says|told\s+(?:me|us|him|her|them|reporters)|claimed|claims)\s+(?:that\s+)?)?(?:he|she|they|I|we)\s+(?:had\s+|has\s+|have\s+)?(?:received|got|gotten|been\s+sent)\s+(?:[\p{Ll}]+\s+){0,2}?from\s+([^:;_"“”]{2,80}?)(?:\s+(?:(?:that|this|last|earlier\s+that|the\s+previous|the\s+same)\s+(?:morning|afternoon|evening|night|day|week|month)|(?:on|last)\s+[\p{Lu}][\p{Ll}]+day|earlier|overnight|yesterday|today))?\s*:\s*$/u;
// A message whose sender is the subject of a clause after it, right before the colon: "read aloud a text message
// her son, Liam, had sent:", "a letter the mayor wrote him last week:".
const MESSAGE_SENT_BY = /\b(?:message|text|letter|note|e-?mail|card|postcard|telegram|voicemail)\s+(?:(?:that|which)\s+)?((?:his|her|their|my|our|the|a|an)\s+[^:;_"“”]{2,60}?)\s+(?:had\s+|has\s+)?(?:sent|wrote|written|posted|texted|emailed)(?:\s+(?:him|her|them|me|us))?(?:\s+(?:(?:that|this|last|the\s+previous|the\s+same)\s+(?:morning|afternoon|evening|night|day|week|month)|(?:on|last)\s+[\p{Lu}][\p{Ll}]+day|earlier|overnight|yesterday))?\s*:\s*$/u;
// Word from someone, heard by the subject: "Last week Jo Berg heard from his old captain, Ada Roe:".
const HEARD_FROM = /\b(?:heard|hears|hearing)\s+(?:back\s+|again\s+)?from\s+([^:;_"“”]{2,80}?)\s*:\s*$/u;
// Writing of someone's read out from: "read aloud from the diary of the accused, Jo Berg:", "quoted from the
// letters of her grandfather:".
// (So are the words, the last words, of someone recalled or repeated: "recalled the last words of her husband, Jo Berg:".)
const WRITING_OF = /\b(?:diary|diaries|journal|journals|notebook|notebooks|letters|memoirs?|will|logbook|log|(?:(?:last|final|dying|parting|own|exact)\s+)?words)\s+of\s+([^:;_"“”]{2,80}?)\s*:\s*$/u;
// A piece of writing said to be written by someone: "quoted from a letter written by a pupil, Nina Hop:".
const WRITTEN_BY = /\b(?:message|text|letter|note|e-?mail|card|postcard|telegram|poem|essay|diary|post|tweet|petition)\s+(?:(?:that|which)\s+(?:was|had\s+been)\s+)?(?:written|sent|signed|penned|composed|posted)\s+by\s+([^:;_"“”]{2,80}?)\s*:\s*$/u;
// An answer said to come from someone, or the turn to speak given to someone, right before the colon: "The reply
// came from her deputy, Jo Berg:", "the last word went to Ada Roe:", "it fell to his spokeswoman, Ada Roe, to answer:".
const TURN_GIVEN_TO = /\b(?:(?:reply|answer|response|riposte|retort|rebuttal|rejoinder)\s+came\s+from|(?:last|final)\s+word\s+(?:went|fell|belonged)\s+to|(?:fell|was\s+left)\s+to)\s+([^:;_"“”]{2,80}?)(?:,?\s+to\s+(?:answer|reply|respond|explain|say|speak))?\s*:\s*$/u;
// The sender as a relative or role, then the name set off after it and perhaps an age: "her son, Liam, 22".
const SENDER_NAMED = /^(?:his|her|their|my|our|your|the|a|an)\s+(?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}-]+,\s+([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})(?:,\s+\d{1,3})?$/u;

// A quote opening on a pronoun and a verb of telling, then an inner quote: "He told me, 'Never sell the boat.'".
const RECOUNTED_OPENING = /^(?:He|She|They)\s+(?:[\p{Ll}]+\s+){0,2}?(?:told|said|wrote|asked|warned)\b[^'‘"“]{0,30}[,:]\s*['‘"“]/u;

/**
 * `Ann Roe read out the last message from her son, Liam: "..."`: the words of a message quoted after its colon are
 * its sender's, not those of the one who received it or read it out (nor of the remarks that drew a response
 * from someone); a sender that names no speaker leaves them to no one.
 */
function messageFrom(r: CreditReading, q: QuoteSentence): void {
  if (!/^[\p{Lu}\p{N}]/u.test(q.words)) return;
  const from = MESSAGE_FROM.exec(q.beforeMasked);
  const owned = from ? null : MESSAGE_OF.exec(q.beforeMasked);
  const by = from || owned ? null : MESSAGE_BY.exec(q.beforeMasked);
  const received = from || owned || by ? null : MESSAGE_RECEIVED_FROM.exec(q.beforeMasked) ?? MESSAGE_SENT_BY.exec(q.beforeMasked);
  const m = from ?? owned ?? by ?? received ?? HEARD_FROM.exec(q.beforeMasked) ?? WRITING_OF.exec(q.beforeMasked) ?? WRITTEN_BY.exec(q.beforeMasked) ?? TURN_GIVEN_TO.exec(q.beforeMasked);
  // (Only over a credit the reading gave someone before the message, who read it out or received it; a relative
  // clause on the sender, "a listener, which said:", is the message's own credit, read elsewhere.)
  if (!m || /,\s+(?:which|who|that)\s/u.test(m[1]!)) return;
  // ('recalled her father's words: "He told me, '...'"': words that tell what "he" said to the speaker are the
  // recaller's own account around the inner quote, `nested-quotes.ts`.)
  if (owned && /\bwords\b/u.test(owned[0]) && RECOUNTED_OPENING.test(q.words)) return;
  const at = r.attribution ? phraseAt(q, r.attribution.phrase) : -1;
  // (A credit read inside a possessed message's words, the one it answered, "Roe's reply to the envoy, Jo Berg:",
  // is not its speaker: the owner takes it. Not so a sender after "from", "an email from reader Jo Berg in Leeds:",
  // which the reading may have read better.)
  // (Nor a receiver's "she said" inside the message's clause, "a message she said she had received from ...:":
  // she tells of receiving it.)
  const inside = (owned !== null || received !== null) && at >= q.rs + m.index && at + (r.attribution?.phrase.length ?? 0) <= q.rs + m.index + m[0].length;
  // ('Replying to a post by the senator, Jo Berg, that read "...", the economist Ada Roe wrote:': the quote is what
  // the post's relative clause reads, inside a phrase put before the main clause; the subject after the quote
  // replied to it and did not write it.)
  const readAfter = by !== null && at > q.span.close;
  if (r.attribution && !inside && !readAfter && (at < 0 || at + r.attribution.phrase.length > q.rs + m.index)) return;
  // ("a text sent by the defendant, Owain Pugh, to his brother:": whom it was sent to is no part of the sender.)
  const sender = m[1]!.replace(/,?\s+to\s+(?:the|a|an|his|her|their|its|my|our)\s+[^,]{1,40}$/u, '').replace(/,\s*$/u, '').replace(/,\s+\d{1,3}$/u, '').trim();
  const named = SENDER_NAMED.exec(sender);
  // ("from Lyudmila in Svobodny:": where a sender named by one or two capitalised words writes from is no part of
  // the name, as phone-ins and letters pages write it.)
  const placed = named ? null : SENDER_IN_PLACE.exec(sender);
  passTo(r, named ? named[1]! : placed ? placed[1]! : sender, null, false);
}

// A document as the sentence's subject, an aside set off after it that tells who wrote or sent it (and perhaps to
// whom), then its verb of saying right before the quote: "The postcard, signed by Jo Berg and sent to his wife,
// Ada Berg, in 1911, says only:".
const DOCUMENT_ASIDE_SAYS = /^\s*(?:(?:But|And|Yet)\s+)?(?:The|A|An|This|That|One)\s+(?:[\p{Ll}-]+\s+){0,2}(?:letter|note|postcard|card|message|e-?mail|memo|telegram|text|will|diary|notebook|telex|cable|fax|petition|notice)\s*,\s+([^"“”_:;]{3,200}?),\s+(?:(?:only|simply)\s+)?(?:says|said|reads|read|states|stated|begins|began|ends|ended)(?:\s+(?:only|simply|in\s+full))?\s*:?\s*$/u;
// In that aside, the writer or sender after "by": "signed by the explorer Jo Berg", "written by his sister".
// ("from" opening the aside names the sender too: "The letter, from the minister Jo Berg to the mayor, read:".)
const DOCUMENT_AUTHOR = /(?:\b(?:signed|written|sent|penned|posted|dictated|typed|left|scrawled)\s+by|^from)\s+([^,;]{2,80}?)(?=\s+(?:and|in|on|at|to|from)\s|,|$)/u;
// The same with the writer named before the document: "Ada Roe's statement, read out by her lawyer, Jo Berg, said:"
// (the reader is only the voice); or in a relative clause after it: "A text that Jo Berg sent to his partner, Ada
// Roe, at midnight said:".
const NAME_WORDS = String.raw`(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*`;
const DOCUMENT_NOUN = String.raw`(?:letter|note|postcard|card|message|e-?mail|memo|telegram|text|will|statement|diary|notebook|cable|fax|petition|notice)`;
// (So too one's words or reply carried by a voice: "Jo Berg's words, rendered by the interpreter Ada Roe, were:";
// not words another only reports, "Jo Berg's last words, his mate said, were:", which no one is told as saying.)
const OWNED_DOCUMENT_ASIDE_SAYS = new RegExp(String.raw`^\s*(?:(?:But|And|Yet)\s+)?(${NAME_WORDS})['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:${DOCUMENT_NOUN}\s*,\s+[^"“”_:;]{3,200}?,\s+(?:(?:only|simply)\s+)?(?:says|said|reads|read|states|stated)|(?:words|reply|answer|response|remarks)\s*,\s+(?:rendered|translated|interpreted|read\s+out|delivered)\s+(?:[\p{Ll}]+\s+)?by\s+[^"“”_:;]{3,150}?,\s+(?:were|was))\s*:?\s*$`, 'u');
const DOCUMENT_SENT_BY_SAYS = new RegExp(String.raw`^\s*(?:(?:But|And|Yet)\s+)?(?:The|A|An|One)\s+(?:[\p{Ll}-]+\s+){0,2}${DOCUMENT_NOUN}\s+(?:that|which)\s+(${NAME_WORDS})\s+(?:had\s+)?(?:sent|wrote|posted|left|texted|emailed|typed)\b[^"“”_:;]{0,120}?\s+(?:says|said|reads|read|stated)\s*:?\s*$`, 'u');

/**
 * `The postcard, signed by Jo Berg and sent to his wife, Ada Berg, says: "..."`: a document says its writer's
 * words; one named in the aside only as who it was sent to or who kept it never speaks. No writer named: no one.
 */
function documentAsideSays(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial || !/^[\p{Lu}\p{N}]/u.test(q.words)) return;
  const owned = OWNED_DOCUMENT_ASIDE_SAYS.exec(q.beforeMasked) ?? DOCUMENT_SENT_BY_SAYS.exec(q.beforeMasked);
  const writer = owned ? parseSubjectPhrase(owned[1]!) : null;
  if (owned && knownPerson(writer, q.ds)) return credit(r, owned[1]!, null, writer);
  const m = DOCUMENT_ASIDE_SAYS.exec(q.beforeMasked);
  if (!m) return;
  const author = DOCUMENT_AUTHOR.exec(m[1]!);
  // ("signed by Parr and his deputy, Mary Oakes": two signers, neither alone speaks.)
  const cosigned = author !== null && /^\s+and\s+(?!(?:sent|addressed|posted|delivered|mailed|handed|dated|copied|stamped)\b)/u.test(m[1]!.slice(author.index + author[0].length));
  const named = author && !cosigned ? parseSubjectPhrase(author[1]!) : null;
  if (author && named && named.type !== 'pronoun') credit(r, author[1]!, null, named);
  else if (r.attribution) untold(r);
}

// A reporting clause, then "that" and a clause whose named subject (perhaps after a possessed description) spoke to
// the reporter the words after the colon: "told police that his neighbour, Jo Berg, had said to him:", "said
// that Ada Roe once shouted at her:".
const REPORTED_TELLER_COLON = /\b(?:said|says|told\s+[^,;:"“”_]{1,30}?|recalled|recalls|claimed|claims|alleged|alleges|testified|testifies|explained|explains)\s+that\s+(?:(?:his|her|their|my|our|the|a|an)\s+[^,;:"“”_]{1,40},\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*),?\s+(?:(?:had|has|once|then|later|allegedly)\s+)*(?:said\s+to|told|shouted\s+(?:at|to)|yelled\s+at|warned|threatened|texted|wrote\s+to|written\s+to|whispered\s+to)\s+(?:him|her|them|me|us)\s*:\s*$/u;

/**
 * `Kai Moe told police that his neighbour, Jo Berg, had said to him: "..."`: the words are the teller's, the one
 * the reported clause names, not the reporter's, who was spoken to.
 */
function reportedTellerColon(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial || !/^[\p{Lu}\p{N}]/u.test(q.words)) return;
  const m = REPORTED_TELLER_COLON.exec(q.beforeMasked);
  const named = m ? parseSubjectPhrase(m[1]!) : null;
  if (m && knownPerson(named, q.ds)) credit(r, m[1]!, null, named);
}

/**
 * `The transcript shows Brek said only that "...," according to Varga.`: a named person's verb of saying right
 * before the quote makes the words theirs; "according to" after the quote names who reports it.
 */
function sayerBeforeAccording(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || q.sentenceInitial || !q.span.closed) return;
  const at = phraseAt(q, r.attribution.phrase);
  if (at <= q.span.close || !/\baccording\s+to\s+(?:[\p{Ll}]+\s+){0,3}$/u.test(q.masked.slice(q.span.close + 1, at))) return;
  const read = namedSayerBefore(q.beforeMasked);
  if (!read) return;
  const parsed = parseSubjectPhrase(read.name);
  if (parsed?.type === 'name' && knownPerson(parsed, q.ds)) credit(r, read.name, null, parsed);
  // (A bare surname the text never gave in full is still not the one "according to" names: no one.)
  else if (parsed?.type === 'name' && parsed.kind === 'person') untold(r);
}

// The sentence's subject, a verb of saying, "according to" and its source set off by commas, then "that" and the
// quote: "The ministry, for its part, said, according to the news agency Tass, that the talks had been "..."".
const SAID_ACCORDING_THAT = /^\s*([^,;:_"“”]{2,80}?)(?:,\s+(?:for\s+(?:its|his|her|their)\s+part|in\s+turn|meanwhile|however|too)\s*,)?\s+(?:said|says|stated|states|added|adds|claimed|claims|insisted|insists|told\s+(?:reporters|journalists|him|her|them))\s*,\s+according\s+to\s+[^,;:_"“”]{1,80},\s+that\s+[^;:_"“”]*$/u;

/**
 * `According to a person who saw his reply, Lomov objected: "..."`: a sentence opening on "according to" and its
 * source, then a named person as the subject of a clause closed by the colon before the quote: the source only
 * reports what that person did, and the words are that person's (`colonSubject`), not the source's, whatever the
 * verb ("objected", "was blunt", "wrote back"). A subject the text has not named before is left as it was read.
 */
function accordingLeadColon(r: CreditReading, q: QuoteSentence): void {
  if (!r.parsed || !/^\s*According\s+to\s/u.test(q.beforeMasked) || !/:\s*$/u.test(q.beforeMasked)) return;
  const name = colonSubject(q.beforeMasked);
  const named = name ? parseSubjectPhrase(name) : null;
  if (name && named?.type === 'name' && named.kind === 'person' && knownPerson(named, q.ds)) credit(r, name, null, named);
}

/**
 * `The ministry, for its part, said, according to the news agency Tass, that the talks had been "..."`: the subject
 * of the verb of saying speaks; "according to" names only who reported it (the plain reading took that source).
 */
function saidAccordingTo(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial || !q.beforeMasked.includes('according to')) return;
  const m = SAID_ACCORDING_THAT.exec(q.beforeMasked);
  if (!m || (r.attribution && m[1]!.includes(r.attribution.phrase))) return;
  const parsed = parseSubjectPhrase(m[1]!);
  if (parsed && parsed.type !== 'pronoun') credit(r, m[1]!, null, parsed);
}

// A verb of saying, or of how the words came, closing on the quote's colon: "puts it more plainly", "put it this way",
// "was more direct", "said", "added", "summed up the mood on the floor".
const COLON_VERB = String.raw`(?:(?:puts?|putting)\s+it(?:\s+[\p{Ll}-]+){0,3}|(?:summed|sums)\s+(?:it\s+)?up(?:\s+[\p{Ll}-]+){0,6}|(?:was|is)\s+(?:more|less|even\s+more)\s+[\p{Ll}]+|(?:said|says|added|adds|wrote|writes|explained|explains|warned|warns|replied|replies))`;
// The body a described one works for, named in capitals after "for", "of" or "at": "A spokesman for the Harbour
// Board of Vessby".
const SERVED_BODY = String.raw`(?:\s+(?:for|of|at)\s+(?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[\p{Lu}][\p{L}.'’-]*){0,5})`;
// One described opening the sentence, an aside set off by commas, then that verb and the colon: "A Danish official,
// likewise anonymous, puts it more plainly:". Or "One of them," and the one described set off after it: "One of them, a
// Danish pilot who asked not to be named, put it this way:". The verb may close a second verb phrase joined by
// "and", of the same subject: "An engineer, who asked not to be named, called the plan "..." and said:".
// The aside may hold a label in quotes, its comma inside the closing mark as American style sets it: "Another reader,
// a woman who signed only as "a nurse in Tralee," wrote:".
const DESCRIBED_ASIDE_COLON = new RegExp(String.raw`^\s*(?:((?:A|An|Another)\s+(?:[\p{L}-]+\s+){0,4}[\p{Ll}-]+${SERVED_BODY}?),\s+(?![\p{Lu}])(?:[^,;:_"“”]|[“"]_+,?[”"]){2,120}|One\s+of\s+(?:them|those|these|the\s+[\p{Ll}]+),\s+((?:a|an)\s+[^,;:_"“”]{2,160}))(?:\s*,|(?<=,[”"]))\s+(?:[\p{Ll}]+ed\s+[^,;:.!?]{1,100}?\s+and\s+)?${COLON_VERB}\s*:\s*$`, 'u');

/**
 * `A Danish official, likewise anonymous, puts it more plainly: "..."`, `One of them, a Danish pilot who asked not to be
 * named, put it this way: "..."`: the one described speaks, past the aside (or the "One of them") set off before
 * the verb that closes on the colon.
 */
function describedAsideColon(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement || q.sentenceInitial || !q.beforeMasked.includes(',')) return;
  const m = DESCRIBED_ASIDE_COLON.exec(q.beforeMasked);
  if (!m) return;
  // (The one described without the clause that says who they are: "a Danish pilot" of "a Danish pilot who ...".)
  const phrase = (m[1] ?? m[2]!).replace(/\s+(?:who|whose|that|which)\s.*$/u, '').trim();
  const parsed = parseSubjectPhrase(phrase);
  if (parsed?.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural) credit(r, phrase, null, parsed);
}

function plainThenGrammar(r: CreditReading, q: QuoteSentence): void {
  if (r.attribution) return;
  // (Two passes over module functions rather than a list of two closures: this runs for every quote, and
  // each named closure costs a property definition when made.)
  for (let pass = 0; pass < 2; pass++) {
    let grammar = pass === 0 ? plainReading(q) : grammarAttribution(q.text, q.spans, q.spans.indexOf(q.span), q.rs, q.grammarEnd);
    // A heading's "Name: 'fragment'" counts only for a name the document knows ("Summary: ..." is none).
    if (grammar?.cue === 'heading' && !q.ds.knowsName(grammar.phrase)) grammar = null;
    // "Lawyers for Varga said", "Protesters against Varga chanted": a name that is the object of "for" or
    // "against" is the one served or opposed, not the speaker; the grammar's pick of it is no credit. (Not "of":
    // "footage of Varga saying" is Varga's, and "Jane Roe of the Harbour Board" is read by `ofComplementName`.)
    // "The League for Cooperation with Peru said": the name after "with" ends the body's own name; the body speaks.
    if (grammar && grammar.via === 'before') {
      const body = bodyNameWith(q, grammar.phrase);
      if (body) grammar = { ...grammar, phrase: body };
    }
    // ('"...," said the 61-year-old.': the inverted reading may stop inside a hyphenated word; the word is whole.)
    if (grammar && grammar.via === 'after') grammar = wholeHyphenated(q, grammar);
    // ('A text from Pavel in Komsomolsk-on-Amur: "..."': the grammar, splitting a hyphenated place at its hyphens,
    // may take its last part for a name before the colon; a word that ends a hyphenated one is no one's name.)
    if (grammar && grammar.via === 'before' && hyphenTail(q, grammar.phrase)) grammar = null;
    // ("At the University of Vell, Dorne, Professor Ada Brill, who ..., said": the one word after the fronted
    // phrase is the place's town; the name set off after it speaks, `fronted-town.ts`.)
    const town = grammar && grammar.via === 'before' && grammar.role ? nameAfterFrontedTown(q.beforeMasked, grammar.phrase, grammar.role, (n) => q.ds.knowsName(n)) : null;
    if (grammar && town) grammar = { ...grammar, phrase: town, role: null };
    // ("The grandmother of the missing boy, NAME, said": a name set off after a head and an object of two told
    // sexes is the object's; the head speaks, only described, `of-object-name.ts`.)
    if (grammar && grammar.role && nameOfObjectNotHead(grammar.role, grammar.phrase)) grammar = { ...grammar, phrase: grammar.role, role: null };
    if (grammar && objectOfPreposition(q, grammar.phrase)) grammar = null;
    // ('"...," said one shopper; "...," said another.': the credit of the quote before is not this one's, which has
    // its own verb of saying after it, `credit-of-quote-before.ts`.)
    if (grammar && grammar.via === 'before' && creditOfQuoteBefore(q.masked, q.spans, q.spans.indexOf(q.span), grammar.phrase, q.re)) {
      untold(r);
      return;
    }
    // ('"...". So said Jo Roe, and the mayor, Ada Vik, did not reply.': one whose verb after the quote is denied
    // said nothing, these words least of all.)
    if (grammar && grammar.via === 'after' && negatedVerbAfter(q, grammar.phrase)) grammar = null;
    // ("..., which I asked him to write down so I would get it right: "..."": the one asked may be the one who
    // speaks, the asker may be; no one, `asked-to-voice.ts`.)
    if (grammar && grammar.via === 'before' && askedToVoiceBefore(q.beforeMasked)) {
      untold(r);
      return;
    }
    // ('The minister is said to be "livid"': the subject of "is said to" is talked about, not speaking.)
    // (Nor any older reading of the words before: the sentence credits someone unnamed, "according to ..." at most.)
    if (grammar && grammar.via === 'before' && passiveReport(q.masked, q.rs, q.span.open, grammar.phrase)) {
      untold(r);
      return;
    }
    // ('"Why now?" Roe was asked.': the subject of a passive verb of asking or telling after the quote heard it.)
    if (grammar && grammar.via === 'after' && hearerAfter(q.masked, q.span.close, Math.max(q.re, q.grammarEnd), grammar.phrase)) {
      untold(r);
      return;
    }
    // `Roe answered Vos with, "Why now?" Vos then wrote back, "..."`: a clause after the quote that runs to a
    // comma or colon and the next quote introduces that quote, not this one, which its own sentence introduced.
    // (The tagger then reads the sentence up to the quote's end only, so that the clause before it credits it.)
    if (grammar && grammar.via === 'after' && (introducesNextQuote(q) || introducedThenNewSentence(q))) {
      const before = pass === 1 ? grammarAttribution(q.text, q.spans, q.spans.indexOf(q.span), q.rs, q.span.close + 1) : null;
      grammar = before?.via === 'before' ? before : null;
    }
    // "The official speaking at the event said": a phrase right after a preposition of place or time, before the
    // verb, is the object of that preposition, never the verb's subject; the subject lies before it.
    // (When the phrase runs on past the object into a determiner, the subject starts there: "in Washington a
    // State Department spokesman said".)
    if (grammar && grammar.via === 'before' && objectOfPlace(q, grammar.phrase)) {
      const inner = /\s(?=(?:a|an|the)\s)/u.exec(grammar.phrase);
      grammar = inner ? { ...grammar, phrase: grammar.phrase.slice(inner.index + 1) } : null;
    }
    // "the Nordic Ferry Board in Bergen condemned ...": a one-word name right after "in", "at" or "from" that
    // follows a capitalised name is where that body sits, not the verb's subject.
    if (grammar && grammar.via === 'before' && placeAfterName(q, grammar.phrase)) grammar = null;
    // ('"...," May said.' after "Ali May": a surname that is also a month or a word of grammar, `word-surname.ts`.)
    r.parsed = grammar ? (parseSubjectPhrase(grammar.phrase) ?? wordSurnamePerson(grammar.phrase, (n) => q.ds.knowsName(n))) : null;
    // ('"...," the chair said.' after "Jane Roe, the department chair,": a role's last words the lexicon does not
    // read as a person's, which the document gave one person named, stand for that person.)
    if (grammar && !r.parsed) r.parsed = q.ds.roleHolder(grammar.phrase);
    // ('"...," his wife replied.' right after the man the text brought in as "Holm's husband, Piet": Holm.)
    if (grammar && !r.parsed && grammar.via === 'after') r.parsed = q.ds.relationHolder(grammar.phrase);
    // ('"...," its anonymous author wrote.' after "Another channel, NAME, was more cautious.": the medium's author
    // writes as the medium, which is credited, `medium-author.ts`.)
    const medium = grammar && !r.parsed && grammar.via === 'after' ? mediumOfAuthor(grammar.phrase, q.masked.slice(0, q.rs)) : null;
    const mediumParsed = medium ? parseSubjectPhrase(medium) : null;
    if (medium && mediumParsed?.type === 'name') {
      credit(r, medium, null, { ...mediumParsed, kind: 'organisation' });
      break;
    }
    // "I wrote at the time that ...": the narration's "I" is the writer the byline names.
    const writer = grammar && !r.parsed && grammar.phrase.trim() === 'I' ? q.ds.bylineWriter() : null;
    // ('"...", according to his lawyer, Rosa Dunn.': the source described, then named in full set off after it; the
    // name is who is meant, the description its role.)
    const setOffName = grammar && grammar.via === 'according' && grammar.role && r.parsed?.type !== 'name' ? parseSubjectPhrase(grammar.role) : null;
    if (grammar && setOffName?.type === 'name' && setOffName.kind === 'person' && /\s/u.test(setOffName.name)) {
      r.parsed = setOffName;
      r.attribution = { phrase: grammar.role!, appositive: grammar.phrase };
      break;
    }
    if (grammar && writer) {
      r.parsed = parseSubjectPhrase(writer);
      r.attribution = { phrase: writer, appositive: null };
      r.byWriter = true;
      break;
    }
    // ('"Did you ever think of quitting?" I asked. "Every day," said NAME.': the writer's own "I" with no byline to
    // name them still credits the words: to no one told, never the speaker of a quote nearby.)
    if (grammar && !r.parsed && grammar.via === 'after' && grammar.phrase.trim() === 'I') return untold(r);
    if (grammar && r.parsed) {
      r.attribution = { phrase: grammar.phrase, appositive: grammar.role };
      r.parsed = mediumNamed(r.parsed, grammar.role);
      // ("Harbourline itself, in a note to clients, said": "itself" after the name says it is a body's.)
      if (r.parsed.type === 'name' && r.parsed.kind === 'person' && grammar.via === 'before' && itselfAfter(q, grammar.phrase)) r.parsed = { ...r.parsed, kind: 'organisation' };
      break;
    }
    // "Jane Roe of the Asan programme told ...": a complement that is no speaker ("the Asan programme") still
    // has the person it follows speak (`ofPhrase` reads the ones that are).
    const owner = grammar ? ofComplementName(q, grammar.phrase) : null;
    if (grammar && owner) {
      r.parsed = owner.parsed;
      r.attribution = { phrase: owner.name, appositive: grammar.role };
      break;
    }
  }
}

/** The grammar's phrase after the quote run on to the end of a hyphenated word it stopped inside ("the 61-year" → "the 61-year-old"). */
function wholeHyphenated<T extends { phrase: string }>(q: QuoteSentence, grammar: T): T {
  const at = q.masked.indexOf(grammar.phrase, q.span.close + 1);
  if (at < 0 || at >= q.re) return grammar;
  const rest = /^(?:-[\p{L}\p{N}]+)+/u.exec(q.masked.slice(at + grammar.phrase.length, q.re));
  return rest && /[\p{L}\p{N}]$/u.test(grammar.phrase) ? { ...grammar, phrase: grammar.phrase + rest[0] } : grammar;
}

// The noun of a medium that speaks as a body, set before its name ("the page Coastline Truth", "the Telegram channel
// Grey Heron", "the anonymous blog Salt Notes").
const MEDIUM_ROLE = /^(?:[\p{L}-]+\s+){0,2}(?:channel|blog|page|account|group|website|site|forum|podcast|newsletter|portal|outlet)$/iu;

/**
 * `A later post on the page Coastline Truth said: "..."`: a name the grammar sets after a medium's noun is that
 * medium's, a body whatever its words look like (not when it opens with a given name: "the account Mara Olsen" may
 * be the woman's own).
 */
function mediumNamed(parsed: ParsedSpeaker, role: string | null): ParsedSpeaker {
  if (parsed.type !== 'name' || parsed.kind !== 'person' || !role || !MEDIUM_ROLE.test(role.trim())) return parsed;
  if (isKnownFirstName(parsed.name.split(/\s+/u)[0]!)) return parsed;
  return { ...parsed, kind: 'organisation' };
}

/** Whether `phrase`, before the quote in its sentence, is followed by "itself". */
function itselfAfter(q: QuoteSentence, phrase: string): boolean {
  const at = q.masked.lastIndexOf(phrase, q.span.open);
  return at >= q.rs && /^\s+itself\b/u.test(q.masked.slice(at + phrase.length, q.span.open));
}

// A reported clause with a named subject doing something, then a participle of saying set off after it, right
// before the quote: "told police that Darren Cole had come to the door holding a hammer, saying:".
const DOER_THEN_SAYING = /\bthat\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3})(?:(?:had|has|was|then|later|allegedly)\s+)*([\p{Ll}]+)\b[^_"“”;:.!?]{0,100},\s+(?:saying|telling\s+(?:him|her|them)|shouting|adding)\s*[:,]?\s*$/u;

/**
 * `Pye told police that Cole had come to his door, saying: "..."`: the participle may hang on the reported
 * clause's subject as well as on the one reporting, so the reporter's credit is taken back and no one is told.
 * (Not when the reported verb is one of saying: "that Cole had said, adding" goes on with Cole, read elsewhere.)
 */
function doerBeforeSaying(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution) return;
  const m = DOER_THEN_SAYING.exec(q.beforeMasked);
  if (!m || isSpeechVerb(m[2]!)) return;
  // (A person named: "that Russian soldiers had fought" names none.)
  // (Named in full or known to the document: "that Russian soldiers had fought" names no one.)
  if (!knownPerson(parseSubjectPhrase(m[1]!.trim()), q.ds)) return;
  const at = phraseAt(q, r.attribution.phrase);
  if (at >= 0 && at < q.rs + m.index) untold(r);
}

/** `X could begin "...", the authors estimate.`: a closing verb of judging credits the whole sentence. */
function closingJudged(r: CreditReading, q: QuoteSentence): void {
  if (r.complement || !q.span.closed) return;
  const subject = closingJudgement(afterQuote(q));
  if (!subject) return;
  if (r.attribution) {
    const at = q.masked.lastIndexOf(r.attribution.phrase, q.span.open);
    if (at < q.rs || !onlyClauseSubject(q.masked.slice(at + r.attribution.phrase.length, q.span.open))) return;
  }
  const parsed = parseSubjectPhrase(subject);
  if (parsed) credit(r, subject, null, parsed);
}

/** Whether the phrase, where it stands in the quote's sentence, follows "for" or "against" (an object, not a subject). */
function objectOfPreposition(q: QuoteSentence, phrase: string): boolean {
  const at = phraseAt(q, phrase);
  if (at < q.rs) return false;
  // (The named one's own trade may stand between: "Lawyers for jailed activist Jo Kell said".)
  if (/(?:^|[^\p{L}])(?:for|against)\s+$/u.test(withoutOwnTrade(q.masked.slice(Math.max(q.rs, at - 60), at), 'forOrAgainst'))) return true;
  // "The League for Cooperation with Peru said": a name after "with" that follows a capitalised word ends a body's
  // own name ("Cooperation with Peru", "Relations with China"); it is no speaker of its own.
  if (/[\p{Lu}][\p{L}'’-]*\s+with\s+$/u.test(q.masked.slice(Math.max(q.rs, at - 40), at))) return true;
  // "Dill's letter to Pryce said", "A memo from Roe to Vos said": the one a message is sent to is not its writer.
  // (Only words that end on "to": the expression, anchored at the end, is tried at every character.)
  const before = q.masked.slice(Math.max(q.rs, at - 80), at);
  const trimmed = before.trimEnd();
  return trimmed.length < before.length && trimmed.slice(-2).toLowerCase() === 'to' && MESSAGE_TO.test(before);
}

// A body's capitalised name up to a "with" ("the League for Cooperation with", "the Council on Relations with").
const BODY_BEFORE_WITH = /(?:^|[\s,;:(])((?:[Tt]he\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:(?:for|of|on|and)\s+)?[\p{Lu}][\p{L}'’-]*)*)\s+with\s+$/u;

/**
 * `The League for Cooperation with Peru said`: for a phrase right after "with" that follows a capitalised name,
 * the body that whole name gives, as its words are written (the name to its "with" when the whole does not read
 * as a body); null when the phrase stands after no such name, or the name reads as no body.
 */
function bodyNameWith(q: QuoteSentence, phrase: string): string | null {
  const at = phraseAt(q, phrase);
  if (at < q.rs) return null;
  const m = BODY_BEFORE_WITH.exec(q.masked.slice(Math.max(q.rs, at - 80), at));
  if (!m) return null;
  const whole = `${m[1]!} with ${phrase}`;
  const body = (p: string): boolean => {
    const parsed = parseSubjectPhrase(p);
    return parsed !== null && parsed.type !== 'pronoun' && parsed.kind === 'organisation';
  };
  if (q.masked.includes(whole) && body(whole)) return whole;
  return body(m[1]!) ? m[1]! : null;
}

/** A message and "to" (with its sender after "from" between): what follows is the one it was sent to. */
const MESSAGE_TO = /\b(?:letters?|memos?|memorandum|notes?|e-?mails?|messages?|replies|reply|responses?|answers?|appeals?|petitions?|pleas?|requests?|texts?|cables?|telegrams?|tweets?|posts?|submissions?|complaints?)(?:\s+from\s+[^,;:_"“”]{1,40}?)?\s+to\s+$/iu;

/** Whether the phrase is one capitalised word right after "in", "at" or "from" after a body's name of two capitalised words ("Ferry Board in Bergen"). */
function placeAfterName(q: QuoteSentence, phrase: string): boolean {
  if (!/^[\p{Lu}][\p{L}'’-]*$/u.test(phrase)) return false;
  const at = q.masked.lastIndexOf(phrase, q.span.open);
  return at > q.rs && /[\p{Lu}][\p{L}'’-]*\s+[\p{Lu}][\p{L}'’-]*\s+(?:in|at|from)\s+$/u.test(q.masked.slice(Math.max(q.rs, at - 60), at));
}

/** Whether the phrase, where it stands before the quote, follows a preposition of place or time ("at", "in", "during"). */
function objectOfPlace(q: QuoteSentence, phrase: string): boolean {
  // (Only a phrase a determiner opens: a name after "at" or "in" may be read on by other rules, "Analysts at Wren
  // Partners wrote", "In Jane Roe's words".)
  // (Nor a body's name: "experts at the Aspen Group wrote" credits the body the experts speak for.)
  if (!/^(?:the|a|an)\s/u.test(phrase) || parseSubjectPhrase(phrase)?.type === 'name') return false;
  const at = q.masked.lastIndexOf(phrase, q.span.open);
  return at > q.rs && /(?:^|[^\p{L}])(?:at|in|on|near|during|inside|outside|into|across|behind|under)\s+$/iu.test(q.masked.slice(Math.max(q.rs, at - 12), at));
}

/** The person's name a complement of "of" reads back to, when that is a person's name. */
function ofComplementName(q: QuoteSentence, phrase: string): { name: string; parsed: ParsedSpeaker } | null {
  const at = phraseAt(q, phrase);
  const owner = at >= q.rs ? ofComplement(sentenceText(q), at - q.rs, phrase)?.owner : null;
  const parsed = owner ? parseSubjectPhrase(owner) : null;
  return owner && parsed?.type === 'name' && parsed.kind === 'person' ? { name: owner, parsed } : null;
}

// An inverted credit after the quote whose described subject a naming clause names: `, said a porter who gave his
// name only as Emil,` (the clause's name ends at a comma, a full stop or the sentence's end).
// (Or the subject before its verb: `, a porter who gave his name only as Emil said.`)
const GIVEN_NAME_INVERTED = /^\s*,?\s*(?:(?:said|says|added|recalled|told\s+(?:us|me|reporters))\s+)?((?:a|an|one|another|the)\s+[^,;:"“”_]{1,80}?),?\s+who\s+(?:gave|gives|would\s+give|would\s+only\s+give|only\s+gave|offered)\s+(?:only\s+)?(?:his|her)\s+(?:(?:first|given)\s+)?name(?:\s+only)?\s+as\s+([\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+)?)(?=\s*[,.;]|\s*$|,?\s+(?:said|says|added|recalled|told)\b)/u;

/**
 * `A porter, who gave his name only as Emil, said: "..."`: a described subject named by the naming clause right
 * after it is called by that name, the description its appositive, as a "he said" after it is (`subject-notes.ts`).
 */
function givenNameCredit(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || r.parsed?.type !== 'description' || r.parsed.plural) return;
  // (`"...," said a porter who gave his name only as Emil, pointing ...`: the credit after the quote, inverted.)
  const inverted = q.span.closed ? GIVEN_NAME_INVERTED.exec(afterQuote(q)) : null;
  const phrase = r.attribution.phrase.toLowerCase();
  if (inverted && (inverted[1]!.toLowerCase() === phrase || phrase.startsWith(`${inverted[1]!.toLowerCase()} who `))) {
    const named = parseSubjectPhrase(inverted[2]!);
    if (named?.type === 'name' && named.kind === 'person') credit(r, inverted[2]!, inverted[1]!, named);
    return;
  }
  if (!q.beforeMasked.includes(' who ')) return;
  const given = givenNameSubject(q.beforeMasked);
  if (!given?.name || given.description.toLowerCase() !== r.attribution.phrase.toLowerCase()) return;
  const parsed = parseSubjectPhrase(given.name);
  if (parsed?.type === 'name') credit(r, given.name, given.description, parsed);
}

// A given name with where its bearer lives or comes from, set off after a description: "Tove from Hallby".
const GIVEN_NAME_PLACE = /^([\p{Lu}][\p{Ll}'’-]+)\s+(?:from|in)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’.-]*$/u;

/**
 * `Another reader, Tove from Hallby, writes: "..."`: one described, then set off the given name they go by and
 * the place they write from, is called by that name, as `Another reader, Tove Lind, writes` is by the full name;
 * the description is the role. (Not a common word that WordNet knows and the name lists do not: "An aide, Head in
 * Oslo", nor one word naming two or more in a list.)
 */
function givenNamePlaceCredit(r: CreditReading): void {
  if (!r.attribution?.appositive || r.parsed?.type !== 'description' || r.parsed.plural || r.parsed.kind !== 'unnamed') return;
  const m = GIVEN_NAME_PLACE.exec(r.attribution.appositive.trim());
  if (!m || commonWordNotName(m[1]!)) return;
  const parsed = parseSubjectPhrase(m[1]!);
  if (parsed?.type === 'name' && parsed.kind === 'person') credit(r, m[1]!, r.attribution.phrase, parsed);
}

/**
 * `And Luc from Trois-Rivieres writes, "..."`: a credit read whole as a known given name and the place its bearer
 * writes from, which reads as no speaker as it stands, is the given name's (as listeners' and readers' mail is
 * credited).
 */
function givenNameFromPlace(r: CreditReading): void {
  if (r.parsed || !r.attribution) return;
  const m = GIVEN_NAME_PLACE.exec(r.attribution.phrase.trim());
  if (!m || commonWordNotName(m[1]!) || !isKnownFirstName(m[1]!)) return;
  const parsed = parseSubjectPhrase(m[1]!);
  if (parsed?.type === 'name' && parsed.kind === 'person') credit(r, m[1]!, null, parsed);
}

/** The plainest attribution of the quote as it stands: after it when it is closed, else before it. */
function plainReading(q: QuoteSentence): ReturnType<typeof plainAttributionBefore> {
  return (q.span.closed ? plainAttribution(afterQuote(q), q.inner) : null) ?? plainAttributionBefore(q.beforeMasked) ?? (q.span.closed ? inWordsLater(q.beforeMasked, afterQuote(q)) : null);
}

/** Whether `phrase` opens the words right after the quote's closing mark (a new sentence's subject). */
function followsQuote(q: QuoteSentence, phrase: string): boolean {
  return q.masked.slice(q.span.close + 1, q.span.close + 1 + phrase.length + 4).trimStart().startsWith(phrase);
}

/** `from Sarah Roe (no relation, she assures us): "..."`: a credit inside a closed aside is the aside's. */
function closedAside(r: CreditReading, q: QuoteSentence): void {
  if (r.attribution && insideClosedAside(q.beforeMasked, q.beforeMasked.lastIndexOf(r.attribution.phrase))) {
    r.attribution = null;
    r.parsed = null;
  }
}

/**
 * `voiced in his plea: "Open these gates!" Farmers still cheer ...`: a full quote a colon opens and
 * "!" or "?" closes ends its sentence; the clause after it is the next sentence, no credit.
 */
function exclaimedAfterColon(r: CreditReading, q: QuoteSentence): void {
  // (A phrase found before the quote is a credit there, unless it stands after the quote as well: in `asked the mayor,
  // Ben Haak: "Why?" Haak walked away.` the "Haak" of the next sentence is also inside the name before.)
  if (!(r.attribution && r.parsed && q.span.closed && /[!?]/u.test(q.inner) && /:\s*$/u.test(q.beforeMasked) && !(q.masked.lastIndexOf(r.attribution.phrase, q.span.open) >= q.rs && !followsQuote(q, r.attribution.phrase)))) return;
  // `Vos pressed him: "Why now?" Roe smiled.`: the clause the colon closes, read up to the quote's end, credits it
  // when a person named in full or known opens it.
  const before = grammarAttribution(q.text, q.spans, q.spans.indexOf(q.span), q.rs, q.span.close + 1);
  const parsed = before?.via === 'before' ? parseSubjectPhrase(before.phrase) : null;
  if (before && knownPerson(parsed, q.ds)) return credit(r, before.phrase, null, parsed);
  untold(r);
}

// A body's head noun, "of" or "for" and its remit's capitalised words up to "and", right before the phrase read:
// "The Ministry of Trade and ", "the Department for Environment, Food and ".
const BODY_OF_AND =
  /(?<![\p{L}'’-])((?:(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){1,2}(?:for|of|at|from)\s+)?(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:Ministry|Department|Office|Institute|Committee|Council|Commission|Bureau|Agency|Federation|Association|Union|Board|Academy|Centre|Center|Society|Chamber|Secretariat|Directorate|Authority|Service|Fund|Foundation)\s+(?:of|for)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}'’-]*,?\s+){1,4}and\s+)$/u;

/**
 * "Kask and Lind called them "..."": one person of several subjects does not speak alone (a group may); nor does
 * one body or place of several ("China and Russia maintain "..."", "Officials in Seoul and Tokyo said").
 */
function oneOfJoined(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed || !(r.parsed.type === 'name' || (r.parsed.type === 'description' && !r.parsed.plural))) return;
  const at = phraseAt(q, r.attribution.phrase);
  // "The Ministry of Trade and Economic Development said": the words after "and" end the body's own name (its
  // remit joined by "and"), so the whole body speaks, not "Economic Development" beside another subject.
  // (The phrase read may be the last word of the remit alone: "and Inland Waterways said" read as "Waterways".)
  if (at >= q.rs && r.parsed.type === 'name') {
    const before = q.text.slice(Math.max(q.rs, at - 160), at);
    // (Without an "and" in the words there is no remit to read, and the capitals before the phrase do not matter.)
    const capitals = before.includes('and') ? /(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}$/u.exec(before)![0] : '';
    // (Only words that end on "and": the expression, opening on a look-behind, is tried at every character.)
    const head = before.slice(0, before.length - capitals.length);
    const headTrimmed = head.trimEnd();
    const body = headTrimmed.length < head.length && headTrimmed.endsWith('and') ? BODY_OF_AND.exec(head) : null;
    // (Not a person's full name after the "and": "The Department of Harbours and Rolf Dahl said".)
    const remit = body ? parseSpeakerPhrase(`${capitals}${r.attribution.phrase}`) : null;
    const person = remit?.type === 'name' && remit.kind === 'person' && /\s/u.test(remit.name);
    const whole = body && !person ? `${body[1]!}${capitals}${r.attribution.phrase}` : null;
    const parsed = whole ? parseSpeakerPhrase(whole) : null;
    // (A spokesperson for it is who speaks when the sentence says so: "A spokesperson for the Department of ...".)
    if ((parsed?.type === 'name' && parsed.kind === 'organisation') || (parsed?.type === 'description' && !parsed.plural)) return credit(r, whole!, r.attribution.appositive, parsed);
  }
  if (!(at >= q.rs && joinedSubject(sentenceText(q), at - q.rs, r.attribution.phrase, q.span.open - q.rs))) return;
  // (People named in full and credited together speak as their group: `Ivo Dahl and Rosa Brandt wrote`.)
  const group = jointNamesAt(sentenceText(q), at - q.rs, r.attribution.phrase.length);
  if (group) credit(r, group, null, parseSpeakerPhrase(group));
  else untold(r);
}

/**
 * A phrase after "of" or "from" is the complement of the noun before it ("Jane Roe of the Armenian
 * Patriarchate told", "37 percent of Americans say"): the head of the whole phrase speaks, or nobody told.
 */
function ofPhrase(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed) return;
  const at = phraseAt(q, r.attribution.phrase);
  // `said former Secretary of State Ana Roe`: a "name" of title words alone with "of" and capitals after it is
  // the head of a longer title, whose holder named after it speaks; no holder named, nobody told.
  if (at >= q.rs && r.parsed.type === 'name' && r.parsed.name.split(/\s+/u).every((w) => TITLES.has(w.toLowerCase()))) {
    const title = TITLE_OF_TAIL.exec(sentenceText(q).slice(at - q.rs + r.attribution.phrase.length));
    if (title) {
      const whole = `${r.attribution.phrase}${title[0]}`;
      const parsed = parseSpeakerPhrase(whole);
      if (parsed?.type === 'name' && parsed.kind === 'person' && !parsed.name.split(/\s+/u).every((w) => TITLES.has(w.toLowerCase()))) return credit(r, whole, r.attribution.appositive, parsed);
      return untold(r);
    }
  }
  // ("Director of the Press Department of Mongolia D.Bold said": the office's own "of" runs up to an initialled
  // name, which is whole in itself; the words before it are the office, not an owner of the name.)
  // The whole office, back to the sentence's start or a fronted clause's comma, is the role the name holds.
  if (r.parsed.type === 'name' && initialledName(r.parsed) && r.attribution.phrase.endsWith(r.parsed.name) && r.attribution.phrase !== r.parsed.name) {
    // (An office may hold commas of its own, "Department of Information, Public Relations and Monitoring": the
    // first start that reads as the office does.)
    const upTo = at >= q.rs ? sentenceText(q).slice(0, at - q.rs + r.attribution.phrase.length) : '';
    for (let from = 0; from >= 0 && from < upTo.length; from = upTo.indexOf(',', from) + 1 || -1) {
      const office = upTo.slice(from).trim();
      const whole = parseSpeakerPhrase(office);
      if (whole?.type === 'name' && whole.name === r.parsed.name && whole.role) return credit(r, office, r.attribution.appositive, whole);
    }
    return;
  }
  const read = at >= 0 ? ofComplement(sentenceText(q), at - q.rs, r.attribution.phrase) : null;
  if (read) passTo(r, read.owner, r.attribution.appositive);
}

/** " of (the) State Ana Roe": the rest of a title after its head, with the holder's name when one follows. */
const TITLE_OF_TAIL = /^\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*/u;

/** `Another source speaking to Channel Nine said "..."`: the one spoken to does not speak (`addressee-phrase.ts`). */
function addressee(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed) return;
  const at = phraseAt(q, r.attribution.phrase);
  const heard = at >= q.rs ? addresseePhrase(sentenceText(q), at - q.rs, r.attribution.phrase) : null;
  if (heard) passTo(r, heard.owner, null, false);
}

/** `When rebels took the port, Jane Roe called them "bandits"`: a fronted clause's subject is not the main verb's. */
function frontedSubject(r: CreditReading, q: QuoteSentence): void {
  const fronted = r.attribution && r.parsed ? inFrontedClause(sentenceText(q), phraseAt(q, r.attribution.phrase) - q.rs, q.span.open - q.rs) : null;
  if (fronted) passTo(r, fronted.pronoun);
}

/**
 * The older reading of the words before the quote, when the grammar found nothing. (Its reading of the words
 * after the quote was dropped: on PolNeAR's train split it gave 15 right speakers for 10 wrong.)
 */
/**
 * `The Foreign Ministry itself issued a two-line statement that said the country was "..."`: the statement's
 * issuer, the main clause's subject, is credited (`statement-that-said.ts`), as "issued a statement saying" is.
 */
function statementThatSaid(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || q.sentenceInitial || r.complement) return;
  const issuer = issuerOfStatementThatSaid(q.beforeMasked);
  const parsed = issuer ? parseSubjectPhrase(issuer) : null;
  if (issuer && parsed && parsed.type !== 'pronoun') credit(r, issuer, null, parsed);
}

// A role of plain lowercase words after an article or a possessive, no object of its own: "the coach", "the home
// manager", "his treasurer".
const PLAIN_ROLE = /^(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u;

function olderReading(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || q.sentenceInitial || r.complement) return;
  r.attribution = attributionBefore(q.beforeMasked);
  // (Not past a clause with a subject of its own after an earlier quote of the sentence: "Roe said the plan was
  // "...," but the mayor thinks it is "..."" (`otherClauseBetween`).)
  if (r.attribution && otherClauseBetween(q.text, q.spans, q.spans.indexOf(q.span), q.rs, r.attribution.phrase)) r.attribution = null;
  // (Nor from inside a fronted clause of time when the main clause after it leads into the quote: "When Roe said
  // the talks had failed, a clerk laughed: "..."" is the clerk's, `fronted-time-speaker.ts`.)
  if (r.attribution && speakerInFrontedTime(q.beforeMasked, r.attribution.phrase)) r.attribution = null;
  r.parsed = r.attribution ? parseSpeakerPhrase(r.attribution.phrase) : null;
  // ("Asked about the match, the coach, NAME, said:": a role of plain words the lexicon does not read as a person,
  // then a full name set off after it, is that person's role; the name speaks, as the grammar reads it without the
  // clause before. Not a name set off after an object of the role: "the grandmother of the boy, NAME", "a
  // spokesperson for a rival firm, NAME".)
  const setOff = r.attribution && !r.parsed && r.attribution.appositive && PLAIN_ROLE.test(r.attribution.phrase) ? parseSubjectPhrase(r.attribution.appositive) : null;
  if (r.attribution && setOff?.type === 'name' && setOff.kind === 'person' && /\s/u.test(setOff.name) && !nameOfObjectNotHead(r.attribution.phrase, setOff.name)) {
    r.attribution = { phrase: setOff.name, appositive: r.attribution.phrase };
    r.parsed = setOff;
  }
  // ("The latter, who ..., called it "..."": one of two just named, whom only the pair before can tell.)
  if (r.attribution && !r.parsed && formerOrLatter(r.attribution.phrase)) r.parsed = parseSubjectPhrase(r.attribution.phrase);
  // ("One of them, a retired naval officer, turned to me and said, "..."": one picked out of a group that only a
  // pronoun names, then described in apposition with "a" or "an", is the one described; the group says no more.)
  const picked = r.attribution && !r.parsed && r.attribution.appositive && PICKED_OF_PRONOUN.test(r.attribution.phrase) && /^(?:a|an)\s/u.test(r.attribution.appositive) ? parseSpeakerPhrase(r.attribution.appositive) : null;
  if (r.attribution && picked?.type === 'description' && picked.kind === 'unnamed' && !picked.definite && !picked.plural) {
    r.attribution = { phrase: r.attribution.appositive!, appositive: r.attribution.phrase };
    r.parsed = picked;
  }
}

// "One of them", "Another of us": one of a group a pronoun names.
const PICKED_OF_PRONOUN = /^(?:One|Another|one|another)\s+of\s+(?:them|us|those|you)$/u;

/**
 * `Roe told police the intruder had said: "..."`: a subject credited before the clause its verb reports, whose
 * own subject has a verb of speech right before the quote, only passes the words on (`inner-speaker.ts`).
 */
function innerReported(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || q.sentenceInitial) return;
  // (`Roe told the inquiry that he had been texted "..." by his sister`: words put to someone by a passive verb of
  // telling or sending right before the quote are no one's the sentence's subject said, `heard-passive.ts`.)
  // (Not an order told as an infinitive, 'wrote that the crews had been told "to smile ..."': the teller's words.)
  const heard = /^to\s/iu.test(q.text.slice(q.span.start, q.span.end)) ? -1 : heardPassive(q.beforeMasked);
  if (heard >= 0) {
    const subject = phraseAt(q, r.attribution.phrase);
    if (subject >= 0 && subject < q.rs + heard) return passTo(r, null);
  }
  const inner = innerSpeaker(q.beforeMasked);
  // ('Lise Orm said he had texted her "..."': an inner "he"/"she" of the other sex than the one the lists know the
  // teller's name to be is someone else, whom the text does not name: no one.)
  const pronoun = inner ? null : innerPronoun(q.beforeMasked);
  if (pronoun) {
    // (The teller's name without a title before it: "Judge Rosalind Ashdown said he had told police "..."" is a woman
    // telling a man's words; "Judge" tells no sex and would hide hers.)
    // (Or by a title that tells it, "Mrs", "Dame", read first: 'Dame NAME said he had told her "..."', where the
    // lists would take "Dame" for a man's given name.)
    const teller = titleSex(r.attribution.phrase.split(/\s+/u)[0]!) ?? listedGender([r.parsed?.type === 'name' && r.parsed.kind === 'person' ? r.parsed.name : r.attribution.phrase]);
    const subject = phraseAt(q, r.attribution.phrase);
    if (teller && teller !== pronoun.sex && subject >= 0 && subject < q.rs + pronoun.at) return passTo(r, null);
  }
  if (!inner) return;
  const credited = phraseAt(q, r.attribution.phrase);
  if (credited < 0 || credited >= q.rs + inner.at) return;
  passTo(r, inner.phrase, null, false);
}

// A medium's or programme's noun right after a quote's closing mark: the quote was a title ("the "Harbour Talk" podcast").
const TITLE_BEFORE_PROGRAMME = new RegExp(String.raw`^[\s\p{Pi}\p{Pf}"'’]*${PROGRAMME_NOUNS}\b`, 'u');

/**
 * `..., chaired by Jane Roe, who opened by asking whether it was "..."`: the antecedent of "who" speaks;
 * `Jane Roe met him with a handshake and the words "..."`: the sentence's subject does.
 * `Roe wrote to Mayor Tom Poe, who replied: "..."`: a relative clause of only a verb of speech, closing on the
 * quote's colon, speaks for its antecedent, whoever the main clause's subject is (the one written to answers):
 * over any reading before this one.
 */
function relativeOrWithWords(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial) return;
  // (A one-word antecedent only when it is a person the document names: "interrupted by Roe, who said".)
  const known = (name: string | null): string | null => (name && (/\s/u.test(name) || knownPerson(parseSubjectPhrase(name), q.ds)) ? name : null);
  const colon = known(relativeColonSpeaker(q.beforeMasked));
  const colonNamed = colon ? parseSubjectPhrase(colon) : null;
  if (colon && colonNamed?.type === 'name' && colonNamed.kind === 'person') return credit(r, colon, null, colonNamed);
  // ("This is from Farid in Leeds, who writes: "..."": a listener named by a given name the lists know and where
  // they are, the "who" clause's antecedent though the document names them nowhere else.)
  const placed = !colon ? placedColonSpeaker(q.beforeMasked) : null;
  const placedNamed = placed && !/\s/u.test(placed) && listedGivenName(placed) ? parseSubjectPhrase(placed) : null;
  if (placedNamed?.type === 'name' && placedNamed.kind === 'person') return credit(r, placed!, null, placedNamed);
  // "Unlike Nolan, who called the pitch "a disgrace", Stahl said ...": a quote inside a "who" clause of speech set
  // off before the main clause is the antecedent's; the subject named after the quote says what follows.
  if (r.attribution && q.span.closed && (q.inner === ',' || /^\s*,/u.test(afterQuote(q))) && phraseAt(q, r.attribution.phrase) > q.span.close) {
    const before = known(relativeSpeaker(q.beforeMasked));
    const who = before && /,\s+who\s/u.test(q.beforeMasked) ? parseSubjectPhrase(before) : null;
    if (who?.type === 'name' && who.kind === 'person') return credit(r, before!, null, who);
  }
  if (r.parsed || r.complement) return;
  // (A title before its medium's noun is no one's words: "who told the "Harbour Talk" podcast that".)
  if (q.span.closed && TITLE_BEFORE_PROGRAMME.test(afterQuote(q))) return;
  // (Or one word the text itself calls a person by a role set off after it: "Kask, the port's spokesman, who told".)
  const relative = relativeSpeaker(q.beforeMasked);
  const antecedent = known(relative) ?? (relative && roleSetOffBeforeWho(q.beforeMasked, relative) ? relative : null) ?? withWordsSpeaker(q.beforeMasked);
  const named = antecedent ? parseSubjectPhrase(antecedent) : null;
  if (antecedent && named?.type === 'name') return credit(r, antecedent, null, named);
  // (Or one described: "a retired pilot, who wrote: "..."".)
  const described = describedRelativeSpeaker(q.beforeMasked);
  const one = described ? parseSubjectPhrase(described) : null;
  if (described && one?.type === 'description' && one.kind === 'unnamed' && !one.plural) credit(r, described, null, one);
}

// The sentence's opening noun phrase, a full name set off after it, then the verb of speech and the colon or "that":
// "Lang's old rival, Sophie Duval, said:", "Lang's successor as mayor, Sophie Duval, told reporters:". The phrase
// opens with an owner's name or a determiner and holds no comma, verb of speech or preposition of an object ("to",
// "for", "with", "by", "from", "of": "A letter to the mayor, Karl Dahl, said" is the letter's).
const OPENING_THEN_NAME = /^\s*(?:[\p{Lu}][\p{L}'’-]*['’]s|The|His|Her|Their|Its|Our|My)\s+((?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+),\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*),\s+(?:(?:later|then|also)\s+)?(?:said|says|told\s+(?:him|her|them|us|me|reporters)|added|wrote|replied|warned)(?:\s+(?:on\s+[\p{Lu}][\p{Ll}]+day|in\s+(?:a|an)\s+(?:statement|interview|email|e-mail|message|letter)))?\s*(?::|,|that\b[^_"“”]*)\s*$/u;
const OBJECT_PREPOSITION_WORD = /^(?:to|for|with|by|from|of|against|about)$/u;

/**
 * The full name set off after the sentence's opening noun phrase speaks when no reading took the phrase for a
 * speaker (`Lang's rival`, `successor as mayor` read as no one): "Lang's old rival, Sophie Duval, said: "..."".
 */
function setOffNameAfterOpening(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || q.sentenceInitial || !q.beforeMasked.includes(',')) return;
  const m = OPENING_THEN_NAME.exec(q.beforeMasked);
  if (!m || m[1]!.split(/\s+/u).some((w) => OBJECT_PREPOSITION_WORD.test(w) || isSpeechVerb(w))) return;
  const named = parseSubjectPhrase(m[2]!.trim());
  if (named?.type === 'name' && named.kind === 'person' && /\s/u.test(named.name)) credit(r, m[2]!.trim(), null, named);
}

/**
 * `The council declined to comment; its press office said only that the trip went "..."`: a clause after a
 * semicolon opens as a sentence would, so its possessive subject reads as "Its press office" does at a sentence's
 * start (the reading of descriptions takes a possessive opening only capitalised).
 */
function possessiveAfterSemicolon(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || r.parsed || !/^(?:its|their|his|her)\s/u.test(r.attribution.phrase)) return;
  const at = q.beforeMasked.lastIndexOf(r.attribution.phrase);
  if (at < 0 || !/;\s*$/u.test(q.beforeMasked.slice(0, at))) return;
  const phrase = r.attribution.phrase.charAt(0).toUpperCase() + r.attribution.phrase.slice(1);
  const parsed = parseSubjectPhrase(phrase);
  if (parsed?.type === 'description' && !parsed.plural) credit(r, r.attribution.phrase, r.attribution.appositive, parsed);
}

/**
 * A description with a name in apposition ("Florida's attorney general, Jane Roe, vowed"): the name speaks.
 * (A description the phrase reader took for a name ends in a lowercase word: "Florida's attorney general".)
 */
function nameInApposition(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed || !(r.parsed.type === 'description' || (r.parsed.type === 'name' && /(?:^|\s)[\p{Ll}]+$/u.test(r.attribution.phrase)))) return;
  // ("A source close to the mayor, NAME, said:": the name set off is the mayor's; the source stays unnamed.)
  // (Nor is that name the source's role: the source is described, the mayor named.)
  if (anonymousSource(r.attribution.phrase)) {
    if (r.attribution.appositive && parseSubjectPhrase(r.attribution.appositive)?.type === 'name') r.attribution.appositive = null;
    return;
  }
  const at = phraseAt(q, r.attribution.phrase);
  const name = at >= 0 ? appositiveName(sentenceText(q), at - q.rs, r.attribution.phrase) : null;
  const named = name ? parseSubjectPhrase(name) : null;
  // ("NAME, whose colleagues described her as "..."": a person owns the "whose" subject and is not it; the subject,
  // read as "whose colleagues", names no one to give the words to. A body's "whose editors wrote" is the body's.)
  if (named?.type === 'name' && named.kind === 'person' && /^whose\s/iu.test(r.attribution.phrase)) return untold(r);
  // ("The family of the missing climber, NAME, said": the name set off is the object's, never the group head's,
  // `of-object-name.ts`; the head stays described.)
  if (name && named?.type === 'name' && nameOfObjectNotHead(r.attribution.phrase, name)) return;
  if (name && named) credit(r, name, r.attribution.appositive ?? r.attribution.phrase, named);
}

/** `Another reader, Tom in Leeds, asked: "..."`: one described, then named by a first name and a place. */
function placedName(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || (r.parsed && r.parsed.type !== 'description')) return;
  const one = parseSubjectPhrase(r.attribution.phrase);
  if (one?.type !== 'description' || one.definite || one.plural || one.kind !== 'unnamed') return;
  const at = phraseAt(q, r.attribution.phrase);
  const name = at >= 0 ? placedFirstName(sentenceText(q), at - q.rs, r.attribution.phrase) : null;
  const named = name ? parseSubjectPhrase(name) : null;
  if (name && named?.type === 'name') credit(r, name, r.attribution.phrase, named);
}

/**
 * A quote inside a fronted clause of time or cause ("After X said ... "...," Y said") is that clause's.
 * (Only against a credit read after the quote: one read inside the clause, before the quote, stands. One read
 * before a clause that opens mid-sentence is another clause's: in `"Ready?" she said, and as Roe went on about
 * "...," Lind nodded` the words are Roe's, not hers.)
 */
function frontedClauseQuote(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed) return;
  const at = phraseAt(q, r.attribution.phrase);
  if (at < 0 || (at <= q.span.close && !/[,;]/u.test(q.beforeMasked))) return;
  const fronted = frontedClause(q.beforeMasked, afterQuote(q), q.inner);
  if (fronted && (at > q.span.close || (fronted.from !== undefined && at >= 0 && at < q.rs + fronted.from))) passTo(r, fronted.subject);
}

/** `Noting that Roe had called it "...," Lind said`: the words are the one the fronted clause reports (`fronted-participle.ts`). */
function frontedParticipleReport(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed || phraseAt(q, r.attribution.phrase) <= q.span.close) return;
  const reported = frontedParticipleReported(q.beforeMasked, afterQuote(q), q.inner);
  if (reported) credit(r, reported, null, parseSubjectPhrase(reported));
}

/** `X had told Y that ... "...", Z recalled`: the words are X's, Z only passes them on. */
function reportedClause(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed || phraseAt(q, r.attribution.phrase) <= q.span.close) return;
  const reporter = reportedClauseSubject(q.beforeMasked, afterQuote(q), q.inner);
  const named = reporter ? parseSubjectPhrase(reporter) : null;
  if (reporter && named?.type === 'name' && named.kind === 'person') credit(r, reporter, null, named);
}

// A body opening the sentence, its verb of saying (a day or a medium after it at most), then "that it" and the rest
// of the clause to the quote: "The Federal Transport Office said on Monday that it was observing the merger "..."".
const BODY_SAID_THAT_IT = /^\s*((?:[Tt]he\s+)?[^,;:_"“”]{2,60}?)\s+(?:said|says|stated|states|announced|announces|added|adds|warned|warns)(?:\s+(?:on|last)\s+[\p{Lu}][\p{Ll}]+day)?(?:\s+in\s+(?:a|an)\s+[\p{Ll}]+)?\s+that\s+it\s+[^;:_"“”]*$/u;

/**
 * `The Federal Transport Office said on Monday that it was observing the merger "..."`: "it" in the clause a body's
 * verb of saying reports is the body itself (the grammar may read "it was observing" as a credit of its own).
 */
function bodyItSaid(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed?.type !== 'pronoun' || r.parsed.pronoun !== 'it' || q.sentenceInitial) return;
  const m = BODY_SAID_THAT_IT.exec(q.beforeMasked);
  const body = m ? parseSubjectPhrase(m[1]!) : null;
  if (body && body.type !== 'pronoun' && body.kind === 'organisation') credit(r, m![1]!, null, body);
}

/**
 * `Officers have said he said "..."`, `Sources say she told them "..."`: a pronoun speaking inside the clause
 * another's reporting verb reports is a second-hand account; the one who said it is no surer than the one who
 * reports it, so no one is credited.
 */
function reportedPronoun(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || r.parsed?.type !== 'pronoun') return;
  const at = q.beforeMasked.lastIndexOf(r.attribution.phrase);
  if (at <= 0) return;
  if (REPORTED_BEFORE.test(q.beforeMasked.slice(Math.max(0, at - 60), at))) untold(r);
}

// A reporting verb with its subject right before the pronoun ("sources have said", "police say that").
// (Only a group's plural noun as that subject, "sources", "investigators", "police": "Roe said she told them"
// is Roe on herself, and one named may be the pronoun's own antecedent.)
const REPORTED_BEFORE = /(?:^|[^\p{L}])(?:[\p{L}][\p{Ll}-]*[^s\W]s|[Pp]olice)\s+(?:(?:have|had)\s+)?(?:said|say|says|told\s+(?:police|officers|investigators|reporters|the\s+court|us|them)|claimed|claim|claims|alleged|allege|alleges)\s+(?:that\s+)?$/u;

/** `He reported that Putin, asked ..., answered: "..."`: the inner verb's subject speaks (`reported-answer.ts`). */
function reportedAnswer(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial) return;
  const answerer = reportedAnswerer(q.beforeMasked);
  const named = answerer ? parseSubjectPhrase(answerer) : null;
  if (answerer && named?.type === 'name' && named.kind === 'person') credit(r, answerer, null, named);
}

/**
 * '"...," came the reply from Mara Roe.': the one a reply came from speaks (`reply-from.ts`), when a name or a
 * description of a speaker; a place it came from credits no one here.
 */
function replyCameFrom(r: CreditReading, q: QuoteSentence): void {
  if (!q.span.closed || r.attribution) return;
  const source = replyFrom(afterQuote(q));
  const parsed = source ? parseSubjectPhrase(source) : null;
  if (parsed && parsed.type !== 'pronoun') credit(r, source!, null, parsed);
}

/** `"...," the statement said, quoting Kim.`: the one quoted speaks, the statement carries (`quoting-credit.ts`). */
function quotingAfter(r: CreditReading, q: QuoteSentence): void {
  if (!q.span.closed) return;
  const quoted = quotedByCredit(afterQuote(q));
  const named = quoted ? parseSubjectPhrase(quoted) : null;
  // Only a name: "the Post reported, quoting an anonymous official" keeps the paper as the source its reader
  // can check, as PolNeAR's annotators have it (train: 2 wrong when the official took the words).
  if (quoted && named?.type === 'name' && named.kind === 'person') credit(r, quoted, null, named);
}

/**
 * `The paper quotes an official as saying: "..."`: the one quoted speaks, the medium only relays. (Not a definite
 * description of a person, "the president": which one it is, the quote's sentence does not settle, and the
 * earlier person it would be tied to may be another president.)
 */
function quotedAs(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial) return;
  const quoted = quotedAsSpeaker(q.beforeMasked);
  const subject = quoted ? parseSubjectPhrase(quoted) : null;
  if (quoted && subject && subject.type !== 'pronoun' && !(subject.type === 'description' && subject.definite && subject.kind === 'unnamed')) credit(r, quoted, null, subject);
  // (The one quoted left untold, a description or a pronoun ("quoted the leader as telling ..."): the medium or
  // person who passes the words on, read before "quoted", did not say them.)
  else if (quoted && r.attribution) {
    const at = wordAt(q.beforeMasked, r.attribution.phrase, 0);
    const relay = /\b(?:quot|cit)(?:es|ed|ing)\b/u.exec(q.beforeMasked);
    if (at >= 0 && relay && at < relay.index) untold(r);
  }
}

// A listener's reaction, then "when" and a pronoun with a verb of speech: "The audience laughed when he added
// that ...". The hearers react; the pronoun's one speaks.
const REACTION_WHEN_SAID = /^\s*(?:The|A|An|His|Her|Their|Some|Several|Many)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:laughed|applauded|smiled|groaned|cheered|chuckled|murmured|gasped|winced|nodded|fell\s+silent|went\s+quiet)\s+when\s+(he|she)\s+(?:(?:later|then|also)\s+)?(?:added|said|noted|remarked|joked|quipped|explained|recalled|admitted|confessed|pointed\s+out)\b[^"“”_]*$/u;

/**
 * `The audience laughed when he added that they had been asked "..."`: the words are the one the pronoun of the
 * "when" clause means, not the hearers', whose laugh is no speech.
 */
function reactionWhenSaid(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial) return;
  const m = REACTION_WHEN_SAID.exec(q.beforeMasked);
  if (m) passTo(r, m[1]!);
}

// A quote that opens by telling what a third person said to the speaker, the words in a quote of their own: "He
// told me, '...'", "She said to us: '...'".
// Words named as a possessor's right before the colon ("her father's words:", "his mentor's advice:").
const POSSESSED_WORDS_COLON = /['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:words|saying|sayings|advice|warning|line|motto|maxim|rule|refrain|answer|reply)\s*:\s*$/u;
const THIRD_PERSON_TOLD_INSIDE = /^(?:He|She|They)\s+(?:(?:once|then|always|just|simply|later)\s+)?(?:told|said\s+to|wrote\s+to|would\s+tell|used\s+to\s+tell)\s+(?:me|us)\b[^'‘"“]{0,40}?[,:]\s*['‘"“]/u;

/**
 * `A spokeswoman, quoting the minister, said: "..."`, `Roe quoted the harbour master: "..."`, `"...," Roe said,
 * citing the governor.`: the one quoted gave the words, the one who passes them on did not
 * (`relayed-words.ts`). The one quoted is credited when a person (or, as the object of the main verb, a body);
 * else nobody. A medium or body passing on the words of someone only described keeps the credit, as
 * `quotingAfter` has it.
 */
function relayedWords(r: CreditReading, q: QuoteSentence): void {
  // `Berg was quoting Holm when she said: "..."`: the one quoted (a person named), else nobody.
  const when = q.sentenceInitial ? null : relayedWhen(q.beforeMasked);
  if (when) {
    const named = when.quoting ? parseSubjectPhrase(when.owner) : null;
    if (named?.type === 'name' && named.kind === 'person') credit(r, when.owner, null, named);
    else untoldRelay(r);
    return;
  }
  const before = q.sentenceInitial ? null : relayedBefore(q.beforeMasked);
  // ("State media quoted the leader as telling the visiting president, NAME:": the one quoted is read by
  // `quotedAs`; a name after "as telling" is the one told.)
  const quotedAsOne = before ? quotedAsSpeaker(q.beforeMasked) : null;
  if (before && quotedAsOne && !quotedAsOne.includes(before.owner)) return;
  const read = before ?? (q.span.closed ? relayedAfter(afterQuote(q)) : null);
  if (!read) return;
  // ('Lind recalled her father's words: "He told me, 'Never sell the boat.'"': the words recalled are the inner
  // quote; the outer tells in the first person what "he" said, the relayer's own account, and stays the credit's.)
  // (Only words named as someone's, "her father's words:": in "NAME quoted a soldier he met: "He told me, '...'"" the
  // soldier is quoted, and tells what another said to him.)
  if (r.parsed && THIRD_PERSON_TOLD_INSIDE.test(q.words) && POSSESSED_WORDS_COLON.test(q.beforeMasked)) return;
  const { owner } = read;
  // (Before the quote: only when the credit read is the relayer, standing before the relaying, or none is read;
  // a fronted participle's relayer follows it: "Quoting the mayor, Roe said: ...".)
  if (before && r.attribution && before.at > 0 && !creditBefore(r.attribution.phrase, q, before.at, 2)) return;
  // ("Roe, paraphrasing Kask, said ...": a rewording, whose words neither the one paraphrased said nor, it may be,
  // the one who put them so: no one is told.)
  if (read.paraphrasing) {
    untoldRelay(r);
    return;
  }
  // (No one quoted: "quoting no one in particular", "citing nobody".)
  if (/^(?:no\s+one|nobody|no-one|none|nothing)\b/iu.test(owner)) return;
  // (A document quoted with no writer named, "Roe quoted the letter, which read:", is no speaker: its writer is
  // not told. A writer named is read as the owner: "quoted Kask's letter", "quoted a letter from Kask".)
  if (/^(?:(?:the|a|an|this|that|these|those|his|her|their|its|our|my)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:letter|statement|note|memo|message|e-?mail|text|post|tweet|release|notice|report|document|leaflet|sign|banner|placard|editorial|article|passage|clause|decree|order|ruling|verdict)s?$/u.test(owner)) {
    untoldRelay(r);
    return;
  }
  // "Roe cited the weather, saying: ...", "Roe shared a post from Kask, writing: ...": the participle after the
  // main verb's object is the subject's; one cited, or a post shared with the subject's own lines written over
  // it, is not the one whose words follow (unlike "quoted X, saying", or "cites X's report, saying", where
  // the words may be X's).
  if (read.main && read.saying && !read.quoting && (!read.carried || /\bwriting\s*[:,]?\s*$/u.test(q.beforeMasked))) return;
  // (A line from one described as someone's, "a line from his first editor:", is read as the description would
  // open a sentence, and credited as written, as a remembered teller is.)
  const owned = read.line && /^(?:his|her|my|our|their)\s/u.test(owner) ? parseSubjectPhrase(owner.charAt(0).toUpperCase() + owner.slice(1)) : null;
  if (owned?.type === 'description' && owned.kind === 'unnamed' && !owned.plural) {
    credit(r, owner, null, { ...owned, text: owner });
    return;
  }
  const named = parseSubjectPhrase(owner);
  // One quoted by an object pronoun ("quoted him:") is the one the pronoun stands for, as its subject form
  // would be read.
  const object = /^(him|her)$/iu.exec(owner);
  if (object) {
    passTo(r, object[1]!.toLowerCase() === 'him' ? 'he' : 'she');
    return;
  }
  // One quoted who cannot be read ("quoting them", "quoting her late father"), or a thing quoted as the main
  // verb's object ("Roe read out a statement from the crew:"), cannot be told. A thing cited beside the credit
  // is a reason given, not a speaker: "The firm, citing rising costs, said ..." (or "Roe cited the costs,
  // saying: ...") is the firm's.
  if (!named || named.type === 'pronoun') {
    if (read.quoting || (read.main && !read.saying)) untoldRelay(r);
    return;
  }
  if (named.kind === 'organisation' && !read.main) return;
  // Several quoted ("quoting agency officials", "citing sources") speak through the one who sums their words up:
  // the relayer keeps them beside the credit; as the main verb's object, nobody is told. (Not a message of
  // theirs passed on: one text, the group's.)
  if (named.type === 'description' && named.plural && !read.carried) {
    if (read.main) untoldRelay(r);
    return;
  }
  // One cited beside the credit ("Roe, citing Chief Kask, said: ...", "..., she said, citing Kask") is the
  // source of what the relayer says, whose words they may still be ("and I am proud of that"): nobody is told.
  if (!read.main && !read.quoting && !read.carried) {
    untoldRelay(r);
    return;
  }
  const relayer = r.parsed;
  if (named.type === 'description' && relayer && relayer.type !== 'pronoun' && relayer.kind === 'organisation' && !read.main) return;
  // ("quotes a retired admiral, NAME:": the description set off before the name is the role the text gives them,
  // kept so that "the admiral" later is read for them.)
  credit(r, owner, named.type === 'name' && named.kind === 'person' && read.described ? read.described : null, named);
}

/**
 * Whether the credit read (`phrase`) stands in the words before the quote ending no more than `slack`
 * characters past `at`, where a reader found what the main clause does (a relaying, a document, a passive's
 * agent): that it is that clause's subject, before it.
 */
function creditBefore(phrase: string, q: QuoteSentence, at: number, slack: number): boolean {
  const where = q.beforeMasked.lastIndexOf(phrase, at);
  return where >= 0 && where + phrase.length <= at + slack;
}

/**
 * `Roe answered Kask's letter, which called the plan "..."`: the document says the words, so its writer speaks,
 * not the one who answered it; with no writer named, nobody (`document-relative.ts`).
 */
function documentWhich(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial || !r.attribution) return;
  const read = documentRelative(q.beforeMasked);
  if (!read) return;
  // (Only when the credit read stands before the document, as the main clause's subject.)
  if (!creditBefore(r.attribution.phrase, q, read.at, 1)) return;
  const named = read.owner ? parseSubjectPhrase(read.owner) : null;
  if (read.owner && named && named.type === 'name') credit(r, read.owner, null, named);
  // (A statement the subject issued is his own, no one else's: "X issued a statement that said ..." keeps X.)
  else if (!read.owner && issuerOfStatementThatSaid(q.beforeMasked) === r.attribution.phrase) return;
  else untold(r);
}

/**
 * `My aide tells me your memo from Lima said, "..."`: the speech verb governing the quote has a document for its
 * subject, so neither one who tells of the document (the aide) nor a place in the phrase that says where it came
 * from (Lima) speaks; nobody is told (`document-subject.ts`). A body it came from ("the report from the ministry")
 * issued it and keeps the credit; so does the document itself, when a reader credited it as described.
 */
function documentSubject(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial || !r.attribution) return;
  const read = documentSubjectSaid(q.beforeMasked);
  if (!read) return;
  const where = q.beforeMasked.lastIndexOf(r.attribution.phrase);
  // (A credit read after the document's phrase is no earlier subject nor inside the phrase: left as read.)
  if (where < 0 || where >= read.at + read.phrase.length) return;
  // (The document's own phrase, or one that starts with it, is the document credited as described; a name read
  // out of that phrase, "the memo from Lima" taken for Lima, is the place it came from.)
  if (where === read.at && r.parsed?.type === 'description') return;
  // (Nor is its owner, who wrote it: "Her letter said:", "Roe's memo said:" keep the one the owner is read as.)
  if (where === read.at && read.owner && (r.parsed?.type === 'pronoun' || (r.parsed?.type === 'name' && nameWordsHave(r.parsed.name, read.owner.split(/\s+/u).at(-1)!)))) return;
  // (A body described in it, "the report from the ministry", issued it; a name there may be a place, "from Lima",
  // which nothing here tells from a body's name: nobody.)
  if (where > read.at && r.parsed?.type === 'description' && r.parsed.kind === 'organisation') return;
  // (A person it came from wrote it: "The letter from Rao said:", "A letter from Ilse Roe on Tuesday said:", the
  // name after "from" a surname the text gives a person named in full; "from Lima" names no one so.)
  if (r.parsed?.type === 'name' && read.phrase.replace(/\s+/gu, ' ').includes(`from ${r.parsed.name}`) && q.ds.surnameHolderCount(r.parsed.name) > 0) return;
  untold(r);
}

/**
 * `Roe wrote to the board and received a reply saying the plan was "..."`: the message says the words, so its
 * sender speaks, not the one who received it; with no sender named, nobody (`received-message.ts`).
 */
function receivedSaying(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial || !r.attribution) return;
  const read = receivedMessage(q.beforeMasked);
  // (Only when the credit read stands before the message, as the subject of the verb of receiving.)
  if (!read || !creditBefore(r.attribution.phrase, q, read.at, 1)) return;
  const named = read.sender ? parseSubjectPhrase(read.sender) : null;
  if (read.sender && named && named.type === 'name') credit(r, read.sender, null, named);
  else untold(r);
}

/**
 * `Dahl was praised by Olsen as "..."`: the passive's agent gave the words, not its subject, who is only the
 * one they are about (`passive-agent.ts`); an agent who cannot be read leaves nobody told.
 */
function passiveBy(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial || !r.attribution) return;
  const read = passiveAgent(q.beforeMasked);
  if (!read || !creditBefore(r.attribution.phrase, q, read.at, 1)) return;
  // (An agent that is a thing bearing words, no person nor body, "was greeted by a banner:", "was hailed by a
  // headline:", holds words no one is told as saying: nobody, never the one greeted.)
  const agent = parseSubjectPhrase(read.agent);
  if (agent?.type === 'description' && !agent.plural && !isKindOf(agent.head, 'person', 5, 2) && !isKindOf(agent.head, 'group', 8, 2) && (isKindOf(agent.head, 'artifact', 8, 1) || isKindOf(agent.head, 'communication', 8, 1))) return untold(r);
  passTo(r, read.agent, null, false);
}

/**
 * `Roe said he had been ordered by his commander to "..."`: a passive verb of bidding whose infinitive is the quote
 * gives the words to its agent, never to the one bidden nor to the one reporting; with no agent named nobody is
 * told (`bidden-words.ts`).
 */
function biddenTo(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial || !r.attribution) return;
  const read = biddenAgent(q.beforeMasked);
  // (Only a credit before the passive: the one bidden or the one reporting the bidding.)
  if (!read || !creditBefore(r.attribution.phrase, q, read.at, 1)) return;
  if (read.agent === null) return untold(r);
  passTo(r, read.agent, null, false);
}

/** A relayed credit whose owner cannot be read: nobody is credited, never the one who relays. */
function untoldRelay(r: CreditReading): void {
  if (r.attribution) untold(r);
}

/** Where `phrase` first stands in `text` from `from` as words of their own (no letter or digit touching it); -1 if nowhere. */
function wordAt(text: string, phrase: string, from: number): number {
  for (let at = text.indexOf(phrase, from); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + phrase.length))) return at;
  }
  return -1;
}

/** The one asked does not speak the question: "X was asked by host Y, "...?"" is Y's, or nobody's told. */
function asked(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed) return;
  // (The phrase as the clause's subject: its first mention in the sentence, as a word of its own: "he" is not
  // the end of "the" in "When the minister was asked by reporters ..., he answered: ...".)
  const at = wordAt(q.masked, r.attribution.phrase, q.rs);
  const read = at >= 0 && at < q.span.open ? askedBy(q.masked.slice(at + r.attribution.phrase.length, q.span.open)) : null;
  if (read) passTo(r, read.asker);
}

/** A forum user credited by the handle: the handle names a person (`username-credit.ts`). */
function username(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial && !q.span.closed) return;
  const handle = usernameCredit(q.beforeMasked, q.span.closed ? afterQuote(q) : null) ?? (q.sentenceInitial && q.span.closed ? singularTheyHandle(q.masked.slice(0, q.rs), afterQuote(q)) : null);
  if (handle) credit(r, handle, null, { type: 'name', name: handle, role: null, kind: 'person' });
}

/** `NAME quoted NAME2's own answer to reporters, "...,"`: the quoted owner's words (`quoted-owned-answer.ts`). */
function quotedOwned(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial) return;
  const owner = quotedOwnersWords(q.beforeMasked);
  const parsed = owner ? parseSpeakerPhrase(owner) : null;
  if (parsed?.type === 'name') credit(r, owner!, null, parsed);
}

/** `... from u/NAME. "...," the user wrote.`: the user's noun stands for the one handle the paragraph named (`handle-description.ts`). */
function userDescribed(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed?.type !== 'description' || !r.parsed.definite || r.parsed.plural) return;
  if (/\/?u\/[\p{L}\d]/u.test(q.beforeMasked)) return;
  const handle = handleDescribed(r.parsed.head, q.masked.slice(0, q.rs));
  if (handle) credit(r, handle, null, { type: 'name', name: handle, role: null, kind: 'person' });
}

// "A third claim, pushed by the Facebook page Quayside Notes, which ..., is that the mayor "..."": a claim
// (rumour, story) someone spread, named after "by", then "is that" and the claim's words up to the quote.
const CLAIM_SPREAD_BY = /^\s*(?:(?:But|And|Yet)\s+)?(?:A|An|The|One|Another)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:claim|rumou?r|allegation|story|theory)\s*,\s+(?:first\s+)?(?:spread|made|posted|pushed|circulated|shared|amplified|published|put\s+about)\s+(?:widely\s+)?by\s+(?:(?:the|a)\s+)?(?:(?:[\p{Lu}][\p{L}-]*|pro-[\p{L}-]+|anonymous|popular|nationalist)\s+)?(channel|account|blog|site|website|page|group|newsletter|podcast|user|commentator|blogger|activist)?\s*([\p{Lu}][\p{L}\d'’-]*(?:\s+[\p{Lu}][\p{L}\d'’-]*){0,3})(?:,\s+[^,;:"“”]{1,120})?,\s+(?:is|was)\s+that\s+[^"“”;:]{0,120}$/u;

/** A claim spread by someone named, "is that" the quoted words: the quote is theirs as the claim's source. */
function claimSpreadBy(r: CreditReading, q: QuoteSentence): void {
  if (r.attribution || q.sentenceInitial || !/\b(?:claim|rumou?r|allegation|story|theory)\b/u.test(q.beforeMasked)) return;
  const m = CLAIM_SPREAD_BY.exec(q.beforeMasked);
  if (!m) return;
  const name = m[2]!;
  const parsed = m[1] && !/^(?:user|commentator|blogger|activist)$/u.test(m[1]) ? ({ type: 'name', name, role: null, kind: 'organisation' } as const) : parseSpeakerPhrase(name);
  if (parsed?.type === 'name') credit(r, name, null, parsed);
}

/** The one told does not speak the words: "X was told by Y: "..."" is Y's, or nobody's told (`asked-by.ts`). */
function told(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial) {
    if (r.attribution && r.parsed) toldAfter(r, q);
    return;
  }
  if (!r.attribution || !r.parsed) {
    // Read from the sentence's start when nothing was read: the passive's subject opens the sentence
    // ("Roe was told by Kask that the port would "..."").
    const read = r.complement ? null : toldBy(q.beforeMasked);
    if (read?.teller) passTo(r, read.teller);
    return;
  }
  const at = wordAt(q.masked, r.attribution.phrase, q.rs);
  if (at >= 0 && at < q.span.open) {
    const read = toldBy(q.masked.slice(at + r.attribution.phrase.length, q.span.open));
    if (read) passTo(r, read.teller);
    return;
  }
  toldAfter(r, q);
}

/** '"...," Roe was told by Kask.': after the quote too, the one told is not the speaker; the agent is, if named. */
function toldAfter(r: CreditReading, q: QuoteSentence): void {
  const after = wordAt(q.masked, r.attribution!.phrase, q.span.close);
  const read = after > q.span.close && after < q.re ? toldBy(q.masked.slice(after + r.attribution!.phrase.length, q.re).replace(/[.!?]\s*$/u, '')) : null;
  if (read) passTo(r, read.teller);
}

/** A credit after the quote with words set off around the name that the grammar could not read. */
function setOffAfter(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement || !q.span.closed || !/[,?!…—–-]/u.test(q.inner)) return;
  // (Not a title set as a headline inside its sentence: in 'Roe, the author of "Harbor Lights," said her editor,
  // Ann Vos, had ...' or 'Roe, who reviewed "Harbor Lights," the novel by Ann Vos, said ...' the title is no
  // words said, and what follows it no credit of it.)
  if (/[\p{L}\p{N}]/u.test(q.masked.slice(q.rs, q.span.open)) && headlineTitle(q.words)) return;
  const read = creditAfterQuote(afterQuote(q));
  const named = read ? parseSubjectPhrase(read.name) : null;
  if (read && named) credit(r, read.name, read.role, named);
}

/**
 * `"...," nuclear experts Ivo Dahl and Rosa Brandt of the Vell Institute wrote.`, `HEADING - Ivo Dahl and Rosa
 * Brandt: "..."`: two people named in full, credited together where no reading found anyone, speak as their pair
 * (`joint-names.ts`), as `Ivo Dahl and Rosa Brandt wrote` does when nothing stands between.
 */
function jointPair(r: CreditReading, q: QuoteSentence): void {
  if (r.attribution || r.complement) return;
  const pair = jointCredit(q.beforeMasked, q.span.closed ? afterQuote(q) : null);
  const parsed = pair ? parseSpeakerPhrase(pair) : null;
  if (pair && parsed) credit(r, pair, null, parsed);
}

/** `"...," reads a Wednesday editorial in The Dunmore Register.`: a document brought in by "a" after an inverted verb (`described-document.ts`). */
function documentAfter(r: CreditReading, q: QuoteSentence): void {
  // (The quote closes on its own comma, or the comma follows it: the words after it run on in its sentence.)
  if (r.attribution || r.complement || !q.span.closed || !(/[,!?]/u.test(q.inner) || /^\s*,/u.test(afterQuote(q)))) return;
  const described = describedDocumentAfter(afterQuote(q));
  const head = described ? described.split(/\s+/u)[1]! : '';
  if (described) credit(r, described, null, { type: 'description', text: described, head, definite: false, plural: false, kind: 'unnamed' });
}

/** `"...," the researcher estimated.`: a description of one person and a verb of any meaning after the quote. */
function describedAfter(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement || !q.span.closed) return;
  const described = describedCreditAfter(afterQuote(q), q.inner);
  const one = described ? parseSubjectPhrase(described) : null;
  if (described && one?.type === 'description' && one.kind === 'unnamed' && !one.plural) credit(r, described, null, one);
}

/**
 * `"...," said the man who had run the ministry for a decade, NAME.`: the name closing the sentence is the one the
 * description and its relative clause tell of (`relative-then-name.ts`); a man's or woman's name of the other sex by
 * the lists, none.
 */
function relativeThenName(r: CreditReading, q: QuoteSentence): void {
  if (!q.span.closed || r.parsed?.type !== 'description') return;
  const found = nameAfterRelativeCredit(afterQuote(q));
  const named = found ? parseSubjectPhrase(found.name) : null;
  if (!found || named?.type !== 'name' || named.kind !== 'person' || !/\s/u.test(named.name)) return;
  const sex = listedGender([named.name]);
  if (sex && (found.noun === 'man' || found.noun === 'woman') && sex !== (found.noun === 'man' ? 'm' : 'f')) return;
  credit(r, found.name, null, named);
}

/** `"...," as Cruz said on Monday`: the subject of a clause of manner after the quote gave the words. */
function asClauseAfter(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement || !q.span.closed) return;
  const as = asCreditAfter(afterQuote(q));
  const named = as ? parseSubjectPhrase(as) : null;
  if (as && named && named.type !== 'pronoun') credit(r, as, null, named);
}

/** `"...," so Putin.`: a credit by "so" and no verb, as translations from German write it. */
function soAfter(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement || !q.span.closed) return;
  const so = soCreditWithRole(afterQuote(q), q.inner);
  const named = so ? parseSubjectPhrase(so.name) : null;
  // (With the role set off after the name, for a later "the political scientist".)
  if (so && named && named.type !== 'pronoun') credit(r, so.name, so.role, named);
}

/** `It was, so the Kremlin, a meeting "..."`: a "so" credit set off by commas after the clause's copula (`so-credit.ts`). */
function soAside(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement) return;
  const so = soCreditAside(q.beforeMasked);
  const named = so ? parseSubjectPhrase(so) : null;
  if (so && named && named.type !== 'pronoun') credit(r, so, null, named);
}

/** `"...". With these words the minister, Jane Roe, replied ...`: a whole sentence quoted, the next one taking it up. */
function takenUpAfter(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement || !q.span.closed || q.masked.slice(q.rs, q.span.open).trim() !== '' || q.masked.slice(q.span.close + 1, q.re).trim() !== '') return;
  const read = wordsTakenUpBy(q.masked.slice(q.re, q.grammarEnd));
  const named = read ? parseSubjectPhrase(read.name) : null;
  if (read && named && named.type !== 'pronoun') credit(r, read.name, read.role, named);
}

// A quote that opens its sentence and ends it, then a dash and the one credited, with a role or a medium set off
// after the name: `- "..." — Ruth Abernathy, launch consultant`, `"..." — NordOrbit, in an emailed statement`.
// (A later line may go back to one credited before: `- "..." - Dr. Roe again, in a note to clients`.)
const DASH_NAME_AFTER = /^\s*(?:[—–―]|--?(?=\s))\s*((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)(?:\s+again)?(?:,\s+([^;:_"“”—–]{2,100}?))?\s*\.?\s*$/u;
// A medium set off after the name: "in an emailed statement", "on X", "in a letter to staff".
const MEDIUM_AFTER = /^(?:in|on|via)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:statement|email|e-mail|letter|interview|post|message|note|release|tweet|video|blog)\b/u;

/**
 * The words after a quote up to the next whole statement quoted (masked, it ends in its own "." "!" or "?"): list
 * lines not set apart by a blank line come as one paragraph with no full stop between a credit line and the next
 * line's quote, and each line's credit is its own quote's alone.
 */
function ownLine(after: string): string {
  const cut = after.search(/\s["“]_+[.!?…]["”]/u);
  return cut >= 0 ? after.slice(0, cut) : after;
}

/**
 * `- "..." — Ruth Abernathy, launch consultant`: a dash credit after a quote that fills its sentence, its role a
 * compound whose first word the tagger may read as a verb ("launch", "trade", "project"); the role must end in a
 * noun of a person, or be a medium ("in an emailed statement"). A person named in full or known, or a body.
 */
function dashNameAfter(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement || !q.span.closed || !q.sentenceInitial || !/[.!?…]/u.test(q.inner)) return;
  const m = DASH_NAME_AFTER.exec(ownLine(afterQuote(q)));
  if (!m) return;
  const role = m[2]?.trim() ?? null;
  const last = role ? role.split(/\s+/u).at(-1)!.toLowerCase() : '';
  if (role && !MEDIUM_AFTER.test(role) && !(isPersonNoun(last) || wordNetPersonOnly(last) || wordNetPerson(last))) return;
  const named = parseSubjectPhrase(m[1]!);
  if (named?.type === 'name' && (knownPerson(named, q.ds) || named.kind === 'organisation')) credit(r, m[1]!, role && !MEDIUM_AFTER.test(role) ? role : null, named);
}

/**
 * `"..." — Jane Roe, 52, a farmer, to a radio station`: a credit line under a quote that opens its paragraph and
 * ends a sentence, the line running to the paragraph's end. A person named in full, known, or with an age set
 * off after a lone name; a body; or one nameless person described.
 */
function dashLineCredit(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement || !q.span.closed || !q.sentenceInitial || !/[.!?…]/u.test(q.inner)) return;
  if (/[^\s]/u.test(q.masked.slice(q.re)) || /[^\s]/u.test(q.masked.slice(0, q.rs))) return;
  const line = dashCreditLine(afterQuote(q));
  if (!line) return;
  const parsed = parseSubjectPhrase(line.phrase);
  if (!parsed || parsed.type === 'pronoun') return;
  if (parsed.type === 'name') {
    if (parsed.kind === 'organisation' || (parsed.kind === 'person' && !line.statement && (knownPerson(parsed, q.ds) || line.aged))) credit(r, line.phrase, line.role, parsed);
    return;
  }
  if (!line.statement && parsed.kind === 'unnamed' && !parsed.plural) credit(r, line.phrase, null, parsed);
  else if (line.statement && parsed.kind === 'organisation') credit(r, line.phrase, null, parsed);
}

/**
 * `"...," the report says.` and `The report adds that ... "..."` after "In a report ..., BODY said": the document
 * speaks for the one body the paragraph says issued it.
 */
function issuedDocument(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed) return;
  const noun = creditedDocumentNoun(q.beforeMasked, afterQuote(q));
  if (!noun) return;
  const body = issuerOf(noun, q.masked.slice(0, q.rs));
  const parsed = body ? parseSubjectPhrase(body) : null;
  if (body && parsed && parsed.type !== 'pronoun' && parsed.kind === 'organisation') credit(r, body, null, parsed);
}

/**
 * `A 2019 audit by the Harbour Audit Office found that ... "..."`: the author after "by" of a document whose finding
 * the sentence reports speaks (`document-finding.ts`): a body, or a person the document knows; else nobody read.
 */
function documentFinding(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement) return;
  const author = documentAuthorFound(q.beforeMasked);
  const parsed = author ? parseSubjectPhrase(author) : null;
  if (author && parsed?.type === 'name' && (parsed.kind === 'organisation' || knownPerson(parsed, q.ds))) credit(r, author, null, parsed);
}

/**
 * `As Roe (2019) put it, "..."`, `Roe (2020: 114) notes that "..."`: an author cited by surname and year
 * (`cited-author.ts`), credited only when the document names one person in full with that surname (a scholar may
 * share it with someone the text quotes: "Kim (2020)" beside Kim Jong-un).
 */
function citedAuthor(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed) return;
  const surname = citedAuthorBefore(q.beforeMasked);
  if (surname) creditCitedAuthor(r, q, surname, citedYearBefore(q.beforeMasked));
}

/**
 * `NAME, writing a decade later, reads the archives differently: "..." (SURNAME 2021: 57).`: a quote no verb of its
 * sentence credits, with an author-year citation in brackets right after it (`cited-author.ts`), is the cited
 * author's, under the same rule of one bearer of the surname as a citation before it.
 */
function citedAuthorAfterQuote(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement || !q.span.closed) return;
  const cited = citedAuthorAfter(q.masked.slice(q.span.close + 1, q.span.close + 60));
  if (cited) creditCitedAuthor(r, q, cited.surname, cited.year);
}

/** Credits the author `surname` cited with `year`: the one person of that surname the text names in full, or else the one it gave with a work of that year. */
function creditCitedAuthor(r: CreditReading, q: QuoteSentence, surname: string, year: string | null): void {
  if (q.ds.surnameHolderCount(surname) !== 1) {
    // (Several bear it: the one the text gave with a work of the cited year, "Kim Hye-won's book ... (2020)", if one.)
    const author = year ? q.ds.authorCitedOfYear(surname, year) : null;
    const full = author ? parseSubjectPhrase(author) : null;
    if (author && full?.type === 'name' && full.kind === 'person') credit(r, author, null, full);
    return;
  }
  const named = parseSubjectPhrase(surname);
  if (named?.type === 'name' && named.kind === 'person') credit(r, surname, null, named);
}

/** `Putin, without breaking stride: "..."`, `An email from reader Jane Roe: "..."`: a credit with no verb. */
function verbless(r: CreditReading, q: QuoteSentence): void {
  // (Not a title set as a headline: '- Jane Roe, a poet: "Winter Song" (2019)' lists her work, not her words.)
  if (r.parsed || r.complement || headlineTitle(q.words)) return;
  const name = verblessCredit(q.beforeMasked);
  const named = name ? parseSubjectPhrase(name) : null;
  if (name && knownPerson(named, q.ds)) return credit(r, name, null, named);
  // A list item's own opening: a person named in full or known, a body, or one person described.
  // (The item's first sentence starts after its mark.)
  const item = /^\s*[-*•·▪]\s+$/u.test(q.masked.slice(0, q.rs)) ? listItemCredit(q.masked.slice(0, q.span.open)) : null;
  if (item) {
    const phrase = 'name' in item ? item.name : item.description;
    const parsed = parseSubjectPhrase(phrase);
    if (!parsed || parsed.type === 'pronoun') return;
    if (parsed.type === 'name' ? knownPerson(parsed, q.ds) || parsed.kind === 'organisation' : parsed.kind === 'unnamed' && !parsed.plural) return credit(r, phrase, null, parsed);
    return;
  }
  // `- Harbour Board: The dredging "put every berth at risk" this winter.`: a body's credit, then its words put
  // briefly by the writer, a fragment quoted inside (`body-item-paraphrase.ts`); only a body the phrase reader knows.
  const body = bodyItemParaphrase(q.masked.slice(0, q.span.open));
  const bodyParsed = body ? parseSubjectPhrase(body) : null;
  if (body && bodyParsed?.type === 'name' && bodyParsed.kind === 'organisation') return credit(r, body, null, bodyParsed);
  // `Jane Roe, Norway's fisheries minister: "..."`, `The Fisheries Ministry, in a statement: "..."`: a full
  // sentence after a roundup's label; a person named in full or known, or a body.
  if (!/^[\p{Lu}\p{N}]/u.test(q.words)) return;
  const label = labelCredit(q.beforeMasked);
  const parsed = label ? parseSubjectPhrase(label.name) : null;
  if (label && parsed && (knownPerson(parsed, q.ds) || (parsed.type !== 'pronoun' && parsed.kind === 'organisation'))) credit(r, label.name, label.role, parsed);
}

/** A full sentence quoted after a colon, the clause before it opening with a name as its subject. */
// A document sent to someone, opening the sentence: "A letter to the harbour chief, Mats Oyen, said:"; the name set
// off after it is the recipient's, in apposition to the preposition's object, and the words are the document's.
const DOCUMENT_TO_SOMEONE = /^\s*(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\p{Lu}][\p{L}'’-]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}(?:letter|statement|note|message|e-?mail|memo|post|tweet|complaint|petition|notice|card|text|submission|appeal)\s+(?:(?:sent|addressed|written)\s+)?(?:to|for)\s+[^,;:_"“”]{1,60},\s+$/u;

// A clause joined by ", and", ", but" or a semicolon, its subject a possessed description with the name set off,
// its verb of saying right before the colon: ", and his rival, Jo Vik, replied:".
const JOINED_OWNED_SUBJECT = /(?:,\s+(?:and|but|while)|;)\s+(?:his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+,\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*),\s+(?:[\p{Ll}]+ly\s+)?(?:said|says|replied|replies|answered|responded|countered|retorted|added|wrote|shot\s+back|hit\s+back)\s*:\s*$/u;

function colonClause(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement || !/^[\p{Lu}\p{N}]/u.test(q.words)) return;
  // ("The interpreter, Mia Holt, translated his reply:", "the advice her coach gave her:": another's words.)
  if (othersWordsBeforeColon(q.beforeMasked)) return untold(r);
  // ("Moe said air traffic control told him:": the reporter is the one told; the teller, a bare noun, is no one named.)
  if (TOLD_REPORTER_COLON.test(q.beforeMasked)) return untold(r);
  // (", and his rival, Jo Vik, replied:": a second clause's own subject, a possessed description with the name
  // set off, speaks; the first clause's subject only did something.)
  const joined = JOINED_OWNED_SUBJECT.exec(q.beforeMasked);
  const joinedNamed = joined ? parseSubjectPhrase(joined[1]!) : null;
  if (joined && joinedNamed?.type === 'name' && joinedNamed.kind === 'person') return credit(r, joined[1]!, null, joinedNamed);
  const name = colonSubject(q.beforeMasked);
  // ("A letter to the harbour chief, Mats Oyen, said:" is the letter's, not the chief's.)
  if (name && r.attribution?.appositive?.trim() === name && DOCUMENT_TO_SOMEONE.test(q.beforeMasked.slice(0, q.beforeMasked.lastIndexOf(name)))) return untold(r);
  const named = name ? parseSubjectPhrase(name) : null;
  if (name && (knownPerson(named, q.ds) || initialledName(named))) return credit(r, name, null, named);
  // ("His wife, Oyuna, was blunter: ...": one word the reading does not know, set off after a person's description.)
  if (name && named?.type === 'name' && named.kind === 'person' && !commonWordNotName(name) && personDescribedColonSubject(q.beforeMasked)) return credit(r, name, null, named);
  // ("Another popular channel, Grey Heron, was more cautious: ...": a body's name the description before it gives.)
  if (name && named?.type === 'name' && named.kind === 'organisation' && describedColonSubject(q.beforeMasked)) return credit(r, name, null, named);
  const owner = ownedWordsPronoun(q.beforeMasked) ?? pronounSpokeSo(q.beforeMasked);
  if (owner) return credit(r, owner, null, { type: 'pronoun', pronoun: owner });
  // ("His brother, the professor, had the last word: ...": a description, no name, had the last word.)
  const described = name ? null : describedLastWord(q.beforeMasked);
  const parsedDescribed = described ? parseSubjectPhrase(described) : null;
  if (described && parsedDescribed?.type === 'description' && !parsedDescribed.plural) return credit(r, described, null, parsedDescribed);
  // ("As for the folder, the stylist has a theory: ...": one who has a view of their own to give voices it,
  // `held-view-colon.ts`; a name only as one known, a description only of one.)
  const holder = heldViewSubject(q.beforeMasked);
  const held = holder ? parseSubjectPhrase(holder) : null;
  if (!holder || !held) return;
  const head = holder.split(/\s+/u).at(-1)!.toLowerCase();
  const person = held.type === 'description' && !held.plural && (isPersonNoun(head) || wordNetPersonOnly(head));
  if (held.type === 'pronoun' || person || knownPerson(held, q.ds)) credit(r, holder, null, held);
}

/**
 * `Roe praised the plan as "...", while a spokesman for the port snapped: "..."`: the quote after the colon is the
 * joined clause's own subject's (`joined-clause-colon.ts`), not the first clause's, whom the reading took.
 */
function joinedClauseColon(r: CreditReading, q: QuoteSentence): void {
  if (!/^[\p{Lu}\p{N}]/u.test(q.words)) return;
  const joined = joinedClauseColonSubject(q.beforeMasked);
  if (!joined) return;
  // (A credit the reading found in the joined clause itself stands.)
  if (r.attribution && phraseAt(q, r.attribution.phrase) >= q.span.open - q.beforeMasked.length + joined.at) return;
  const parsed = parseSubjectPhrase(joined.subject);
  if (!parsed || parsed.type === 'pronoun') return;
  if (parsed.type === 'name' && parsed.kind === 'person' && !knownPerson(parsed, q.ds)) return;
  credit(r, joined.subject, null, parsed);
}

// A reporter's verb, then a clause whose lowercase subject (not a pronoun) told the reporter the words after the
// colon: "said air traffic control told him:", "recalled that the night staff had warned her:".
const TOLD_REPORTER_COLON = /\b(?:said|says|recalled|recalls|explained|explains|added|adds)\s+(?:that\s+)?(?!(?:he|she|they|I|we|it)\b)[\p{Ll}][^,;:"“”_]{1,50}?\s+(?:had\s+)?(?:told|warned|ordered|instructed|assured|reminded)\s+(?:him|her|them|me|us)\s*:\s*$/u;

// "what a former colleague of mine, now retired in Bergen, told me about the ships he checked:": one brought in by
// "a" (an aside set off after them, perhaps), then "told me" (or "us"), perhaps what about, and the colon.
const INDEFINITE_TOLD_ME_COLON = /(?:^|\s)((?:[Aa]n?|[Oo]ne)\s+[^,;:"“”_]{1,60}?)(?:,\s+[^,;:"“”_]{1,60},)?\s+(?:once\s+|later\s+|then\s+)?told\s+(?:me|us)(?:\s+(?:about|of)\s+[^,;:"“”_]{1,80})?\s*:\s*$/u;

/** A full sentence after `... a former colleague of mine, ..., told me about X:`: the one brought in by "a" told it. */
function indefiniteToldMeColon(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement || !/^[\p{Lu}\p{N}]/u.test(q.words)) return;
  const m = INDEFINITE_TOLD_ME_COLON.exec(q.beforeMasked);
  const phrase = m ? m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1) : null;
  const parsed = phrase ? parseSubjectPhrase(phrase) : null;
  if (parsed?.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural) credit(r, m![1]!, null, { ...parsed, text: m![1]!.replace(/^\S+/u, (w) => w.toLowerCase()) });
}

// ", according to the Fenwick Trust, whose director, Alma Rudd, said the decision was ": a "whose" clause naming a
// role's holder set off by commas, then that holder's verb of speech, and no capital from there to the quote.
const WHOSE_HOLDER_SAID = /\bwhose\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*),\s+(?:also\s+|later\s+)?([\p{Ll}]+)\b[^"“”;:_\p{Lu}]*$/u;

/** `the Trust, whose director, Alma Rudd, said ... "..."`: the holder the "whose" clause names speaks. */
function whoseHolderSaid(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement || q.sentenceInitial || !q.beforeMasked.includes('whose ')) return;
  const m = WHOSE_HOLDER_SAID.exec(q.beforeMasked);
  if (!m || !isSpeechVerb(m[2]!)) return;
  const named = parseSubjectPhrase(m[1]!);
  if (named?.type === 'name' && named.kind === 'person' && /\s/u.test(named.name)) credit(r, m[1]!, null, named);
}

/** `For the economist Jane Roe, the plan is "...".`: the person a fronted "For" names holds the view quoted. */
function forOpinion(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement || q.sentenceInitial) return;
  const read = forOpinionSpeaker(q.beforeMasked);
  const named = read ? parseSubjectPhrase(read.name) : null;
  if (read && named) credit(r, read.name, read.role, named);
}

/** `Kim raised a toast to "..."`: a toast is spoken, by the name that raised it (a person named in full or known, or "he", "she"). */
function toast(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement || q.sentenceInitial) return;
  const name = toastSpeaker(q.beforeMasked);
  const named = name ? parseSubjectPhrase(name) : null;
  if (name && (knownPerson(named, q.ds) || named?.type === 'pronoun')) credit(r, name, null, named);
}

/** `A second Lund, Maria Lund, told ...`: the full name set off speaks, not the earlier Lund the description repeats. */
function namesake(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed?.type !== 'name' || /\s/u.test(r.parsed.name)) return;
  const name = namesakeName(q.beforeMasked);
  if (!name || !nameWordsHave(name, r.parsed.name)) return;
  const named = parseSubjectPhrase(name);
  if (knownPerson(named, q.ds)) credit(r, name, null, named);
}

const nameWordsHave = (name: string, word: string): boolean => name.split(/\s+/u).includes(word);

/** A name before the quote with long words set off between it and its reporting verb. */
function setOffBefore(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || r.complement || q.sentenceInitial) return;
  const setOff = setOffSubject(q.beforeMasked);
  const named = setOff ? parseSubjectPhrase(setOff.name) : null;
  if (setOff?.body) {
    if (named && named.type !== 'pronoun' && named.kind === 'organisation') credit(r, setOff.name, null, named);
    return;
  }
  // ("Putin himself, asked ..., said": the sex "himself" tells must not be another's than the one the name means. A
  // bare surname only when one person the text names bears it; a full name the text tells of the other sex, no one.)
  if (setOff?.reflexive && named?.type === 'name') {
    const bare = !/\s/u.test(named.name);
    if (bare && q.ds.surnameHolderCount(named.name) !== 1) return;
    const sex = bare ? q.ds.fullNamesGender(named.name) : genderOfName(named.name);
    if (sex && sex !== setOff.reflexive) return;
  }
  if (setOff && knownPerson(named, q.ds)) credit(r, setOff.name, setOff.role, named);
}

// "recalls a diplomat in Riga once telling her that", "heard him say": a verb of memory or hearing, its object
// (words that are no clause of their own), then a verb of speech of which that object is the subject.
// (Neither word a noun after an article or determiner: "closed the hearing with a warning:" is a court's hearing and
// a warning given, no one heard warning. "her" before the verb of speech is as often its subject, "recalled her
// saying", and is no determiner there.)
const REMEMBERED_SPEAKING = /(?<!\b(?:the|a|an|this|that|its|his|her|their|our|my)\s+)\b(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|(?:over)?hear(?:s|d|ing)?)\s+(?!(?:that|how|what|when|whether|telling|saying|asking|warning)\b)((?:[\p{L}'’.-]+\s+){0,8}?)(?:once\s+|later\s+|then\s+)?(?<!\b(?:the|a|an|this|that|its|his|their|our|my)\s+)(telling|saying|say|tell|warning|asking|insisting|complaining|describe|describing|call|calling)\b[^"“”]*$/u;

/**
 * `Roe recalls a diplomat once telling her that ... "..."`: the words are the one remembered speaking, not the
 * subject's: a person named there speaks them ("Vos recalled Kask telling her"); so does one person described
 * with "a" or "an" whose words follow a colon ("recalled a ferry captain telling her crew: "...""), someone
 * new, and the one an object pronoun
 * means ("she recalled him saying", read as "he"); anyone else is no one told.
 */
function rememberedSpeaking(r: CreditReading, q: QuoteSentence): void {
  const m = q.sentenceInitial ? null : REMEMBERED_SPEAKING.exec(q.beforeMasked);
  if (!m) return;
  const object = m[1]!.trim();
  if (/^(?:him|her)$/u.test(object)) {
    const pronoun = object === 'him' ? 'he' : 'she';
    // (Only when the one remembering is the writer or a pronoun of the other sex: in "Kask recalled him saying"
    // the man meant is not Kask, and which other man it is the sentence does not say.)
    const rememberer = /(?:^|[\s,])(I|we|he|she|He|She)\s+(?:(?:still|also|often|later|once|vividly|clearly)\s+)?$/u.exec(q.beforeMasked.slice(0, m.index));
    const who = rememberer?.[1]!.toLowerCase();
    if (!who || who === pronoun) return untold(r);
    return credit(r, pronoun, null, { type: 'pronoun', pronoun });
  }
  const named = parseSubjectPhrase(object);
  if (named?.type === 'name' && named.kind === 'person') credit(r, object, null, named);
  // (The one described only with words of their own set out after a colon: in "recalls a diplomat telling her that
  // Moscow had "..."" the clause may be the rememberer's telling of it, and she goes on as the one quoted next.)
  // (Or words that name a thing, "heard a pilot describe the runway as "..."", "heard a guard call it "...""; a
  // phrase so given is the describer's wording, which no teller's clause holds.)
  else if (named?.type === 'description' && named.kind === 'unnamed' && !named.plural && /^(?:a|an)\s/iu.test(object) && (/:\s*$/u.test(q.beforeMasked) || (/^describ/u.test(m[2]!) && /\sas\s*$/u.test(m[0])) || (/^call/u.test(m[2]!) && /^call(?:ing)?\s+(?:it|them|him|her|this|that)\s*$/u.test(m[0].slice(m[0].lastIndexOf(m[2]!)))))) credit(r, object, null, named);
  // (But when the whole clause after "that" is quoted, from "that" to the sentence's end, and the teller is
  // described as someone's: in "recalled her landlady telling her that "..."." the words are the landlady's.)
  else if (/^(?:his|her|my|our|their)\s/u.test(object) && /\bthat\s*$/u.test(q.beforeMasked) && /^\s*[.!?]?\s*$/u.test(afterQuote(q))) {
    // (The possessive read as it would open a sentence: the description readers take "Her landlady", not "her landlady".)
    const owned = parseSubjectPhrase(object.charAt(0).toUpperCase() + object.slice(1));
    if (owned?.type === 'description' && owned.kind === 'unnamed' && !owned.plural) credit(r, object, null, { ...owned, text: object });
    else untold(r);
  } else untold(r);
}

// "recalls a former teammate who told her years ago, ": a verb of memory, one brought in by "a" or "an", then a
// relative clause in which that one told the rememberer, and only a comma or colon before the quote.
const REMEMBERED_WHO_TOLD = /\b(?:recall(?:s|ed)|remember(?:s|ed))\s+(?:(?:a|an)\s+[^,;:"“”_]{1,60}?)\s+who\s+(?:had\s+|once\s+)?(?:told|warned|assured|reminded)\s+(?:her|him|me|us|them)(?:\s+(?:years|months|weeks|days|long)\s+(?:ago|before))?\s*[,:]\s*$/u;

/**
 * `Roe recalls a former teammate who told her years ago, "..."`: the words are the one remembered telling them,
 * not the subject's who remembers; nobody is told (the one described, of no known sex, credited there would take
 * the rememberer's "she says" that follows).
 */
function rememberedWhoTold(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial || !/^[\p{Lu}]/u.test(q.words)) return;
  if (REMEMBERED_WHO_TOLD.test(q.beforeMasked)) untold(r);
}

// After the quote: ', veteran Jon Roe recalled his sergeant, Per Vik, saying.' (the one remembered, then the participle, then the end).
const REMEMBERED_AFTER = /^[,!?]?\s*[^,;:.!?"“”_]{1,60}?\s+(?:recall(?:s|ed)|remember(?:s|ed))\s+((?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+(?:,\s+(?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+,)?)\s+(?:once\s+|often\s+)?(?:saying|telling\s+(?:him|her|them|me|us)|warning|insisting)\s*[.!?]?\s*$/u;

/**
 * `"...," Jon Roe recalled his sergeant, Per Vik, saying.`: the words after which one recalls another saying them
 * are the one remembered's; a person named there speaks them, anyone else is no one told.
 */
function rememberedAfter(r: CreditReading, q: QuoteSentence): void {
  if (!q.span.closed) return;
  const m = REMEMBERED_AFTER.exec(afterQuote(q));
  if (!m) return;
  const object = m[1]!.trim();
  const setOff = /,\s+([^,]+),$/u.exec(object);
  const phrase = setOff ? setOff[1]!.trim() : object;
  const named = parseSubjectPhrase(phrase);
  if (named?.type === 'name' && named.kind === 'person') credit(r, phrase, null, named);
  else untold(r);
}

// The sentence before: a person named in full as subject, one verb, perhaps a role, then another named in full as
// its object ("Champion Ada Roe beat challenger Ivy Lind on points.").
const SUBJECT_VERB_OBJECT = /(?:^|[.!?]["”]?\s+)(?:[\p{Lu}][\p{Ll}]+\s+)?([\p{Lu}][\p{L}'’-]+)\s+[\p{Lu}][\p{L}'’-]+\s+[\p{Ll}]+\s+(?:[\p{Ll}]+\s+){0,2}?([\p{Lu}][\p{L}'’-]+)\s+[\p{Lu}][\p{L}'’-]+\b[^.!?]*[.!?]\s*$/u;
// The same with the object brought in by an indefinite role and its name set off: "Captain Ada Roe rescued a
// fisherwoman, Ivy Lind, after the storm."
const SUBJECT_VERB_NEWCOMER = /(?:^|[.!?]["”]?\s+)(?:[\p{L}-]+\s+){0,3}?([\p{Lu}][\p{L}'’-]+)\s+[\p{Lu}][\p{L}'’-]+\s+[\p{Ll}]+ed\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+,\s+([\p{Lu}][\p{L}'’-]+)\s+[\p{Lu}][\p{L}'’-]+,\s+[^.!?]*[.!?]\s*$/u;
// The quote opens with its speaker undergoing something: "I was beaten", "I have been dropped", "I got sacked".
const PASSIVE_SELF = /^\s*I\s+(?:was|had\s+been|have\s+been|['’]ve\s+been|got)\s+(?:[\p{Ll}]+ly\s+)?[\p{Ll}]+(?:ed|en|wn|t|n)\b/u;

/**
 * `Ada Roe beat Ivy Lind. "I was beaten by the better player," she said.`: a quote opening on the speaker undergoing
 * something, after a sentence where one person acted on another of the pronoun's sex, may be the one acted on; the
 * thread would give it to the subject. Nobody is told.
 */
function passiveSelfAfterObject(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed?.type !== 'pronoun' || (r.parsed.pronoun !== 'he' && r.parsed.pronoun !== 'she')) return;
  const before = q.masked.slice(Math.max(0, q.rs - 200), q.rs);
  // (An object brought in by a role and set off by name, "rescued a fisherwoman, Ana Vrabie, after the storm", is
  // a newcomer the next words may well be from, whatever they say.)
  const passive = PASSIVE_SELF.test(q.words);
  const m = passive ? SUBJECT_VERB_OBJECT.exec(before) : SUBJECT_VERB_NEWCOMER.exec(before);
  const want = r.parsed.pronoun === 'he' ? 'm' : 'f';
  if (m && firstNameGender(m[1]!) === want && firstNameGender(m[2]!) === want) untold(r);
  // `Oddrun Kleppe beat Vegard Strom. He said: "She was better on the day."`: the subject is the likelier one the
  // pronoun means, but the quote's own pronoun of the other sex shows the two are a man and a woman, one of whom
  // it means; when neither name's sex is known, either may be the "he". Nobody is told rather than a wrong one.
  const pair = m && passive ? m : passive ? null : SUBJECT_VERB_OBJECT.exec(before);
  if (pair && OTHER_SEX_PRONOUN[want].test(q.words) && firstNameGender(pair[1]!) === null && firstNameGender(pair[2]!) === null) untold(r);
}
// A third person's pronoun of each sex, as a quote may hold one.
const OTHER_SEX_PRONOUN = { m: /\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b/u, f: /\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b/u } as const;

/** `..., with one of her flyers asking, "..."`: the absolute clause's subject speaks, not the sentence's. */
function absoluteClause(r: CreditReading, q: QuoteSentence): void {
  // With nobody credited, a named subject of the clause whose participle of speech opens the quote speaks it
  // ('Members were quick to react, with Jane Roe posting that ... and asking, "..."').
  if (!r.parsed && !r.complement && !q.sentenceInitial && SPEECH_PARTICIPLE_END.test(q.beforeMasked)) {
    const subject = absoluteSubject(q.beforeMasked);
    const named = subject ? parseSubjectPhrase(subject) : null;
    if (subject && named?.type === 'name' && named.kind === 'person' && knownPerson(named, q.ds)) credit(r, subject, null, named);
    return;
  }
  const absolute = !q.sentenceInitial && r.attribution && r.parsed ? absoluteSubject(q.beforeMasked) : null;
  if (absolute !== null && !absolute.includes(r.attribution!.phrase) && !r.attribution!.phrase.includes(absolute)) passTo(r, absolute, null, false);
  // ("The council backed it, with Ann Roe, a minister, and her deputy calling it "...": the clause's several people
  // set off by commas, none sure alone, said it; not the sentence's subject, nor one of them: no one is told.)
  else if (absolute === null && !q.sentenceInitial && r.attribution && absoluteSubjectUnsure(q.beforeMasked)) untold(r);
}

/** `Noting that ... the "...", he said ...`: a quote in a fronted participle of saying is the main subject's (`fronted-participle.ts`). */
function frontedParticiple(r: CreditReading, q: QuoteSentence): void {
  if (r.attribution || r.complement || q.sentenceInitial) return;
  const subject = frontedParticipleSubject(q.beforeMasked, afterQuote(q));
  const parsed = subject ? parseSubjectPhrase(subject) : null;
  if (subject && parsed && (parsed.type === 'pronoun' || parsed.type === 'name')) credit(r, subject, null, parsed);
}

/** A participle of speech right before the quote's opening mark ("... and asking, "), perhaps after a comma or colon. */
const SPEECH_PARTICIPLE_END = /\b(?:saying|asking|adding|writing|tweeting|declaring|insisting|noting|arguing|warning|replying|responding|exclaiming|wondering|quipping|joking)\s*[,:]?\s*$/u;

/** `Roe asks as a porter walks past her, saying he is "..."`: the participle may be either subject's. */
function participleAfter(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed) return;
  const at = q.masked.lastIndexOf(r.attribution.phrase, q.span.open);
  if (at >= q.rs && participleAfterClause(q.masked.slice(at + r.attribution.phrase.length, q.span.open))) untold(r);
}

/** `Some 55 percent of voters said "..."`: a poll's share of a group speaks no words. */
function pollShare(r: CreditReading, q: QuoteSentence): void {
  if (r.attribution && r.parsed && r.parsed.type !== 'pronoun' && shareOfGroup(sentenceText(q), phraseAt(q, r.attribution.phrase) - q.rs, r.attribution.phrase)) untold(r);
}

/** `X believes that, given that polls show most voters think the country is on the "...", ...`: the polls' words, no one told. */
function pollsShowing(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed) return;
  const at = phraseAt(q, r.attribution.phrase);
  if (at >= q.rs && at < q.span.open && pollsShowBefore(q.masked.slice(at + r.attribution.phrase.length, q.span.open))) untold(r);
}

/**
 * `Voters say they see him as a "...," a survey by a pollster, NAME, found.`: a group described before the quote
 * only reports the study's finding; the author set off in the study's phrase speaks, else no one told.
 */
function groupSayingFinding(r: CreditReading, q: QuoteSentence): void {
  // (A group: a plural description, or a plural word no one of the document is called, "Voters", "Russians".)
  if (!r.attribution || !r.parsed || r.parsed.type === 'pronoun' || knownPerson(r.parsed, q.ds) || !(r.parsed.type === 'description' ? r.parsed.plural : /^[\p{Lu}][\p{Ll}]+(?:[^su]s|men|people)$/u.test(r.attribution.phrase))) return;
  const at = phraseAt(q, r.attribution.phrase);
  if (at < q.rs || at > q.span.open) return;
  const last = q.spans.filter((s) => s.open >= q.span.open && s.close < q.re).at(-1) ?? q.span;
  const author = findingAfter(q.masked.slice(last.close + 1, q.re));
  if (author === null) return;
  if (author) passTo(r, author, null, false);
  else untold(r);
}

/** `held up a sign that read "..."`, `chants of "..."`, `refused to call it "..."`: nobody in the sentence spoke it. */
function unspoken(r: CreditReading, q: QuoteSentence): void {
  if (!q.sentenceInitial && unspokenQuote(q.beforeMasked, sentenceText(q))) untold(r);
  // ('Coach NAME: "I quit"? Not so fast': a question mark outside the closing mark of a headline's "NAME:" quote
  // asks whether the words were said; the headline does not credit them.)
  else if (!q.sentenceInitial && q.span.closed && /^\s*\?/u.test(afterQuote(q)) && /^\s*[^:;.!?"“”_]{1,60}:\s*$/u.test(q.beforeMasked)) untold(r);
}

/** `NAME said her grandmother's advice had been "..."`: the content of another's advice or saying; nobody is told. */
function ownedSayingIs(r: CreditReading, q: QuoteSentence): void {
  if (!q.sentenceInitial && ownedSayingBeforeCopula(q.beforeMasked)) untold(r);
}

/** `A post on an account claiming to belong to NAME said "..."`: the one impersonated said nothing; nobody is told. */
function impersonated(r: CreditReading, q: QuoteSentence): void {
  if (!q.sentenceInitial && impersonatedSource(q.beforeMasked)) untold(r);
}

/** `NAME retweeted a post from NAME2: "..."`: words the subject only passed on are another's; nobody is told. */
function passedOn(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial || !r.attribution) return;
  const verb = passingVerbAt(q.beforeMasked);
  if (verb < 0) return;
  // (A credit read after the verb is the post's owner, "shared a post by his sister, Lena:", and stands.)
  const at = q.masked.lastIndexOf(r.attribution.phrase, q.span.open);
  if (at < q.rs + verb) untold(r);
}

/** `NAME posted the translation: "..."`: words the subject only gave in a translation or transcript; nobody is told. */
function rendered(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial || !r.attribution) return;
  const verb = renderingVerbAt(q.beforeMasked);
  if (verb < 0) return;
  // (A credit read after the verb, inside the object, "a transcript of the minister, NAME:", stands.)
  const at = q.masked.lastIndexOf(r.attribution.phrase, q.span.open);
  if (at < q.rs + verb) untold(r);
}

// A name list's tags for a person's name (not a place's or a title's).
const PERSON_NAME_TAG = /^(?:LastName|FirstName|MaleName|FemaleName)$/u;

/**
 * `X mocked Y's "..." slogan`: words a possessive holds are the possessor's when a noun of speech names them
 * (`possessed-words.ts`).
 */
function possessed(r: CreditReading, q: QuoteSentence): void {
  if (q.called) return;
  const held = possessedWords(q.beforeMasked, afterQuote(q), q.words);
  const parsed = held?.said ? parseSubjectPhrase(held.owner) : null;
  // (Words judged before a colon, `Y's line was the one everybody clipped:`, are a person's the document knows, or
  // one a name list has as a person's surname or given name: a film's or a song's "best line" is no one's speech.)
  if (held?.judged) {
    if (parsed?.type === 'name' && parsed.kind === 'person' && (knownPerson(parsed, q.ds) || lexTags(parsed.name).some((t) => PERSON_NAME_TAG.test(t)))) credit(r, held.owner, null, parsed);
  } else if (held && parsed?.type === 'name') credit(r, held.owner, null, parsed);
  // (`X dismissed the parents' claims that the plan would "..."`: the words are the ones described, not X's.)
  // (Unless the quote tells what that owner said to the speaker: "her father's words: "He told me, '...'"".)
  else if (!held && r.attribution && !THIRD_PERSON_TOLD_INSIDE.test(q.words) && (describedOwnerWords(q.beforeMasked) || describedApposedWords(q.beforeMasked, afterQuote(q), q.words))) untold(r);
  // (`A fund ran ads using her remarks that "..."`, `They took him to task over his claim that he would be "..."`: the
  // words are the owner's the possessive pronoun stands for, when the sentence credits no one who may be that owner.)
  // (`because of Y's remarks, which have contained the claim that Z was the "..."`: Y's words, not the
  // subject's; left to no one.)
  else if (!held && includedInOwnedWords(q.beforeMasked)) untold(r);
  else if (!held) {
    const owner = pronounOwnedWords(q.beforeMasked);
    if (owner && !mayOwn(r.parsed, owner)) credit(r, owner, null, { type: 'pronoun', pronoun: owner });
  }
}

/** Whether the one a sentence credits may be the owner a possessive "his" ("he") or "her" ("she") stands for: one person of that sex or of none told. */
function mayOwn(parsed: ParsedSpeaker | null, pronoun: 'he' | 'she'): boolean {
  if (!parsed) return false;
  if (parsed.type === 'pronoun') return parsed.pronoun === pronoun;
  if (parsed.type === 'description') return !parsed.plural && parsed.kind === 'unnamed';
  const sex = parsed.kind === 'person' ? genderOfName(parsed.name) : null;
  return parsed.kind === 'person' && (!sex || sex === (pronoun === 'he' ? 'm' : 'f'));
}

/**
 * `the town, called the "..." by its residents`: a name a group gives (a passive verb of naming, an article, the
 * quote, "by" and a description) is no one's words that can be told, not those of the sentence's source.
 */
function calledByGroup(r: CreditReading, q: QuoteSentence): void {
  // ("what she called a "..." by the cabinet": the naming verb has its own subject, who speaks; "by" tells whose
  // act the thing named is.)
  if (q.called) return;
  if (CALLED_ARTICLE.test(q.beforeMasked) && BY_GROUP.test(afterQuote(q))) untold(r);
}
const CALLED_ARTICLE = /\b(?:called|dubbed|nicknamed|known\s+as|termed|labell?ed|branded|hailed\s+as)\s+(?:the|a|an)\s*$/u;
const BY_GROUP = /^\s*by\s+(?:the|its|their|his|her|many|some|most|local|fans|critics|residents|locals)\b(?:\s+[\p{Ll}-]+){0,3}\s*(?:[,.;]|$)/u;

/**
 * `Roe came, but only after the paper's editorial telling her to leave her "..."`: a thing or someone described
 * telling someone to do something speaks the quote in that clause, not the sentence's subject, and the one told
 * does not either; nobody is told.
 */
function thingTelling(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution) return;
  const at = phraseAt(q, r.attribution.phrase);
  if (at < 0 || at > q.span.open) return;
  const between = q.masked.slice(at + r.attribution.phrase.length, q.span.open);
  // (TELLING_VERB, a plain expression, finds the few stretches holding one of the verbs before the long one runs.)
  // ("NAME put out a statement telling PLACE to "..."": a document the subject issued is the subject's voice, `issued-telling.ts`.)
  if (TELLING_VERB.test(between) && THING_TELLING.test(between) && !subjectIssuedTelling(between)) untold(r);
  // ("NAME released her late father's letter telling the board to "..."", "a note from his doctor telling the court
  // that": a document another owns speaks for its owner, whoever is told, `owned-document-telling.ts`.)
  else if (otherOwnedDocumentTelling(between)) untold(r);
}
// Every verb THING_TELLING reads, as it must stand there (followed by white space).
const TELLING_VERB = /(?:telling|urging|asking|ordering|advising|warning|begging|imploring|calling|demanding|instructing|inviting)\s/;
const THING_TELLING = /(?:\b(?:the|a|an|its|his|her|their)|['’]s)\s+(?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}]+(?:\s+from\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)?\s+(?:telling|urging|asking|ordering|advising|warning|begging|imploring|calling\s+on|demanding|instructing|inviting)\s+(?:him|her|them|us|me|you|(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*)\s+(?:not\s+)?to\s+[^.;!?]*$/u;

/**
 * `he said he is no coward - as Roe has said - and he can "promise" ...`: the one an "as ... said" aside set off
 * by dashes, commas or brackets names speaks only the aside; a quote after it closes is not theirs.
 */
function asAsideSpeaker(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution) return;
  const at = phraseAt(q, r.attribution.phrase);
  if (at < 0 || at > q.span.open) return;
  if (!AS_BEFORE.test(q.masked.slice(Math.max(q.rs, at - 12), at))) return;
  const m = AS_AFTER.exec(q.masked.slice(at + r.attribution.phrase.length, q.span.open));
  // (Only when a clause of its own follows, with its own subject: in `The plan, as Roe put it, is "dead"` the
  // aside's speaker gave the words.)
  if (m && /^\s*(?:and|but|yet)\s+(?:he|she|they|it|[\p{Lu}][\p{L}'’-]*)\s/u.test(m[1]!)) untold(r);
}
const AS_BEFORE = /[-—–,(]\s*\bas\s+$/u;
const AS_AFTER = /^\s+(?:(?:has|had|have|once|often|also|previously)\s+)*(?:[\p{Ll}]+ly\s+)?(?:said|says|noted|notes|claimed|claims|argued|argues|written|wrote|put\s+it|suggested|suggests|charged|alleged|joked|pointed\s+out)\s*[-—–,)]([^]*)$/u;

/**
 * `Roe spoke hours after Mr. Doe, who ..., held a news conference in which he ... saying "..."`: a clause of time
 * with its own named subject, who held an event of speech "in which he/she" spoke, holds the quote: the words
 * are that subject's, not the main clause's.
 */
function subordinateEvent(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed || q.sentenceInitial) return;
  // (A "he" or "she" credited is read against the whole sentence: it may be the clause's own "in which he".)
  const pronoun = r.parsed.type === 'pronoun';
  const at = pronoun ? q.rs : phraseAt(q, r.attribution.phrase);
  if (at < 0 || at > q.span.open) return;
  const m = SUBORDINATE_EVENT.exec(q.masked.slice(pronoun ? at : at + r.attribution.phrase.length, q.span.open));
  if (m && pronoun && (r.parsed.type !== 'pronoun' || r.parsed.pronoun !== m[2])) return;
  const named = m ? parseSubjectPhrase(m[1]!) : null;
  if (!m || r.attribution.phrase.includes(m[1]!)) return;
  if (named?.type === 'name' && named.kind === 'person') credit(r, m[1]!, null, named);
  else untold(r);
}
const SUBORDINATE_EVENT = /\b(?:after|before|while|when|as|since|until|because)\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*)(?:,\s+(?:who|whose)\s[^,;:]{1,80},)?\s+(?:had\s+)?(?:held|gave|delivered|hosted|called|convened|staged|led|[\p{Ll}]+ed)\s+(?:a|an|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}(?:news\s+conference|press\s+conference|conference|rally|speech|address|interview|briefing|event|town\s+hall|meeting)[^,;:.]{0,40}?,?\s+(?:in|during|at)\s+which\s+(he|she)\s+[^;:]*$/u;

/**
 * `He recalled a dinner at which a vice-minister had leaned over and said: "..."`: a relative clause of time or
 * place whose own new subject speaks right before the quote (`scene-relative.ts`): the words are that subject's,
 * a person described with "a" or named, and nobody's told otherwise; never the main clause's subject's.
 */
function sceneRelative(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed || q.sentenceInitial) return;
  // ("Holm was quoting Lund when Holm said:" is a relay, read by `relayedWords`.)
  if (relayedWhen(q.beforeMasked)) return;
  const pronoun = r.parsed.type === 'pronoun';
  const at = pronoun ? q.rs : phraseAt(q, r.attribution.phrase);
  if (at < 0 || at > q.span.open) return;
  const scene = sceneRelativeSpeaker(q.masked.slice(pronoun ? at : at + r.attribution.phrase.length, q.span.open));
  if (!scene || (!pronoun && (r.attribution.phrase.includes(scene.subject) || scene.subject.includes(r.attribution.phrase)))) return;
  const named = parseSubjectPhrase(scene.subject);
  if (named?.type === 'description' && named.kind === 'unnamed' && !named.plural) credit(r, scene.subject, null, named);
  else if (knownPerson(named, q.ds)) credit(r, scene.subject, null, named);
  else untold(r);
}

/** `Calder denied saying the governor was "a coward"`: words said to be denied are credited to nobody (`denied-words.ts`). */
function denied(r: CreditReading, q: QuoteSentence): void {
  if (deniedWords(q.beforeMasked)) untold(r);
  // `Roe accused Doe of calling miners "dinosaurs"`: the words are the one accused's, not Roe's (`denied-words.ts`).
  else if (judgedObjectWords(q.beforeMasked)) untold(r);
  // `Roe said the minister was wrong to call the arts "a luxury"`: the minister's words, judged (`denied-words.ts`).
  else if (judgedToSay(q.beforeMasked)) untold(r);
  // `Moss was criticised for being a "failed manager"`: others' words of her (`denied-words.ts`), when the credit
  // is still the subject before the quote; an agent after it, credited already (`was called "..." by Jane Roe`),
  // is the one who used them.
  else if (r.attribution && wordAt(q.beforeMasked, r.attribution.phrase, 0) >= 0 && passiveJudgedWords(q.beforeMasked)) untold(r);
  // `According to his rival, the mayor NAME told donors it was "for sale". NAME says the talk never happened.`: the
  // one credited denies the words in the very next sentence (`denied-words.ts`).
  else if (r.parsed?.type === 'name' && r.parsed.kind === 'person' && deniedInNextSentence(q.masked.slice(q.re), r.parsed.name)) untold(r);
}

/** `the newspaper Folha Nova called it "..."`: the name a medium or body noun stands before is that body's. */
/** `X called Y a "disgrace" after she blamed it on "hidden bias"`: the second quote is the words of the "she". */
function otherClause(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed) return;
  const at = phraseAt(q, r.attribution.phrase);
  if (at < 0 || at > q.span.open) return;
  if (otherPronounClause(q.masked.slice(at + r.attribution.phrase.length, q.span.open), r.parsed)) untold(r);
}

/** `he said there were "limits" that Lisbon respected, but that "..."`: the main verb's subject speaks (`coordinated-that.ts`). */
function coordinatedThat(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed || q.sentenceInitial) return;
  const read = coordinatedThatSpeaker(q.beforeMasked, r.attribution.phrase);
  if (read) passTo(r, read.main);
}

/** `A viral post says that X told Y "..."`: what a doubtful carrier says X said is not X's quote (`doubtful-carrier.ts`). */
function doubtfulCarrier(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed || q.sentenceInitial) return;
  const at = q.beforeMasked.lastIndexOf(r.attribution.phrase);
  if (at >= 0 && carriedByDoubtful(q.beforeMasked, at)) untold(r);
}

/** `Ruiz noted that ..., but said that plan was "..."`: the joined verb's subject is the first verb's (`elided-subject.ts`). */
function joinedVerb(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial) return;
  const main = elidedSubject(q.beforeMasked);
  const named = main ? parseSubjectPhrase(main) : null;
  if (main && named) credit(r, main, null, named);
}

/**
 * The text before the quote's sentence in its paragraph; or, when the sentence opens the paragraph, the last
 * sentence of the paragraph before (`"...," one of them said.` opening a paragraph after the group's).
 */
function textBeforeSentence(q: QuoteSentence): string {
  const own = q.masked.slice(0, q.rs);
  return own.trim() ? own : q.ds.lastSentenceOfParagraphBefore();
}

/** `"...," one of them said` after a sentence that has a group speak: the group, as described (`one-of-group.ts`). */
function oneOfThem(r: CreditReading, q: QuoteSentence): void {
  if (r.attribution || !q.span.closed) return;
  const group = oneOfGroup(afterQuote(q), () => textBeforeSentence(q));
  const parsed = group ? parseSpeakerPhrase(group) : null;
  if (group && parsed?.type === 'description' && parsed.kind === 'unnamed') credit(r, group, null, parsed);
}

/** `Two people ... told us that .... One of them added: "..."`: the group, as described (`one-of-group.ts`). */
function oneOfThemBefore(r: CreditReading, q: QuoteSentence): void {
  // The plain reading takes "One of them" as the phrase and finds no one in it: only then.
  if (r.parsed || q.sentenceInitial || (r.attribution && !/^One\s+of\b/u.test(r.attribution.phrase))) return;
  const group = oneOfGroupLeading(q.beforeMasked, () => textBeforeSentence(q));
  const parsed = group ? parseSpeakerPhrase(group) : null;
  if (group && parsed?.type === 'description' && parsed.kind === 'unnamed') {
    credit(r, group, null, parsed);
    return;
  }
  // `The farmers I talk to are calmer. One of them told me, "..."`: a group standing as the subject before.
  const standing = oneOfStandingGroup(q.beforeMasked, () => textBeforeSentence(q), personNounOrCompound);
  if (standing) credit(r, standing.text, null, { type: 'description', text: standing.text, head: standing.head, definite: !/^(?:Many|Most|Some|Several)\s/u.test(standing.text), plural: true, kind: 'unnamed' });
}

/** `Dockers in Kessel were wary. One, who ..., said: "..."`: one of the group just named, as that kind of person. */
function oneOfThoseBefore(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || q.sentenceInitial) return;
  const one = oneOfGroupBefore(q.beforeMasked, () => q.masked.slice(0, q.rs), personNounOrCompound);
  if (!one) return;
  const head = one.replace(/\s+(?:in|at|from)\s.*$/u, '').split(/\s+/u).at(-1)!;
  credit(r, one, null, { type: 'description', text: one, head, definite: false, plural: false, kind: 'unnamed' });
}

/** `Analysts were split. One, Professor Lena Borg of Tarn University, told us: "..."`: the name set off after "One". */
function oneNamed(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed || q.sentenceInitial) return;
  const phrase = oneNamedBefore(q.beforeMasked);
  const named = phrase ? parseSubjectPhrase(phrase) : null;
  if (phrase && named?.type === 'name' && named.kind === 'person') credit(r, phrase, null, named);
}

/** A noun of a person, or a closed compound ending in one ("shipbroker", "boatbuilder"). */
function personNounOrCompound(noun: string): boolean {
  if (isPersonNoun(noun) || wordNetPersonOnly(noun)) return true;
  for (let k = 3; k <= noun.length - 5; k++) if (isPersonNoun(noun.slice(k))) return true;
  return false;
}

/**
 * `... a submission from the Marsh Trust, which said that ships had been "..."`: the body the relative clause of
 * speech hangs on speaks (`relative-speaker.ts`), not the main clause's subject, who only read or cited it.
 */
function bodyWhich(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial) return;
  const body = bodyWhichSpeaker(q.beforeMasked, (n) => {
    const parsed = parseSubjectPhrase(n);
    return parsed?.type === 'name' && parsed.kind === 'organisation';
  });
  if (body) credit(r, body, null, parseSubjectPhrase(body));
}

/**
 * `Heale wrote to the harbour board, which replied on Monday: "..."`, `..., whose chairman said: "..."`: a
 * relative clause of speech closing on the quote's colon speaks, not the main clause's subject (`relative-speaker.ts`);
 * a credit standing before the clause's antecedent is undone (unless the antecedent is a document the subject
 * issued: "Roe sent a letter, which read: ..."). A credit the clause itself gives (its antecedent, "who replied",
 * or its own subject, "where the mayor said") stands.
 */
function relativeColonClauseSpeaks(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || q.sentenceInitial) return;
  const read = relativeColonClause(q.beforeMasked, (w) => firstNameGender(w) !== null || lexFirstName(w));
  if (!read || read.ownDocument) return;
  const at = phraseAt(q, r.attribution.phrase);
  const comma = q.span.open - q.beforeMasked.length + read.comma;
  // (Not the antecedent's owner: "Solberg answered Rask's letter, which called ..." is Rask's, as read before.)
  const end = at + r.attribution.phrase.length;
  // ("Jane Roe of Leeds, who wrote:": the place after the name is where the antecedent lives; "who" is the name's.)
  if (at >= 0 && /^\s+(?:of|in|from)\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}\s*$/u.test(q.masked.slice(end, comma)) && /^,\s+who\s/u.test(q.masked.slice(comma))) return;
  if (at >= 0 && end < comma && !/^['’]s\s/u.test(q.masked.slice(end, end + 3))) {
    untold(r);
    // ("Berg said she had written to the agency, which replied that the road was "..."": a body described or named
    // with "the" as the antecedent of "which" holding the quote speaks.)
    if (!/^,\s+which\s/u.test(q.beforeMasked.slice(read.comma)) || q.beforeMasked.slice(read.comma).includes(':')) return;
    const head = q.beforeMasked.slice(0, read.comma);
    const antecedent = WHICH_BODY.exec(head)?.[1];
    // (A body the words were sent "to" or "for" only when the clause replies: "wrote to the council, which said the
    // road was ..." may be the letter's words; "..., which replied that ..." is the council's.)
    if (antecedent && /\b(?:to|for)\s+$/u.test(head.slice(0, head.length - antecedent.length)) && !/^,\s+which\s+(?:[\p{Ll}]+ly\s+|then\s+|later\s+)*(?:replied|replies|responded|responds|answered|answers|wrote\s+back)\b/u.test(q.beforeMasked.slice(read.comma))) return;
    const body = antecedent ? parseSubjectPhrase(antecedent) : null;
    if (body && body.type !== 'pronoun' && body.kind === 'organisation' && (body.type === 'name' || !body.plural)) credit(r, antecedent!, null, body);
  }
}
// The antecedent of such a "which": "the" and up to three words more, right before the clause's comma.
const WHICH_BODY = /(?:^|\s)((?:the|The)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)$/u;

/**
 * `Abbott said she had called Dunn, who told her the bridge was "..."`: a "who" clause of speech holding the quote
 * is its antecedent's; a credit standing before the antecedent, with a verb between (the main clause's subject
 * who called, met or praised the antecedent), is undone. (Not the antecedent itself, "Roe, who said ...", nor one
 * with a role set off before "who", "Roe, a farmer, who said ...".)
 */
function relativeWhoSpeaks(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || q.sentenceInitial) return;
  const k = relativeWhoSays(q.beforeMasked);
  if (k < 0) return;
  const comma = q.span.open - q.beforeMasked.length + k;
  const at = phraseAt(q, r.attribution.phrase);
  const end = at + r.attribution.phrase.length;
  if (at < 0 || end >= comma) return;
  const between = q.masked.slice(end, comma);
  if (/^\s*,\s+(?:a|an|the)\s/u.test(between) || /^['’]s\s/u.test(between)) return;
  if (!/\s(?:said|told|called|phoned|rang|met|praised|thanked|blamed|visited|asked|quoted|cited|contacted|interviewed|consulted|wrote\s+to|spoke\s+(?:to|with)|[\p{Ll}]+ed)\s/u.test(between)) return;
  untold(r);
  // The antecedent speaks when it is a person's full name right before the clause ("She pointed to the minister,
  // Karen Dube, who had spoken of "..."": Dube's word, not the subject's); else the quote stays untold.
  // (Or a one-word name the document knows as a person's, named in full before: "Brill pointed to remarks by Kask,
  // who told reporters that ... "..."".)
  const antecedent = relativeSpeaker(q.beforeMasked);
  const named = antecedent ? parseSubjectPhrase(antecedent) : null;
  if (knownPerson(named, q.ds)) credit(r, antecedent!, null, named);
}

/**
 * `I sat with a man in a grey coat who described himself as "..."`: the one described speaks of himself
 * (`self-described.ts`), whatever else the sentence read.
 */
function selfDescribed(r: CreditReading, q: QuoteSentence): void {
  const antecedent = q.sentenceInitial ? null : selfDescribedAntecedent(q.beforeMasked);
  const parsed = antecedent ? parseSubjectPhrase(antecedent) : null;
  if (parsed?.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural) credit(r, antecedent!, null, parsed);
}

/**
 * `Roe took the ferry to Port Arden, at noon: "..."`, `Velden Pier: "..."`: a scene set or a place's label, no
 * one told as speaking (`colon-subject.ts`).
 */
function sceneColon(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || q.sentenceInitial) return;
  const at = phraseAt(q, r.attribution.phrase);
  if (at < 0 || at > q.span.open) return;
  if (sceneTimeColon(q.beforeMasked) || placeLabel(q.beforeMasked, (w) => lexFirstName(w))) untold(r);
  else if (groupNounColon(r, q)) untold(r);
}

/**
 * `Crowds gathered in Marlow Square: "..."`: a plural common noun opening the sentence, read as a one-word name
 * for its capital, with no verb of speech before the colon, is no one told as speaking (a group, or people,
 * gathering; the words are a chant or a sign's, or anyone's there). Not a word the document knows as a name.
 */
function groupNounColon(r: CreditReading, q: QuoteSentence): boolean {
  if (r.parsed?.type !== 'name' || /\s/u.test(r.parsed.name) || !/^[\p{Lu}][\p{Ll}]+s$/u.test(r.parsed.name) || q.ds.knowsName(r.parsed.name)) return false;
  const before = /^\s*([\p{Lu}][\p{Ll}]+s)\s+([^:;_"“”«»]*):\s*$/u.exec(q.beforeMasked);
  if (!before || before[1] !== r.parsed.name) return false;
  if (before[2]!.split(/\s+/u).some((w) => isSpeechVerb(w.replace(/[^\p{L}]/gu, '')) || /^(?:chant|shout|sing|sang|cr|yell|scream|call|told|tell|read|wr|answer|repl|respond|declar|announc|warn|ask|insist|vow|pledg|demand|sa[iy])/u.test(w))) return false;
  const lower = r.parsed.name.toLowerCase();
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return isKindOf(singular, 'group', 6, 1) || isKindOf(singular, 'person', 6, 1);
}

/** `Brun's last words, Fiske said, were: "..."`: an owner's words as the subject, a relayer set off, then the copula. */
const OWNED_WORDS_RELAYED = /^\s*(?:(?:But|And)\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}-]*['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:words|message|motto|advice|reply|answer|response|instructions|orders|farewell|creed|mantra|slogan|catchphrase|plea|wish|wishes)\s*,\s+(?:according\s+to\s+[^,;:_"“”]{1,60}|[^,;:_"“”]{1,60}\s+(?:said|says|recalled|recalls|added|adds|remembered|remembers|wrote|writes|told\s+[^,;:_"“”]{1,30})),\s+(?:was|were|is|are|had\s+been|has\s+been)\s*:?\s*$/u;

/**
 * `Brun's last words, Fiske said, were: "..."`: the words are the owner's; the one set off between commas only
 * relays them and is no speaker. Nobody is credited (the owner is not read as the speaker from here).
 */
function relayedOwnedWords(r: CreditReading, q: QuoteSentence): void {
  // (Without a colon, only words that open as an utterance do: in "Varga's answer, the clerk said, had
  // been "brisk and vague"" the quote says what the answer was like, in the clerk's words.)
  if (r.attribution && OWNED_WORDS_RELAYED.test(q.beforeMasked) && (/:\s*$/u.test(q.beforeMasked) || /^\s*[\p{Lu}]/u.test(q.words))) untold(r);
  // (The same turned round, the quote first: '"...," were Brun's last words, Fiske said.' or '..., according to
  // Fiske.': the relayer after the owner's words is no speaker either.)
  else if (r.attribution && q.span.closed && /^\s*[\p{Lu}]/u.test(q.words) && OWNED_WORDS_AFTER.test(afterQuote(q))) untold(r);
}

/** `"...," were Brun's last words, Fiske said.`: the copula, an owner's words, then a relayer set off. */
const OWNED_WORDS_AFTER = /^\s*,?\s*(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}-]*['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:words|message|motto|advice|reply|answer|response|instructions|orders|farewell|creed|mantra|slogan|catchphrase|plea|wish|wishes)\s*,\s+/u;

/**
 * `"Work hard," a line Brun liked to say, is carved on his grave, Fiske said.`: a label set after the quote that
 * names the words' owner in a clause of its own (a name and a verb after the label's noun) tells whose words they
 * are; the one credited after it speaks of the line, not its words. Nobody is credited.
 */
const LABEL_WITH_OWNER = /^\s*,?\s*(?:a|an|the|one|that)\s+(?:[\p{Ll}-]+\s+)?(?:line|phrase|remark|refrain|slogan|comment|quip|mantra|catchphrase|formula|sentence|sentiment|boast|jibe|barb)\s+(?:(?:that|which)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:[\p{Ll}]+\s+)?(?:liked|loved|used|said|says|wrote|writes|coined|repeated|repeats|uttered|spoke|often|would|had|has|once)\b/u;
function labelNamingOwner(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !q.span.closed || !LABEL_WITH_OWNER.test(afterQuote(q))) return;
  const at = phraseAt(q, r.attribution.phrase);
  if (at > q.span.close) untold(r);
}

/** A list item's label ("- **Seoul's water ministry:** ...", its bold marks blanked to spaces), at the paragraph's start. */
const BOLD_LABEL = /^\s*(?:[-•*]\s+)?\s*([^\s:_"“”.;!?*][^:_"“”.;!?*]{1,59}):\s/u;

/**
 * `- **Marlow's water ministry:** It will act "within days," a spokesman said.`: a bare "a spokesman" in an item
 * whose bold label names a body is that body's spokesman, credited as "a spokesman for" it. (A label that names
 * no body, "On the menu:", leaves the credit as it is.)
 */
function labelledSpokesperson(r: CreditReading, q: QuoteSentence): void {
  if (r.parsed?.type !== 'description' || r.parsed.kind !== 'unnamed' || !r.attribution) return;
  const bare = /^(a|the)\s+(spokes(?:person|man|woman))$/iu.exec(r.attribution.phrase.trim());
  if (!bare) return;
  const label = BOLD_LABEL.exec(q.text);
  if (!label || label.index + label[0].length > q.span.open) return;
  // (The label must head the quote's own sentence, and the credit must close it: in `- **X ministry:** Critics
  // reject it. "...," a spokesman said.` or `..., a spokesman said, speaking for the opposition.` whose spokesman
  // is not the label's to tell.)
  if (q.rs > label.index + label[0].length) return;
  const tail = q.text.slice(q.span.close + 1, q.re);
  if (!/^[\s,]*(?:a|the)\s+spokes(?:person|man|woman)\s+(?:said|says|added|adds|told\s+reporters)\s*\.?\s*$/iu.test(tail)) return;
  const body = parseSubjectPhrase(label[1]!.trim());
  if (!body || body.type === 'pronoun' || body.kind !== 'organisation') return;
  const phrase = `${bare[1]!.toLowerCase()} ${bare[2]!.toLowerCase()} for ${label[1]!.trim().replace(/^The\s/u, 'the ')}`;
  const parsed = parseSubjectPhrase(phrase);
  if (parsed?.type === 'description' && parsed.kind === 'unnamed') credit(r, phrase, null, parsed);
}

/** `..., whose authors wrote: "..."`: a clause opened by "whose" and a noun, its verb of speech or finding right before the quote. */
const WHOSE_CLAUSE = /,\s+whose\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:(?:have|has|had|also|then|once)\s+)?(?:said|say|says|wrote|write|writes|found|find|finds|concluded|conclude|concludes|warned|warn|warns|noted|note|notes|argued|argue|argues|stated|state|states|told|predicted|predict|predicts|cautioned|reported|observed|explained|added|declared|insisted|put\s+it)(?:\s+that)?\s*[:,]?\s*$/u;

/**
 * `He cited a report by the Lowland Institute, whose authors wrote: "..."`: the words are those of the people
 * the "whose" clause names (the antecedent's authors, researchers, director), not the main clause's subject's,
 * and not a new person called "whose authors". Who among them spoke is not told: nobody is credited (as
 * `relative-speaker.ts` leaves "X phoned the Tern Clinic, whose director said: ...").
 */
function whoseClause(r: CreditReading, q: QuoteSentence): void {
  if (q.beforeMasked.includes('whose') && WHOSE_CLAUSE.test(q.beforeMasked)) untold(r);
}

// `..., whose director, Dr Anna Holm, said in a message: "..."`: a "whose" clause whose noun of a person is named
// in full, set off by commas, before a verb of speech (a medium or a day after it at most) closing on the colon.
const WHOSE_NAMED = /,\s+whose\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+((?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3}),\s+(?:(?:later|then|also)\s+)?(?:said|says|wrote|writes|replied|replies|added|adds|warned|warns|explained|explains|told\s+(?:him|her|them|us|me|reporters))(?:\s+(?:in\s+(?:a|an)\s+(?:message|statement|letter|email|e-mail|interview|post)|on\s+[\p{Lu}][\p{Ll}]+day))?\s*:\s*$/u;

/**
 * `Hendry thanked the partner zoo, whose director, Dr Anna Holm, said in a message: "..."`: the one the "whose"
 * clause names in full speaks (`whoseClause` and `relative-speaker.ts` undo the main clause's subject; this gives
 * the words to the name set off inside the clause, who is told as speaking).
 */
function whoseNamed(r: CreditReading, q: QuoteSentence): void {
  if (q.sentenceInitial || !q.beforeMasked.includes('whose')) return;
  const m = WHOSE_NAMED.exec(q.beforeMasked);
  const named = m ? parseSubjectPhrase(m[1]!) : null;
  if (named?.type === 'name' && named.kind === 'person' && /\s/u.test(named.name)) credit(r, m![1]!, null, named);
}

/**
 * `Gary Roe and his wife, Pam, said: "..."`, `"...," the mayor, Bob Roe, and his deputy, Ann Vos, said.`: the
 * credit read is the second of two people joined by "and" as the verb's subject. Both spoke, not the one alone;
 * nobody is credited. (The words before "and" must read as a person on their own, a name or a description, so
 * that a clause joined by "and" — "He left early and the chair, Ann Vos, said: ..." — keeps its credit.)
 */
function coordinatedCredit(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution || !r.parsed || r.parsed.type === 'pronoun') return;
  const at = phraseAt(q, r.attribution.phrase);
  if (at < 0) return;
  // '"...," said Amsel and his neighbour.': the credit read runs on, after its name, into "and" and another.
  if (at > q.span.close && /^\s*(?:and|&)\s+(?:(?:his|her|their|its|the|a|an)\s+[\p{Ll}-]+|[\p{Lu}][\p{L}'’-]+)[^;:_"“”]{0,60}[.!?]?\s*$/u.test(q.masked.slice(at + r.attribution.phrase.length, q.re))) {
    // ('"...," wrote nuclear experts Ivo Dahl and Rosa Brandt.': two people named in full speak as their pair.)
    const group = jointNamesAt(sentenceText(q), at - q.rs, r.attribution.phrase.length);
    const parsed = group ? parseSpeakerPhrase(group) : null;
    if (group && parsed) return credit(r, group, null, parsed);
    untold(r);
    return;
  }
  // '"...," said Amsel, his wife and their son.': a list of people after the name, its last one joined by "and"
  // and a determiner of its own (not one person's two roles, 'said Amsel, the mayor and party leader').
  if (at > q.span.close && /^\s*,\s+(?:his|her|their)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,?\s+(?:and|&)\s+(?:his|her|their|its|a|an)\s+[\p{Ll}-]+[^;:_"“”]{0,40}[.!?]?\s*$/u.test(q.masked.slice(at + r.attribution.phrase.length, q.re))) {
    untold(r);
    return;
  }
  // (A fragment the sentence runs on from, no comma closing it, leaves the words after it the clause's, not the
  // credit's subjects: 'X is "..." the talks between Ann Roe and Ivo Vos, the ministry said' is the ministry's.)
  if (at > q.span.close && q.inner !== ',' && !/^\s*,/u.test(q.masked.slice(q.span.close + 1, at))) return;
  const pre = q.masked.slice(at < q.span.open ? q.rs : q.span.close + 1, at).replace(/^[\s,"”_]*/u, '');
  const joined = /^([^;:_"“”]{2,120}?),?\s+and\s+([^,;:_"“”]{1,60},\s*)?$/u.exec(pre);
  if (!joined) return;
  // ("The letter, signed by Parr and his deputy, Oakes, said": the two after "by" are who wrote it.)
  const left = joined[1]!.replace(/^.*\b(?:signed|written|sent|issued|drafted|co-written|authored|co-signed)\s+by\s+/u, '').split(/,\s*/u);
  // The second one brought in by a determiner ("and his wife", "and the deputy"), or by a name after a name:
  // not "The former mayor and state senator", "the actor and director Jane Roe", one person's two roles.
  // (And the words between "and" and the name read as a person too, "his deputy,", not a clause: "Ryan and
  // Trump will meet next week, Spicer said".)
  const right = joined[2] ?? r.attribution.phrase;
  const person = (phrase: string): boolean => {
    const parsed = parseSubjectPhrase(phrase.trim());
    return !!parsed && parsed.type !== 'pronoun' && parsed.kind !== 'organisation' && !(parsed.type === 'description' && parsed.plural);
  };
  const personName = (phrase: string): boolean => {
    const parsed = parseSubjectPhrase(phrase.trim());
    return parsed?.type === 'name' && parsed.kind === 'person';
  };
  const between = joined[2]?.replace(/,\s*$/u, '').trim();
  if (between && !(/^(?:his|her|their|its|our|the|a|an)(?:\s+[\p{Ll}-]+){1,3}$/u.test(between) && !/\s(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|did|does|do)(?:\s|$)/u.test(between)) && !personName(between)) return;
  if (!/^(?:his|her|their|its|our|the|a|an)\s/u.test(right) && !(/^[\p{Lu}]/u.test(right) && left.some(personName))) return;
  if (left.length <= 2 && left.every(person)) untold(r);
}

// One who speaks for a body, "for", "of" or "at", then the body described by a noun that is no person's, its name set
// off right after: "A spokesperson for a rival insurer, Harrowgate Mutual, said".
const SPEAKS_FOR_DESCRIBED_BODY = /^\s*(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(for|of|at)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)\s*$/u;

/**
 * `A spokesperson for a rival insurer, Harrowgate Mutual, said`: the name set off after a body's noun is the body's,
 * not the spokesperson's (a person's name, opening on a given name, would be hers: "a spokesman for the ministry,
 * Ivan Orlov,"). The one described speaks, for the body named.
 */
function speaksForDescribedBody(r: CreditReading, q: QuoteSentence): void {
  if (!r.attribution) return;
  let appositive: string;
  let name: string;
  // (A name read as a firm's already, "Harrowgate Mutual", is left out of the credit read, the description alone
  // kept: the name set off right after the description is the body's all the more.)
  if (r.parsed?.type === 'name' && r.parsed.kind === 'person' && r.attribution.appositive) [appositive, name] = [r.attribution.appositive, r.parsed.name];
  else if (r.parsed?.type === 'description' && !r.attribution.appositive && r.attribution.phrase) {
    appositive = r.attribution.phrase;
    const at = q.text.indexOf(`${appositive}, `);
    const set = at < 0 ? null : FIRM_SET_OFF.exec(q.text.slice(at + appositive.length + 2));
    if (!set || classifyProperName(set[1]!) !== 'organisation') return;
    name = set[1]!;
  } else return;
  const m = SPEAKS_FOR_DESCRIBED_BODY.exec(appositive);
  if (!m) return;
  const speaker = m[1]!.split(/\s+/u).at(-1)!;
  const body = m[3]!;
  // (The description right before the name: after it, "Rep. Yun Ho, a former chairman of the committee,", it is his.)
  if (!q.text.includes(`${appositive}, ${name}`) && !q.text.includes(`${appositive} ${name}`)) return;
  // (Nor a name of given name, patronymic and surname, "the akim of the region, Yerzhan Bolatovich Dzhumabekov,":
  // a person's, whatever the name lists make of the given name.)
  if (!isPersonNoun(speaker) || isPersonNoun(body) || wordNetPerson(body) || lexFirstName(name.split(/\s+/u)[0]!) || hasPatronymic(name)) return;
  const phrase = `a ${m[1]!} ${m[2]!} ${name}`;
  const parsed = parseSubjectPhrase(phrase);
  if (parsed?.type === 'description' && parsed.kind === 'unnamed') credit(r, phrase, null, parsed);
}

// A capitalised name of two words or more set off by commas: "Harrowgate Mutual,".
const FIRM_SET_OFF = /^((?:[\p{Lu}][\p{L}'’-]*\s+){1,4}[\p{Lu}][\p{L}'’-]*),/u;

function bodyName(r: CreditReading): void {
  if (r.attribution && r.parsed?.type === 'name' && r.parsed.kind === 'person' && r.attribution.appositive && bodyRole(r.attribution.appositive)) r.parsed = { ...r.parsed, kind: 'organisation' };
}

/** The readers in the order they are tried; a new reader is one more line, at the place its meaning wants. */
const CREDIT_READERS: readonly CreditReader[] = [
  whatCalled,
  parenthesised,
  issuedDocument,
  plainThenGrammar,
  participleOfInnerClause,
  carriedWordsColon,
  saidAccordingTo,
  accordingLeadColon,
  describedAsideColon,
  closingJudged,
  closedAside,
  exclaimedAfterColon,
  oneOfJoined,
  // Before the "of" reading: an owner inside a fronted clause ("When my colleague from a local paper asked ...,
  // Roe said: ...") is no speaker either, whether or not it reads as one.
  frontedSubject,
  ofPhrase,
  addressee,
  statementThatSaid,
  olderReading,
  documentByBefore,
  possessiveAfterSemicolon,
  relativeOrWithWords,
  nameInApposition,
  setOffNameAfterOpening,
  namesake,
  placedName,
  frontedClauseQuote,
  frontedParticipleReport,
  reportedClause,
  reportedPronoun,
  bodyItSaid,
  reportedAnswer,
  replyCameFrom,
  quotingAfter,
  quotedAs,
  relayedWords,
  reactionWhenSaid,
  documentWhich,
  receivedSaying,
  passiveBy,
  biddenTo,
  asked,
  told,
  username,
  userDescribed,
  quotedOwned,
  claimSpreadBy,
  setOffAfter,
  describedAfter,
  jointPair,
  documentAfter,
  asClauseAfter,
  soAfter,
  soAside,
  takenUpAfter,
  verbless,
  citedAuthor,
  citedAuthorAfterQuote,
  documentFinding,
  dashNameAfter,
  dashLineCredit,
  colonClause,
  joinedClauseColon,
  indefiniteToldMeColon,
  whoseHolderSaid,
  forOpinion,
  toast,
  setOffBefore,
  rememberedSpeaking,
  rememberedWhoTold,
  rememberedAfter,
  passiveSelfAfterObject,
  absoluteClause,
  frontedParticiple,
  participleAfter,
  pollShare,
  groupSayingFinding,
  pollsShowing,
  unspoken,
  passedOn,
  rendered,
  impersonated,
  otherClause,
  coordinatedThat,
  joinedVerb,
  doubtfulCarrier,
  oneOfThem,
  oneOfThemBefore,
  oneOfThoseBefore,
  oneNamed,
  namerFirst,
  possessed,
  ownedSayingIs,
  denied,
  calledByGroup,
  thingTelling,
  asAsideSpeaker,
  subordinateEvent,
  sceneRelative,
  relativeColonClauseSpeaks,
  relativeWhoSpeaks,
  selfDescribed,
  bodyWhich,
  sceneColon,
  relayedOwnedWords,
  labelNamingOwner,
  labelledSpokesperson,
  whoseClause,
  whoseNamed,
  coordinatedCredit,
  bodyName,
  speaksForDescribedBody,
  relativesSaying,
  kinClausePronoun,
  tellerSpeaks,
  sayerBeforeAccording,
  messageFrom,
  documentAsideSays,
  reportedTellerColon,
  doerBeforeSaying,
  listedNameDash,
  innerReported,
  relativeThenName,
  // Last: whichever reader credited the one described, the name the naming clause gives is how the text calls them.
  givenNameCredit,
  givenNamePlaceCredit,
  givenNameFromPlace,
  // After every reader: whoever they credited, a document that is the governing verb's subject leaves the words to it.
  documentSubject,
];
