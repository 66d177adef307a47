/**
 * Who the grammar of a sentence says spoke a quote: the subject of the reporting verb that governs it, before
 * or after the quote, in any tense or voice ("said", "says", "told", "dubbed", "was quoted as saying",
 * "described ... as"), across a participle ("..., saying: ..."), or the object of "according to". The parts of
 * speech come from wink-nlp's English model, run only on the sentences that hold a quote.
 */
import { clauseOnThingSaid, sayerOfThing } from './said-thing-clause.ts';
import { possessivePronounWords } from './possessive-pronoun-words.ts';
import type { QuoteSpan } from './attribution.ts';
import { lexTags, PERSON_TAGS } from './names.ts';
import { isPersonNoun, isRoleNoun, parseSpeakerPhrase, parseSubjectPhrase, PERSON_NOUNS, TITLES, wordNetPerson } from './speaker-phrases.ts';
import { between, clauseSubject, closesSetOffSubject, type Phrase, finish, firstWord, governingSubject, mainSubject, nounPhraseAfter, nounPhraseBefore, subjectOf } from './grammar-phrases.ts';
import { CUE_FORMS, isCue, LINE_BREAK, NAMING, sentenceTokens, type Token } from './tagged-sentence.ts';
import { subjectPronoun, wordsOwner } from './words-credit.ts';
import { invertedPersonDescription } from './inverted-description.ts';
import { withDescriptionTail } from './description-tail.ts';
import { describedThenName, subjectAfterAdjunct } from './inverted-credit.ts';
import { nameWord } from './transcript.ts';
import { speakerClauseAfterSource } from './source-then-speaker.ts';
import { howPutSubject } from './how-put-credit.ts';
import { adjunctEnd, outerReporter, subordinateOpener, replyBefore, passiveAgent, topicOwner, quotedAsSaying, namedReporterAfter, anonymousReports, ownedBeforeQuote, subjectAroundSource, subjectBeforeSource, namerSubject, voicedBeforeSource } from './grammar-credits.ts';
import { STAND_IN_NAME_LEAD } from './given-name-clause.ts';
import { headlineTitle } from './headline-title.ts';
import { documentReadOut } from './read-out-document.ts';
import { recordedSpeaker } from './recording-of-speaker.ts';
import { appositiveSex, describedPersonSaid } from './reported-teller.ts';
import { titleCased, workTitleQuote } from './work-title.ts';
import { goingOnReported } from './reported-going-on.ts';
import { hearerFollows } from './hearer-after-telling.ts';
import { sourceAsideBeforeQuote } from './source-as-aside.ts';

/** What the grammar says about a quote's speaker, before deciding who that is. */
export interface GrammarAttribution {
  /** The speaker's noun phrase as written ("Rep. Gwen Moore", "the host", "he"). */
  phrase: string;
  /** Words around the name that give a role ("9/11 widow", "a director at the institute"). */
  role: string | null;
  via: 'after' | 'before' | 'according';
  /** The reporting verb's lemma ("say", "dub"), or "according". */
  cue: string;
}


/**
 * Who the grammar says spoke the quote `spans[index]`, in the sentence `text[rs, re)`, or null when no
 * reporting verb or "according to" governs it, or its subject is not a noun phrase.
 */
export function grammarAttribution(text: string, spans: readonly QuoteSpan[], index: number, rs: number, re: number): GrammarAttribution | null {
  // ('In "The Glass Orchard," the heroine tells ...': a work's title is no one's words.)
  if (workTitleQuote(text, spans[index]!.open, spans[index]!.close, rs)) return null;
  const read = sentenceAttribution(text, spans, index, rs, re);
  // ('His line then was "..."': the possessive's person speaks, read as "he said" is; `possessive-pronoun-words.ts`.)
  if (!read) {
    const pronoun = possessivePronounWords(text.slice(rs, spans[index]!.open));
    if (pronoun) return { phrase: pronoun, role: null, via: 'before', cue: 'say' };
  }
  // ('he said something I wrote on a card: "..."': the "I" of the clause on the thing said only kept the words.)
  // (Its speaker is the subject right before that verb, when it stands there: `Vask said something I wrote down`.)
  if (read && read.via === 'before' && clauseOnThingSaid(text, rs, spans[index]!.open, read.phrase)) {
    const sayer = sayerOfThing(text, rs, spans[index]!.open, read.phrase);
    return sayer ? { phrase: sayer, role: null, via: 'before', cue: 'say' } : null;
  }
  return read && read.via === 'before' && otherClauseBetween(text, spans, index, rs, read.phrase) ? null : read;
}

// What may follow "called" when it is a cry and not a naming: a direction, a place it came from, the one called to, or
// the sentence's end ('"...," Vale called from the front row.', '"...!" he called out.', '"...," she called.').
const CALL_CRY_NEXT = /^(?:out|from|across|over|up|down|back|after|through|into|to|[.;!?]|\n)$/iu;

/**
 * The cue a verb after the quote gives: its lemma, but "call" as "say" when it is a cry, not a naming ("...," Vale
 * called from the stalls' is her words; '"...," he called it' names a thing and credits no one).
 */
function cueAfterQuote(tokens: readonly Token[], j: number): string {
  const t = tokens[j]!;
  return t.lemma === 'call' && CALL_CRY_NEXT.test(tokens[j + 1]?.text ?? '.') ? 'say' : t.lemma;
}

const PASSIVE_REPORT = /^[\s,]*(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:[\p{Ll}]+ly\s+)?(?:said|reported|rumou?red|alleged|thought|believed|understood|known|claimed)\s+to\s+(?:be|feel|regard|consider|view|find)\b/u;

/**
 * Whether the phrase, before the quote in its sentence, is the subject of "is said to be" ("is reported to be",
 * "is thought to regard"): a state others ascribe to it. Not "is reported to have told", which reports its own words.
 */
export function passiveReport(text: string, rs: number, open: number, phrase: string): boolean {
  const at = text.lastIndexOf(phrase, open);
  return at >= rs && PASSIVE_REPORT.test(text.slice(at + phrase.length, open));
}

// The passive of a verb of asking or telling: its subject heard the words ("was asked", "had been told"). (With
// its agent after "by", that agent is read elsewhere.)
// (A name set off after a description may close on its comma: '"...?" the coach, Jane Roe, was asked.')
const HEARER_PASSIVE = /^,?\s*(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:[\p{Ll}]+ly\s+|then\s+|later\s+|again\s+)?(?:asked|told|questioned|pressed|reminded|warned|urged|assured|informed|advised|instructed|ordered)\b(?![^.;:!?_]*\bby\s)/u;

/**
 * Whether the phrase the grammar read after the quote is the subject of a passive verb of asking or telling
 * (`"Why now?" Roe was asked.`): the one who heard the words, not who said them.
 */
export function hearerAfter(text: string, close: number, re: number, phrase: string): boolean {
  const at = text.indexOf(phrase, close);
  return at >= 0 && at < re && HEARER_PASSIVE.test(text.slice(at + phrase.length, re));
}

/**
 * Whether the subject of the quoting verb at `verb` is a body or a medium: a common noun ("The agency", "state
 * media"), an acronym ("KCNA"), or a name ending in an outlet's word ("the Korean Central News Agency").
 */
function quotedByBody(tokens: readonly Token[], verb: number): boolean {
  let s = verb - 1;
  while (s >= 0 && /^(?:ADV|AUX)$/u.test(tokens[s]!.pos)) s--;
  const subject = tokens[s];
  if (!subject) return false;
  return subject.pos === 'NOUN' || /^[\p{Lu}\d]{2,}$/u.test(subject.text) || /^(?:Agency|News|Times|Post|Radio|Television|TV|Press|Service|Media|Daily|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Reuters|Xinhua|Tass|Interfax|Yonhap|Kyodo)$/u.test(subject.text);
}

/** "as quoted by", "quoted by", "as reported (cited, relayed) by": who carried someone's words, not who said them. */
const RELAYED_BY = /^(?:as\s+)?(?:quoted|cited|reported|relayed)\s+by\b/iu;

// A conjunction opening a clause with a subject of its own and its verb of saying, judging or feeling, someone
// else's: "..., while her rival called it", "..., but the mayor thinks it is", "..., though the governor had
// promised it would be" (not "and that ...", which goes on with the first speaker's clause).
// (The subject and the verb of such a clause, kept apart for the clause after a semicolon below.)
const CLAUSE_SUBJECT = String.raw`(?:(?:the|a|an|his|her|its|their|some|many|most|one|another|other)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+|(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)`;
const CLAUSE_VERB = String.raw`(?:(?:has|have|had|also|still|only|long|once|later|then|now)\s+|[\p{Ll}]+ly\s+)*(?:says|said|calls|called|thinks|thought|believes|believed|insists|insisted|argues|argued|claims|claimed|counters|countered|maintains|maintained|contends|contended|promises|promised|sees|saw|considers|considered|describes|described|dismisses|dismissed|warns|warned|praises|praised|hails|hailed|prefers|preferred|speaks|spoke|spoken|tells|told|writes|wrote|agrees|agreed|disagrees|disagreed|dubs|dubbed|brands|branded|labels|labelled|labeled|terms|termed|vows|vowed|sees|feels|felt|hopes|hoped|fears|feared|expects|expected|finds|found|deems|deemed|rates|rated|judges|judged|reckons|reckoned)`;
const OWN_CLAUSE = new RegExp(String.raw`(?:^|[\s,;])(?:and|but|while|whereas|though|although|yet)\s+${CLAUSE_SUBJECT}\s+${CLAUSE_VERB}\b`, 'u');
// A semicolon standing for the conjunction, the subject perhaps set off by a description or a name: "Roe said the
// plan was "..."; her husband, Ivo, thought it "..."".
const SEMICOLON_CLAUSE = new RegExp(String.raw`;\s+${CLAUSE_SUBJECT}(?:,\s+[^,;:"“”]{1,40},)?\s+${CLAUSE_VERB}\b`, 'u');
// "..., and the Harbour Trust its "...": a second subject and the object of a verb left out, a possessive before the quote.
const GAPPED = /(?:^|[\s,;])(?:and|but|while|whereas)\s+(?:the\s+(?:[\p{Ll}-]+\s+){1,2}|(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4})(?:its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

const TWO_OBJECTS = /\b(?:calls?|called|calling|dubs?|dubbed|names?|named|considers?|considered|deems?|deemed|makes?|made|finds?|found|thinks?|thought|brands?|branded|labell?ed|labels?|terms?|termed)\b/u;

/**
 * `Mayor Roe called the plan "A," while her rival called it "B"`, `Roe praised the board's "A", and the Trust its
 * "B"`: a credit standing before an earlier quote of the sentence does not reach past a clause with a subject of its
 * own (or a second subject whose verb is left out) between that quote and this one.
 */
export function otherClauseBetween(text: string, spans: readonly QuoteSpan[], index: number, rs: number, phrase: string): boolean {
  const span = spans[index]!;
  const at = text.lastIndexOf(phrase, span.open);
  if (at < rs) return false;
  let last: QuoteSpan | null = null;
  for (let i = 0; i < index; i++) if (spans[i]!.open > at && spans[i]!.close < span.open) last = spans[i]!;
  if (!last) return false;
  const between = text.slice(last.close + 1, span.open);
  // (After a verb of two objects the second pair is that verb's: "Roe calls the plan "bold" and the board its
  // "best hope"".)
  return OWN_CLAUSE.test(between) || SEMICOLON_CLAUSE.test(between) || (GAPPED.test(between) && !TWO_OBJECTS.test(text.slice(rs, last.open)));
}

function sentenceAttribution(text: string, spans: readonly QuoteSpan[], index: number, rs: number, re: number): GrammarAttribution | null {
  const tokens = sentenceTokens(text, spans, rs, re);
  if (!tokens) return null;
  const q = tokens.findIndex((t) => t.quote === index);
  if (q < 0) return null;
  const span = spans[index]!;
  // The quote's last mark of punctuation, past any closing single quote of a quote within it.
  const inner = text.slice(span.start, span.close).replace(/[\s'’"”]+$/u, '').slice(-1);

  // `"...," KCNA quoted (cited, reported) Kim as saying` / `The agency quoted Jane Doe as saying that "..."`: the one quoted
  // speaks, the one quoting only reports (before any credit after the quote, which would take the reporter).
  // (A full stop closing the quote, a capital after it: the sentence ends with the quote.)
  const closesSentence = inner === '.' && /^[\p{Lu}]/u.test(tokens[q + 1]?.text ?? '');
  const quoted = quotedAsSaying(tokens, q, closesSentence);
  // ("The wire quoted him as telling Varga ...": the object pronoun is the one quoted, read as its subject form.)
  const object = quoted && quoted.end - quoted.start === 1 ? /^(him|her)$/iu.exec(tokens[quoted.start]!.text) : null;
  // (Only when a body or a medium quotes: in "Kask quoted him as saying" the man quoted is not Kask, and which
  // other man it is the sentence does not say.)
  if (object && !quotedByBody(tokens, quoted!.start - 1)) return null;
  if (object) return { phrase: object[1]!.toLowerCase() === 'him' ? 'he' : 'she', role: null, via: quoted!.start > q ? 'after' : 'before', cue: 'say' };
  if (quoted) return finish(text, tokens, quoted, quoted.start > q ? 'after' : 'before', 'say');

  // `Asked about Kask's remark that the port was "...", Vos said`: a quote inside an opening "asked about
  // (responding to ...)" phrase that names whose words they are is that person's, not the one answering.
  const owner = topicOwner(tokens, q);
  if (owner) return finish(text, tokens, owner, 'before', 'say');

  // After the quote: `"...," X said`, `"...," said X`, `"..." ― X`.
  let k = q + 1;
  const comma = k < tokens.length && /^[,—–―-]$/u.test(tokens[k]!.text);
  if (comma) k++;
  // A quote opening its sentence is credited after it even when the writer left out the comma
  // (`"The Nevada primary is a contest of factions" Roe said.`).
  if ((comma || /[,?!…—–-]/u.test(inner) || (q === firstWord(tokens) && /[\p{L}\p{N}]/u.test(inner))) && !closesSetOffSubject(tokens, q) && !labelAfterQuote(tokens, k)) {
    // A quote credited after a dash: `"..." ― Jane Doe`, alone or in a list of such quotes.
    // A hyphen stands for the dash in plain text: `"..." - Bernie Sanders.`
    // Not after a headline's own subject and verb ("Kim vows 'full support' — KCNA"): the dash there names the
    // source that carried it, and the verb's subject speaks.
    // Nor a title set as a headline, each word capitalised and no stop inside ('- "Harbor Lights" -- Jane Roe, a
    // novel'): a work and its author, not words said.
    if (k < tokens.length && /^[―—–-]$/u.test(tokens[k - 1]?.text ?? '') && tokens[k]!.pos === 'PROPN' && !spokenBefore(tokens, q) && !headlineTitle(text.slice(span.start, span.close))) {
      const np = nounPhraseAfter(tokens, k);
      const next = np ? tokens[np.end] : undefined;
      if (np && (!next || next.quote >= 0 || /^[.;\n]$/u.test(next.text))) return finish(text, tokens, { start: np.start, end: np.end }, 'after', 'say');
      // `"..." ― Jane Doe, Pacific Institute`: an affiliation or role after a comma, with no verb, to the end.
      // A participle may say where or how ("-President Obama, tweeting after the speech.").
      // A source that carried the words closes it ("-Kim Jong Un, in a toast, according to state media."): its
      // object is a noun phrase, whatever the model tagged its words.
      const rest = tokens.slice(np ? np.end + 1 : k);
      // So does one that relayed them ("-Jane Doe, as quoted by Radio X", "quoted by", "as reported by").
      const via = rest.findIndex((t, i) => (/^according$/iu.test(t.text) && rest[i + 1]?.text === 'to') || ((i === 0 || rest[i - 1]!.text === ',') && RELAYED_BY.test(`${t.text} ${rest[i + 1]?.text ?? ''} ${rest[i + 2]?.text ?? ''}`)));
      // What the words were about or where they were said may follow the role, set off by a comma ("-Jane Doe,
      // a retired diplomat, on what the deal may cost"): a clause inside it has verbs of its own.
      const topic = rest.findIndex((t, i) => i > 0 && rest[i - 1]!.text === ',' && t.pos === 'ADP' && !/^of$/iu.test(t.text));
      const upTo = [via, topic].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), rest.length);
      if (np && next?.text === ',' && rest.slice(0, upTo).every((t) => t.quote < 0 && ((t.pos !== 'VERB' && t.pos !== 'AUX') || /ing$/iu.test(t.text)))) {
        // Its role, up to the next comma, is the person's ("-Jane Doe, Kremlin spokesman, to reporters"), when
        // `finish` reads it as one.
        let b = np.end + 1;
        while (b < tokens.length && !/^[,.;]$/u.test(tokens[b]!.text)) b++;
        return finish(text, tokens, { start: np.start, end: np.end, ...(b > np.end + 1 ? { appositive: [np.end + 1, b] as [number, number] } : {}) }, 'after', 'say');
      }
    }
    // `"...," Jane Doe (R-Ohio), a member of the panel and a former judge in Ohio, said`: a full name right
    // after the quote, its party tag, and words set off by commas up to the verb, however many.
    const name = nounPhraseAfter(tokens, k);
    let nameEnd = name ? name.end : k;
    if (tokens[nameEnd]?.text === '(') {
      while (nameEnd < tokens.length && tokens[nameEnd]!.text !== ')') nameEnd++;
      nameEnd++;
    }
    // A surname alone is taken only before a clause or an age that cannot be a name ("Blunt, after a long
    // pause, said"; "Warren, who has not endorsed anyone, told reporters"; "Putin, 70, said").
    const single = name !== null && name.end - name.start === 1 && /^(?:ADP|NUM|PRON|SCONJ|DET)$/u.test(tokens[nameEnd + 1]?.pos ?? '');
    // A hyphen joining a double surname is part of it ("Douglas Holtz-Eakin").
    const fullName = name !== null && (name.end - name.start >= 2 || single) && tokens.slice(name.start, name.end).every((x, i, all) => x.pos === 'PROPN' || x.text === '.' || (x.text === '-' && i > 0 && all[i - 1]!.end === x.start)) && tokens[nameEnd]?.text === ',';
    for (let j = k; j < Math.min(tokens.length, k + (fullName ? 48 : 16)); j++) {
      const t = tokens[j]!;
      // A parenthesis (a party tag: "(D-Wis.)") is stepped over whole.
      if (t.text === '(') {
        while (j + 1 < tokens.length && tokens[j]!.text !== ')') j++;
        continue;
      }
      // The full stop of an abbreviation inside the credit ("John Roe, R-Neb., said", "a director of the
      // A.W.U.-C.L.C. and ...") ends nothing.
      if (t.text === '.' && tokens[j - 1]!.end === t.start && (tokens[j + 1]?.text === ',' || (tokens[j + 1] !== undefined && tokens[j + 1]!.start === t.end))) continue;
      if (t.quote >= 0 || /^[.;:!?\n]$/u.test(t.text)) break;
      // A name alone after the quote, then a reporting verb's -s or -ed form: the verb, whatever the model
      // tagged it (`"...," Conway notes.`).
      // (Or a full name: `"...," Jane Doe notes.`)
      const named = j > k && tokens.slice(k, j).every((x) => x.pos === 'PROPN') && /(?:s|ed)$/u.test(t.text) && CUE_FORMS.has(t.text);
      if (!named && !isCue(t, tokens[j - 1])) continue;
      if (j === k) {
        // A participle right after the quote is no credit ("fantastic," telling reporters ...): the verb before it is.
        if (/ing$/iu.test(t.text)) break;
        // A past verb right after the quote and before a possessive and a thing ('as "terrible," denounced his
        // record and ...') goes on the sentence's subject's deeds with an object, no credit after the quote; the
        // verb before it is. (A person after the possessive is a credit: '"...," said his spokesman.')
        if (/ed$/iu.test(t.text) && !/^(?:say|write|add|tell|ask|reply|note|explain|continue|conclude|declare|state|answer|respond|recall|post|tweet)$/u.test(t.lemma) && /^(?:his|her|their)$/iu.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.pos === 'NOUN' && !PERSON_NOUNS.has(tokens[j + 2]!.lemma)) break;
        // "said retired Army Lt. Gen. Jane Doe": a participle before the title is part of the role.
        const lead = /^(?:VERB|ADJ)$/u.test(tokens[j + 1]?.pos ?? '') && /ed$/u.test(tokens[j + 1]!.text) && tokens[j + 2]?.pos === 'PROPN' ? j + 2 : j + 1;
        const np = nounPhraseAfter(tokens, lead);
        // `"...," said another social media user, Jane Doe.`: the name the description gives speaks.
        // (So after a possessive: `"...," said his granddaughter, Lowenna.`)
        if (np?.appositive && (tokens[np.start]!.pos === 'DET' || (tokens[np.start]!.pos === 'PRON' && /^(?:my|your|his|her|its|our|their)$/iu.test(tokens[np.start]!.text))) && tokens[np.end - 1]!.pos === 'NOUN') {
          const [a, b] = np.appositive;
          // The name may be followed by where the person works ("Jane Q. Doe of the law firm Roe Brown").
          let n = a;
          while (n < b && (tokens[n]!.pos === 'PROPN' || tokens[n]!.text === '.')) n++;
          const rest = tokens.slice(n, b);
          const where = n === b || (/^(?:of|at|from|with)$/iu.test(tokens[n]!.text) && rest.every((x) => x.pos !== 'VERB' && x.pos !== 'AUX'));
          if (n > a && where && (b >= tokens.length || /^[.;!?]$/u.test(tokens[b]!.text))) {
            return finish(text, tokens, { start: a, end: n, appositive: [np.start, np.end] }, 'after', cueAfterQuote(tokens, j));
          }
        }
        // `"...," said the gunner, a former teacher who goes by the call sign Kobza.`: the name others call the
        // one described by, closing the sentence, speaks.
        // (Or a pseudonym the report gives it: `"...," recalled a retired miner who used the pseudonym Bram.`)
        const knownBy = np ? nameOthersCall(tokens, np.end) : null;
        if (np && knownBy && tokens[np.start]!.pos === 'DET' && tokens[np.end - 1]!.pos === 'NOUN') return finish(text, tokens, { start: knownBy.start, end: knownBy.end, appositive: [np.start, np.end] }, 'after', cueAfterQuote(tokens, j));
        // (Or straight after it: `"...," said the ferry master known as Olly, talking at last.`)
        const knownAs = np && tokens[np.start]!.pos === 'DET' ? knownAsName(tokens, np.end) : null;
        if (np && knownAs) return finish(text, tokens, { start: knownAs.start, end: knownAs.end, appositive: [np.start, knownAs.known] }, 'after', cueAfterQuote(tokens, j));
        // `"...," said the head of the transport union, Marc Dupuis, for whom ...`: the name the description gives.
        const described = describedThenName(tokens, subjectAfterAdjunct(tokens, lead));
        if (described) return finish(text, tokens, described, 'after', cueAfterQuote(tokens, j));
        // `"...," said the candidate could win`: a verb after the phrase makes it the subject of what was said.
        const whole = np ? withDescriptionTail(text, tokens, np) : null;
        if (whole && !whole.appositive && /^(?:VERB|AUX)$/u.test(tokens[whole.end]?.pos ?? '')) break;
        if (whole) return finish(text, tokens, whole, 'after', cueAfterQuote(tokens, j));
        break;
      }
      // A participle after the quote and its own subject is no credit: `"...," a nod to X acknowledging ...`.
      if (/ing$/iu.test(t.text)) break;
      // After a dash, a verb that goes on to a clause of its own opens a new sentence, not a credit: 'call the
      // pier "the graveyard" -- Mayor Roe says it will be torn down'.
      // (A verb right after its subject; not a participle set off after the name: '"..." -- Jane Roe, asked
      // whether ...'.)
      if (/^[―—–-]$/u.test(tokens[k - 1]?.text ?? '') && tokens[j - 1]?.text !== ',' && clauseAfterVerb(tokens, j)) break;
      // `Jane Roe wrote that the port "...", state television reported.`: a medium reporting a sentence whose own
      // clause has a speaker relays that speaker's words; the credit before the quote is read instead.
      if (t.lemma === 'report' && q > firstWord(tokens) && ownedBeforeQuote(tokens, q)) break;
      // A habit's "used to" before the verb: `"...," my grandmother used to tell me` is hers. So a fondness for
      // saying it: `"...," he liked to say`, `"...," she loved to tell visitors`.
      const habit = tokens[j - 1]?.text === 'to' && /^(?:used|liked|loved|likes|loves)$/iu.test(tokens[j - 2]?.text ?? '') ? j - 2 : j;
      const np = subjectOf(tokens, habit);
      // `"...," the Vatican spokesman, Marco Bianchi, told reporters`: the description stands before the name.
      if (np && (np.start === k || np.appositive?.[0] === k)) return finish(text, tokens, np, 'after', cueAfterQuote(tokens, j));
      // `"...," analysts at Kestrel Securities wrote`, `"...," officials at the ministry said`: people named by a
      // plural noun, then where they work after "at", "from" or "in": the whole is the subject, not the body.
      const group = np && np.start >= k + 2 && !np.appositive ? tokens.slice(k, np.start - 1) : null;
      if (group && group.length <= 3 && /^(?:at|from|in|with)$/iu.test(tokens[np!.start - 1]!.text) && group.every((x) => /^(?:NOUN|ADJ|DET)$/u.test(x.pos)) && group[group.length - 1]!.pos === 'NOUN' && /s$/u.test(group[group.length - 1]!.text) && PERSON_NOUNS.has(group[group.length - 1]!.lemma)) {
        return finish(text, tokens, { start: k, end: np!.end }, 'after', cueAfterQuote(tokens, j));
      }
      // `"...," Fight for $15 organizing director Jane Doe told ...`: an organisation and a role of no verb
      // before a full name, the subject of the verb.
      if (np && !np.appositive && np.end === j && tokens[k]!.pos === 'PROPN' && np.end - np.start >= 2 && tokens.slice(np.end - 2, np.end).every((x) => x.pos === 'PROPN') && tokens.slice(k, np.start).every((x) => x.quote < 0 && x.text !== ',' && (x.pos !== 'VERB' || /ing$/iu.test(x.text)) && x.pos !== 'AUX' && x.pos !== 'PRON')) {
        return finish(text, tokens, { start: k, end: np.end }, 'after', cueAfterQuote(tokens, j));
      }
      // `"...," Jane Roe of the Diocese of Marsh Point said`: a full name, then where the person serves, a body's
      // name of capitalised words with its own "of" links, up to the verb: the name is the subject, not the place
      // the nearest noun phrase ends on.
      if (name && name.start === k && name.end - name.start >= 2 && tokens.slice(name.start, name.end).every((x) => x.pos === 'PROPN') && /^(?:of|at|from)$/iu.test(tokens[name.end]?.text ?? '') && j - name.end >= 2 && j - name.end <= 10 && tokens[j - 1]!.pos === 'PROPN' && tokens.slice(name.end + 1, j).every((x) => x.pos === 'PROPN' || /^(?:the|of|for|on|in)$/iu.test(x.text))) {
        return finish(text, tokens, { start: name.start, end: name.end }, 'after', cueAfterQuote(tokens, j));
      }
      // `"...," Jane Doe, 67, a retired clerk in Allentown, Pa., said`: the name is the subject, the rest her
      // role and place.
      if (fullName && tokens[j - 1]!.text === ',') return finish(text, tokens, { start: name.start, end: name.end, appositive: [nameEnd + 1, j - 1] }, 'after', cueAfterQuote(tokens, j));
      // The writer may leave out the comma closing a description or a relative clause: `"...," Jane Roe, the
      // pollster who founded Harbourstats.com tweeted.` The verb of speaking in the past or present tense ends it.
      if (fullName && /^(?:the|a|an|who)$/iu.test(tokens[nameEnd + 1]?.text ?? '') && /(?:ed|s|said|told|wrote)$/iu.test(t.text) && !tokens.slice(nameEnd + 1, j).some((x) => x.text === ',' || x.quote >= 0) && j - nameEnd <= 16) {
        return finish(text, tokens, { start: name.start, end: name.end, appositive: [nameEnd + 1, j] }, 'after', cueAfterQuote(tokens, j));
      }
      break;
    }
    // Any verb credits the quote in the plain orders, whatever its meaning: `"...," beamed Jane Doe of Madison.`
    // and `"...," Hannity pressed.`, `"...," Mr. Roe pointed out.` (the sentence ends there).
    const v = tokens[k];
    if (v && v.pos === 'VERB' && !/ing$/iu.test(v.text)) {
      // (Past a phrase of place, time or manner before the subject: `"...", thundered in Lyon Jane Roe's ...`.)
      const s = /(?:ed|s)$/iu.test(v.text) ? subjectAfterAdjunct(tokens, k + 1) : k + 1;
      const described = describedThenName(tokens, s);
      if (described) return finish(text, tokens, described, 'after', 'say');
      const np = nounPhraseAfter(tokens, s);
      const after = np ? tokens[np.end] : undefined;
      if (np && tokens[np.end - 1]!.pos === 'PROPN' && (!after || /^[.,;!?]$/u.test(after.text) || after.lemma === 'of')) return finish(text, tokens, np, 'after', 'say');
      // (Or a description of one person: `"...!" beamed the Kremlin boss as ...`.)
      if (np && invertedPersonDescription(text, tokens, np)) return finish(text, tokens, np, 'after', 'say');
    }
    // (A past tense the tagger read as an adjective, "fumed", before such a description.)
    if (v && v.pos === 'ADJ' && /ed$/iu.test(v.text)) {
      const np = nounPhraseAfter(tokens, k + 1);
      if (np && invertedPersonDescription(text, tokens, np)) return finish(text, tokens, np, 'after', 'say');
    }
    if (name && name.start === k && tokens[name.end - 1]!.pos === 'PROPN' && tokens[name.end]?.pos === 'VERB' && !/ing$/iu.test(tokens[name.end]!.text)) {
      let e = name.end + 1;
      while (e < tokens.length && (tokens[e]!.pos === 'ADV' || (tokens[e]!.pos === 'ADP' && e === name.end + 1))) e++;
      if (e >= tokens.length || /^[.!?;]$/u.test(tokens[e]!.text)) return finish(text, tokens, name, 'after', 'say');
      // Or the manner after it, and then the sentence ends or another clause opens: `"...," Jane Doe shot back
      // with a laugh.`, `"...?" Jane Doe went on, as if ...`, `"...," Jane Doe barked and a guard ...`.
      const manner = tokens[e]?.pos === 'ADP' && /^(?:with|in|without)$/iu.test(tokens[e]!.text) ? adjunctEnd(tokens, e + 1) : e;
      const stop = tokens[manner];
      if (manner > e || /^[,]$/u.test(stop?.text ?? '')) {
        const next = stop?.text === ',' ? tokens[manner + 1] : stop;
        if (!stop || /^[.!?;]$/u.test(stop.text) || (next && (next.pos === 'SCONJ' || (next.pos === 'VERB' && /ing$/iu.test(next.text))))) return finish(text, tokens, name, 'after', 'say');
      }
      if (tokens[e]?.pos === 'CCONJ' && tokens[e + 1]?.pos === 'DET') return finish(text, tokens, name, 'after', 'say');
    }
  }

  // A parenthetical credit closing the sentence after the quote and more of its words: `"..." about the
  // decision, said Jane Doe, a director at X.` The speaker follows the verb, and nothing but her role follows.
  for (let j = q + 2; j < tokens.length; j++) {
    const t = tokens[j]!;
    // (A later fragment woven into the same clause, in lower case and set off by no comma or colon, goes on with
    // it: `did not find "...," aside from the two knowing each other "slightly" from school, said Jane Doe.`)
    const woven = t.quote >= 0 && !/^[,:]$/u.test(tokens[j - 1]!.text) && /^[\p{Ll}]/u.test(text.slice(spans[t.quote]!.start, spans[t.quote]!.end));
    if (woven) continue;
    if (t.quote >= 0 || /^[.;:!?\n]$/u.test(t.text)) break;
    if (tokens[j - 1]!.text !== ',' || !/^(?:said|says|added|adds|wrote|writes|asked|asks)$/iu.test(t.text)) continue;
    const np = nounPhraseAfter(tokens, j + 1);
    if (!np || (tokens[np.end - 1]!.pos !== 'PROPN' && tokens[np.start]!.pos !== 'DET')) break;
    const rest = np.appositive ? np.appositive[1] : np.end;
    // After the role, a place ("..., a consultant in Alexandria, Va.") or a second appositive ("..., a union that
    // has broken away ...") may close the sentence.
    const more = np.appositive && tokens[rest]?.text === ',' && (tokens[rest + 1]?.pos === 'DET' || tokens.slice(rest + 1).every((x) => x.pos === 'PROPN' || /^[.!?]$/u.test(x.text))) && tokens.slice(rest + 1).every((x) => x.quote < 0);
    // So may when or where the words were said: `..., said Jane Doe, the board's director, on Monday.`
    if (rest < tokens.length && !/^[.;!?]$/u.test(tokens[rest]!.text) && !more && !closingAdjunct(tokens, rest)) break;
    return finish(text, tokens, np, 'after', cueAfterQuote(tokens, j));
  }

  // '"...," was how Jane Roe described the town, according to the council.': the subject of the clause that put the
  // words to something speaks; a source named after only carried them (`how-put-credit.ts`).
  const howPut = howPutSubject(tokens, q);
  if (howPut) return finish(text, tokens, howPut, 'after', 'say');

  // The agent of a passive reporting verb: `... has been called "deliberate fog" by Jane Doe, a lecturer`,
  // `"extremely careless" in handling it – as described by FBI Director Jane Doe –`.
  const agent = passiveAgent(tokens, q);
  if (agent) return finish(text, tokens, agent, 'according', 'say');

  // "In his words, relations are "...".", "In the words of Jane Roe, ...": the owner of the words speaks.
  const wordsBy = wordsOwner(tokens, q, nounPhraseAfter);
  if (wordsBy) return 'pronoun' in wordsBy ? { phrase: wordsBy.pronoun, role: null, via: 'according', cue: 'according' } : finish(text, tokens, wordsBy.phrase, 'according', 'according');

  // "according to X", on either side, when no reporting verb right after the quote names the speaker:
  // `"...," the spokesman told reporters, according to news agencies` is the spokesman's.
  // Not after the quote when the clause before it has a speaker of its own, a reporting verb's subject or a
  // name or pronoun as the subject of its clause: `Jane Doe said that ... "...", according to Interfax` is Jane
  // Doe's, and the agency only reports it.
  // Read only for a sentence with "according to" after its quote (few are).
  let owned: boolean | null = null;
  const ownSpeaker = (): boolean => (owned ??= ownedBeforeQuote(tokens, q));
  for (let i = 0; i + 1 < tokens.length; i++) {
    // (Not past a quote that ends its sentence: the next sentence's "according to" is about that sentence.)
    if (i > q && inner === '.') break;
    if (tokens[i]!.lemma === 'accord' && tokens[i + 1]!.lemma === 'to') {
      if (i > q && ownSpeaker()) continue;
      // `"...," the strikers sang, according to Roe.`: the subject right after the quote, with a verb of its own
      // (whether or not a verb of saying), voiced the words; the source set off after it only tells of it.
      const voiced = i > q ? voicedBeforeSource(tokens, q, i) : null;
      if (voiced) return finish(text, tokens, voiced, 'after', 'say');
      const np = documentAuthor(tokens, nounPhraseAfter(tokens, i + 2));
      if (np && i < q && namedReporterAfter(tokens, np.end, q, anonymousReports(tokens, np))) continue;
      // ("According to Jo Brin, the coach said: "..."": a clause of saying with its own subject after the source
      // is read as if the source were not there; the source is never its speaker.)
      if (np && i < q && speakerClauseAfterSource(tokens, np.end, q)) continue;
      // "Roe thanked the crew, according to the port, saying they had been "..."": a participle of speech
      // right after the source's aside hangs on the main clause, whose subject speaks; the source only carried it.
      // (Only a subject that may speak, a name or a pronoun opening the sentence: "The meeting ended early,
      // according to the port, citing "..."" is the port's.)
      if (np && i < q && i > firstWord(tokens) && /^(?:PROPN|PRON)$/u.test(tokens[firstWord(tokens)]!.pos) && tokens[np.end]?.text === ',' && /ing$/iu.test(tokens[np.end + 1]?.text ?? '') && isCue(tokens[np.end + 1]!, tokens[np.end])) continue;
      const around = np && i < q ? subjectAroundSource(tokens, i, np.end, q) : null;
      if (around) return finish(text, tokens, around.phrase, 'before', tokens[around.verb]!.lemma);
      // "Roe told the cabinet, according to two ministers, that ... "..."": the verb's subject speaks.
      const carried = np && i < q ? subjectBeforeSource(tokens, i, np.end, q) : null;
      if (carried) return finish(text, tokens, carried.phrase, 'before', tokens[carried.verb]!.lemma);
      // "According to him, ...": the object pronoun stands for the one "he said" would name.
      const pronoun = tokens[i + 2]?.pos === 'PRON' && /^[,;]$/u.test(tokens[i + 3]?.text ?? '') ? subjectPronoun(tokens[i + 2]!.text) : null;
      if (pronoun && i < q && namedReporterAfter(tokens, i + 3, q)) continue;
      // Opening the sentence, the source holds for every quote in it that no reporting verb takes first:
      // `According to him, the sides discussed "the whole range" of issues, including "sensitive" ones.`
      // (Within one clause: a clause of its own or a dash between may hold others' words, slogans or labels.)
      // (One verb at most: a second, "... gave a "..." speech and has worried ...", opens another clause.)
      const finite = tokens.filter((t, k) => k > i + 1 && k < q && t.pos === 'VERB' && !/ing$/iu.test(t.text) && tokens[k - 1]?.lemma !== 'to').length;
      const governs = i < q && i === firstWord(tokens) && finite <= 1 && !tokens.some((t, k) => k > i + 1 && k < q && (isCue(t, tokens[k - 1]) || t.pos === 'SCONJ' || /^that$/iu.test(t.text) || /^(?:-+|[—–―])$/u.test(t.text)));
      // (Nor a source whose "whose" clause has a verb of saying of its own before the quote: in `... "unedifying,"
      // according to the Institute, whose director, Paul Osei, said both sides had "..."` the director's verb governs.)
      // ("..., according to the Trust, which said it was "..."": the source's own relative clause goes on with it.)
      const ownVerbAfter = (): boolean => {
        // (An "According to X," opening the sentence keeps its reading: the source carries what the clause tells.)
        if (i >= q || governs || i === firstWord(tokens)) return false;
        const cue = tokens.findIndex((t, k) => k > i + 1 && k < q && isCue(t, tokens[k - 1]));
        if (cue < 0) return false;
        const from = np ? np.end : i + 3;
        // ("..., according to their lawyers, and said they had "..."": a verb joined to the main clause by "and",
        // no subject of its own, is read as before.)
        const lead = tokens.slice(from, cue).filter((t) => t.text !== ',' && t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'CCONJ');
        // (Only a clause of the source's own that "whose" opens: in "because, according to Roe, the media would call
        // him a "..."" the source tells what the clause after it says, and keeps the words.)
        const whose = lead.findIndex((t) => /^whose$/iu.test(t.text));
        return whose >= 0 && whose < lead.length - 1;
      };
      // "According to Roe, the owners' agent, Jo Kell, told him at a meeting: "..."": opening the sentence, the
      // source tells what was said; words told straight to a hearer, or said after a colon, are the teller's.
      // (An appositive read past a verb of telling, "Roe, director Jo Kell told staff", is the teller's clause.)
      const apposed = np?.appositive?.[1];
      const sourceEnd = np ? (apposed !== undefined && !tokens.slice(np.end, apposed).some((t, k) => isCue(t, tokens[np.end + k - 1])) ? apposed : np.end) : 0;
      const teller = np && i === firstWord(tokens) && i < q ? tellerAfterSource(tokens, sourceEnd, q) : null;
      if (teller) return finish(text, tokens, teller, 'before', 'say');
      const near = (): boolean => (governs || Math.abs(i - q) <= 3 || !tokens.some((t, k) => k !== q && t.quote >= 0 && between(k, i, q))) && !ownVerbAfter();
      if (pronoun && near()) return { phrase: pronoun, role: null, via: 'according', cue: 'according' };
      if (np && near()) return finish(text, tokens, withDescriptionTail(text, tokens, np), 'according', 'according');
    }
  }

  // A name after a dash, right before the colon that opens the quote, credits it whatever stands before the
  // dash (a heading: "Pollsters agree - Carl Bialik: ...").
  if (q >= 2 && tokens[q - 1]!.text === ':') {
    const named = nounPhraseBefore(tokens, q - 2);
    if (named && /^[-—–―]$/u.test(tokens[named.start - 1]?.text ?? '') && tokens.slice(named.start, named.end).every((t) => t.pos === 'PROPN' || t.text === '.')) return finish(text, tokens, named, 'before', 'say');
  }

  // Before the quote: the nearest reporting verb before it in the sentence.
  for (let j = q - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.text === LINE_BREAK) break;
    // An -ed form the model read as an adjective, right after a name: "Japan branded North Korea an ...".
    // So an -ing form after a name (and an adverb) and before "to" or "that": "with Roe recently promising to "..."".
    const nameBefore = tokens[j - 1]?.pos === 'PROPN' || (tokens[j - 1]?.pos === 'ADV' && tokens[j - 2]?.pos === 'PROPN');
    // ("although the men call them "...": a naming verb after a plural noun, the model may read as a noun, an
    // object pronoun and the quote right after it: the verb.)
    const nounMisread = t.pos === 'NOUN' && j + 2 === q && /^(?:call|dub|label|brand|term|nickname)$/iu.test(t.text) && /^(?:them|him|her|it|us|me|you)$/iu.test(tokens[j + 1]!.text) && tokens[j - 1]?.pos === 'NOUN';
    const misread = nounMisread || t.pos === 'ADJ' && ((/ed$/u.test(t.text) && tokens[j - 1]?.pos === 'PROPN' && /^(?:DET|PROPN|PRON)$/u.test(tokens[j + 1]?.pos ?? '')) || (/ing$/u.test(t.text) && nameBefore && /^(?:to|that)$/iu.test(tokens[j + 1]?.text ?? ''))) && CUE_FORMS.has(t.text);
    // "X spoke of backing Russia's "just struggle"": speaking of words in quotation marks reports them.
    const spokeOf = /^(?:speaks?|spoke|spoken)$/iu.test(t.text) && tokens[j + 1]?.lemma === 'of';
    // A semicolon opens a clause of its own: "The words ... were reported by agencies; the paper's report gave
    // them as "..."" is not the reporting verb's. (A list of that-clauses after one verb goes on: "...; that ...".)
    if (t.text === ';' && semicolonClause(tokens, j, q)) break;
    // "X defended his manager as a "..."", "cast her rival as "..."": the subject characterises someone in words
    // of its own (`characterisedAs`).
    const casts = characterisedAs(tokens, j, q) || judgedFor(tokens, j, q);
    // "X condemned Jane Roe's description of the plan as "..."": the words a possessor's description gives are the
    // possessor's, whatever verb (of saying or not: "rejected") the subject of the sentence met them with.
    if (t.pos === 'VERB' || casts) {
      const owner = describerBefore(tokens, j, q);
      if (owner) return finish(text, tokens, owner, 'before', 'say');
    }
    // "Jane Roe was accused by Tom Lee of "lying"", "was criticised by the mayor for "...": the agent of a passive
    // verb of saying, named before the quote, said the words; the subject is the one they were said of.
    if (/ed$/iu.test(t.text) && tokens[j + 1]?.lemma === 'by' && isCue(t, tokens[j - 1]) && beBefore(tokens, j)) {
      const agent = nounPhraseAfter(tokens, j + 2);
      if (agent && agent.end < q && q - agent.end <= 2 && /^(?:of|for|over|as)$/iu.test(tokens[agent.end]!.text) && tokens[agent.end - 1]!.pos === 'PROPN') return finish(text, tokens, agent, 'before', 'say');
    }
    // "Roe's comments were echoed by driver Tom Lee: "..."": whatever the passive verb, an agent named in full
    // right before the colon that opens the quote says it.
    // (An adverb may stand before "by": "was interrupted again by resident Jo Kell:".)
    const by = tokens[j + 1]?.pos === 'ADV' && tokens[j + 2]?.lemma === 'by' ? j + 2 : j + 1;
    if (/ed$/iu.test(t.text) && tokens[by]?.lemma === 'by' && beBefore(tokens, j)) {
      const agent = nounPhraseAfter(tokens, by + 1);
      if (agent && agent.end === q - 1 && tokens[agent.end]!.text === ':' && tokens[agent.end - 1]!.pos === 'PROPN' && tokens[agent.end - 2]?.pos === 'PROPN') return finish(text, tokens, agent, 'before', 'say');
    }
    if (!misread && !spokeOf && !casts && !isCue(t, tokens[j - 1])) continue;
    // "clauses in contracts written before 2022 were "..."": a participle that is never a finite verb ("written",
    // "spoken") right after a common noun, with no auxiliary, is a reduced relative: the noun is the thing written
    // or spoken, not one who wrote or spoke the words.
    if (/^(?:written|spoken)$/iu.test(t.text) && tokens[j - 1]?.pos === 'NOUN') continue;
    // "He added that the problems the medic described were "...": a verb that takes a thing as its object, with
    // none after it and a finite "be" next, sits in a relative clause on the subject of that "be"; the clause
    // tells which problems, not who said the words, and the verb further back governs them. (Not after a noun of
    // wording: in "the word the medic used was "...", the word is the medic's.)
    if (objectGapBeforeBe(tokens, j, q)) continue;
    // "Berg warned that the plan, which the Budget Office says would cost $5 billion, would be "...": a verb of
    // saying in a relative clause set off by commas, with a subject of its own, reports nothing after the clause
    // closes; the verb further back governs the quote.
    if (asideRelativeBefore(tokens, j, q)) continue;
    // "Roe had spoken by telephone with Tom Lee, who thanked the town for its "...": speaking with someone tells
    // no words of one's own, and a quote inside the relative clause on the one spoken with is that clause's, not
    // the speaker's; the verb further back, if any, governs.
    if (spokeWithWhoBefore(tokens, j, q)) continue;
    // "Roe said, as the agencies reported, "..."": an aside of manner names who carried the words; the verb of saying
    // before it governs the quote (`source-as-aside.ts`).
    if (sourceAsideBeforeQuote(tokens, j, q)) continue;
    // "X said in a statement posted online that ... "..."", "in a letter quoted by the paper": a past participle
    // right after a document noun in a phrase of where the words appeared tells of the document, not of
    // anyone speaking; the verb further back governs.
    if (documentParticiple(tokens, j)) continue;
    // "X told reporters the inspectors had asked "hard questions, and fair ones"": asking whose quoted object
    // is the questions themselves reports none of the asker's words; the quote says, in the reporter's words,
    // what the asking was like, and the verb further back governs it.
    if (t.lemma === 'ask' && j === q - 1 && questionsObject(text.slice(span.start, span.close))) continue;
    // "An official said Norway had asked Lisbon "through the usual channels" to raise it": quoted words that open on
    // a preposition after the object of asking or urging say how the request went, in the words of the one
    // reporting it; a verb of saying further back, whose clause holds the request, governs them.
    if (adjunctAfterRequest(tokens, j, q, text.slice(span.start, span.close))) continue;
    // "NAME said member firms had been asked "to check every counterparty twice"": a passive request whose asker
    // goes unnamed quotes what was asked in the words of the one reporting it; the verb further back governs.
    if (unnamedRequestReported(tokens, j, q, text.slice(span.start, span.close), text.slice(span.close + 1, span.close + 12))) continue;
    // "will continue to be", "began to": going on or starting to do something reports no words.
    if (/^(?:continue|begin|start)$/u.test(t.lemma) && tokens[j + 1]?.lemma === 'to') continue;
    // "said the navy was maintaining a "steady watch"": maintaining a thing named by a determiner and its noun
    // is keeping it, not asserting; the verb further back governs ("maintained that ...", ""...," he
    // maintained" still report words).
    if (t.lemma === 'maintain' && keptThing(tokens, j, q)) continue;
    // Starting reports words only when they follow it as a speech does ("She began: "..."", "he started,
    // "...""); "Transfers could begin "within months"" says when something starts, not who spoke.
    // (Starting to talk reports the talk: "he started talking about what comes next "..."".)
    // So does going on: "He continued: "..."" speaks, but "said grain shipments were continuing "in normal
    // mode"" says how the shipments go on; the verb further back (the one who said it) governs.
    // (Starting one's own speech before a colon speaks too: "the mayor began her speech: "..."", the words its opening.)
    if (/^(?:begin|start|continue)$/u.test(t.lemma) && !/^[,:]$/u.test(tokens[j + 1]?.text ?? '') && !SPEAKING_GERUND.test(tokens[j + 1]?.text ?? '') && !ownSpeechBeforeColon(tokens, j, q)) continue;
    // (Before a colon too, inside a clause an earlier verb of saying reports: "said talks were continuing: "...""
    // is the one who said it; `reported-going-on.ts`.)
    if (/^(?:begin|start|continue)$/u.test(t.lemma) && goingOnReported(tokens, j, q)) continue;
    // "had agreed to deepen ties": agreeing to do something is a deed, not words; the verb further back governs.
    // ("had agreed to "keep talking"": what was agreed, not words of theirs.)
    if (t.lemma === 'agree' && tokens[j + 1]?.lemma === 'to' && (tokens[j + 2]?.pos === 'VERB' || j + 2 === q)) continue;
    // "said that its pilots had observed "heavy traffic" at the mouth": observing what the quoted words name, right
    // after the verb and opening in lower case, is seeing it, not remarking; the verb further back governs, or none.
    // (So for a later quote of the sentence too: `... and that there had been "..."` is the verb further back's.)
    if (t.lemma === 'observe' && (tokens[j + 1]?.quote ?? -1) >= 0 && /^\s*[\p{Ll}]/u.test(text.slice(spans[tokens[j + 1]!.quote]!.start, spans[tokens[j + 1]!.quote]!.end))) continue;
    // "where the two firms are described as having "..."": the subject of a passive naming verb is what is
    // named, not who names it; with no "by" (read above), the verb further back governs, or none.
    if (NAMING.has(t.lemma) && /ed$/iu.test(t.text) && beBefore(tokens, j)) continue;
    // "X referred to the mayor as "..."" names him in X's words; "X was referring to the "...", "whom X referred
    // to in a speech" leave the words to the verb further back, or to no one.
    if (t.lemma === 'refer' && !refersAs(tokens, j, q)) continue;
    // "According to her diaries, the first lady had called him "..."": the source the sentence opens on tells
    // what was said; a naming verb inside its clause is part of that telling.
    if (NAMING.has(t.lemma) && tokens[firstWord(tokens)]?.lemma === 'accord' && tokens[firstWord(tokens) + 1]?.lemma === 'to' && !namerSubject(tokens, j)) {
      const source = nounPhraseAfter(tokens, firstWord(tokens) + 2);
      return source ? finish(text, tokens, source, 'according', 'according') : null;
    }
    // "Voters were told the count would be "...."", "Readers are reminded that ...": the subject of a passive
    // verb of telling is the one told, not the teller.
    if (TOLD.has(t.lemma) && /(?:ed|told)$/iu.test(t.text) && beBefore(tokens, j)) continue;
    // "Jane Roe said it herself when a reporter asked whether ...: "..."": a question put in a clause of time after
    // the main clause, up to the colon, is what the quote answers; the main clause's named subject speaks.
    // (Only a question told, not given: in "..., when a reporter asked: "..."" the words are the question.)
    if (tokens[q - 1]?.text === ':' && /^(?:asked|questioned|pressed)$/iu.test(t.text) && /^(?:whether|if|about|why|how|what|when|where|who|for|on)$/iu.test(tokens[j + 1]?.text ?? '')) {
      const o = tokens.slice(0, j).findLastIndex((x) => /^(?:when|as|after|once)$/iu.test(x.text));
      const main = o > 1 && !tokens.slice(o, q - 1).some((x) => x.quote >= 0 || /^[,;:.!?]$/u.test(x.text)) ? tokens.slice(0, o).findIndex((x) => x.pos === 'VERB') : -1;
      const np = main > 0 ? subjectOf(tokens, main) : null;
      const named = np !== null && tokens.slice(np.start, np.end).every((x) => x.pos === 'PROPN' || x.text === '.');
      const described = np !== null && np.end - np.start >= 2 && np.end - np.start <= 3 && tokens[np.start]!.lemma === 'the' && tokens.slice(np.start + 1, np.end).every((x) => x.pos === 'NOUN' || x.pos === 'ADJ') && tokens[np.end - 1]!.pos === 'NOUN';
      if (np && np.start === firstWord(tokens) && (named || described)) return finish(text, tokens, np, 'before', 'say');
    }
    // "The engineer, asked about that view, shrugged: ...": a participle of being asked, set off after the subject,
    // says what the answer answers; the main verb before the colon governs the quote.
    if (/^(?:asked|pressed|questioned)$/iu.test(t.text) && tokens[j - 1]?.text === ',' && /^(?:ADP|SCONJ)$/u.test(tokens[j + 1]?.pos ?? '') && tokens[q - 1]?.text === ':' && tokens.slice(j + 1, q - 1).some((x, i) => x.text === ',' && tokens[j + 2 + i]?.pos === 'VERB' && j + 3 + i === q - 1)) continue;
    // "X said the leader would ask for "...."": a speech act foretold under a modal in a clause an earlier
    // reporting verb governs has not taken place; the quoted words are what the earlier verb reports.
    // (Not when the earlier verb is foretold too: "X will label you a cynic and Y will accuse you of a "...".")
    if (foretold(tokens, j) && tokens.slice(0, j).some((x, i) => x.quote < 0 && i < j - 1 && x.pos === 'VERB' && isCue(x, tokens[i - 1]) && !foretold(tokens, i))) continue;
    // A reporting verb in a clause of time or cause that a comma closes before the quote governs nothing
    // after it: "After X criticized Y during a debate, Jane Doe shot back, "..."" is Jane Doe's; "Jane Doe
    // said that when X railed against ..., "..."" goes on with the verb before the clause.
    // (A participle after "before", "after" or "while" says what the main clause's subject said: "..., before
    // saying, "..."".)
    const opener = /ing$/iu.test(t.text) ? -1 : subordinateOpener(tokens, j);
    const closed = opener >= 0 ? tokens.findIndex((x, i) => i > j + 1 && i < q && x.text === ',') : -1;
    if (closed > 0) {
      const main = replyBefore(tokens, closed + 1, q);
      if (main) return finish(text, tokens, main, 'before', 'say');
      // (A comma inside the clause, "in Salem, New Hampshire, that ...", closes nothing.)
      if (closed === q - 1) {
        j = opener;
        continue;
      }
    }
    // "KCNA quoted Kim as saying ...", "the agency cited Peskov as saying ...": the one quoted speaks, not the
    // one who quotes.
    if (j >= 3 && /ing$/iu.test(t.text) && tokens[j - 1]!.lemma === 'as') {
      const quoted = nounPhraseBefore(tokens, j - 2);
      const by = quoted ? tokens[quoted.start - 1] : undefined;
      // Only a name: "a first post quoted the president as saying" left the president to a wrong reading on
      // PolNeAR's train split (a "president of" another body named before).
      const named = quoted !== null && tokens.slice(quoted.start, quoted.end).every((x) => x.pos === 'PROPN' || x.text === '.');
      if (quoted && named && by && /^(?:quote|cite)$/u.test(by.lemma) && by.pos === 'VERB' && tokens[quoted.start - 2]?.pos !== 'AUX') return finish(text, tokens, quoted, 'before', t.lemma);
    }
    let verb = j;
    // "was quoted as saying": the subject is the passive verb's.
    if (j >= 2 && tokens[j - 1]!.lemma === 'as' && (tokens[j - 2]!.lemma === 'quote' || tokens[j - 2]!.lemma === 'cite')) verb = j - 2;
    let np: Phrase | null = null;
    // So does a passive participle opening it before a preposition or "whether": "Asked by reporters whether
    // ..., Jane Doe gave a short answer: ...".
    const openingPassive = /ed$/iu.test(t.text) && verb === firstWord(tokens) && /^(?:ADP|SCONJ)$/u.test(tokens[verb + 1]?.pos ?? '');
    // ("The hosts played a clip of NAME telling reporters ...": the one the recording is of speaks;
    // `recording-of-speaker.ts`.)
    const recorded = /ing$/iu.test(t.text) && verb === j ? recordedSpeaker(tokens, j) : null;
    if (recorded) return finish(text, tokens, recorded, 'before', 'say');
    if ((/ing$/iu.test(t.text) || openingPassive) && verb === firstWord(tokens)) {
      // A participle opening the sentence speaks for the main clause's subject: "Commenting on the deal, Jane
      // Doe fired back: ...".
      np = clauseSubject(tokens, q);
    } else if (/ing$/iu.test(t.text) && verb === j && tokens[j - 1]?.pos !== 'AUX') {
      // A participle speaks for the subject of its clause ("..., saying"), or for the noun of "with X calling".
      // A participle right after a name it hangs on speaks for that name: "with X calling", "footage of X saying".
      // A participle right after the verb it completes ("kept asking", "began saying") has that verb's subject.
      const catenative = tokens[j - 1]?.pos === 'VERB' && !/ing$/iu.test(tokens[j - 1]!.text) ? subjectOf(tokens, j - 1) : null;
      const own = catenative ?? subjectOf(tokens, j);
      const lead = own ? tokens[own.start - 1] : undefined;
      // So does a name right before it that no verb governs: "– Ryan saying he was ... and Trump calling it ...".
      const named = own !== null && own.end === j && tokens.slice(own.start, own.end).every((x) => x.pos === 'PROPN' || x.text === '.');
      if (catenative) np = catenative;
      // "Putin said, with the air of a man stating the obvious: ...": after "with", a noun of manner ("air",
      // "look", "tone") and the one it likens the subject to, the participle is that likeness's, no speaker; the
      // verb further back governs.
      else if (own && lead?.lemma === 'with' && likenessBefore(tokens, own.start, own.end)) continue;
      // And a name a verb takes as object: "Vos recalled Kask telling her: ...", "she heard Kask saying ...".
      else if (own && (lead?.lemma === 'with' || (named && (lead?.lemma === 'of' || lead?.pos === 'VERB' || /^(?:[—–―-]|and)$/iu.test(lead?.text ?? ''))))) np = own;
      // So past words set off after the name: "I saw Lind, asked about the budget, saying, ...", "The first thing
      // I saw was Lind, asked ..., saying ...": the one seen or heard, with their own aside, is the one saying it.
      else if (own && perceivedSetOff(tokens, own, j)) np = own;
      else {
        // ("The board was chaired by Lena Vos, who opened by asking whether ...": a participle inside a "who"
        // clause hangs on its antecedent, whom the relative reading credits, never on the main clause's subject.)
        np = governingSubject(tokens, j) ?? (insideWhoClause(tokens, j) ? null : clauseSubject(tokens, j) ?? mainSubject(tokens, j));
        // "Pye told police that Cole had come to his door, saying: "..."": a participle set off after a reported
        // clause whose subject is someone named, doing something, may hang on that one as well as on the one
        // reporting; neither is told.
        if (np && reportedDoer(text, tokens, np.end, j)) return null;
      }
    } else {
      // An infinitive or a second verb of the clause speaks for the clause's subject: "X took to Twitter to
      // accuse them of being ...", "X outlined his plan and vowed to punish ...".
      let b = verb - 1;
      // Past adverbs and an auxiliary: "X has made ... and has boasted of ...".
      // (A perfect infinitive's "have", which the model may tag a verb: "to have told".)
      while (b >= 0 && (tokens[b]!.pos === 'ADV' || (tokens[b]!.pos === 'AUX' && /^(?:has|have|had|will|would)$/iu.test(tokens[b]!.text)) || (/^have$/iu.test(tokens[b]!.text) && tokens[b - 1]?.lemma === 'to'))) b--;
      // And a short phrase of where or when between "and" and the verb: "X supports Y and in a short note praised him for".
      b = adjunctAfterJoin(tokens, b);
      const lead = tokens[b];
      const shared = lead && ((lead.pos === 'PART' && lead.lemma === 'to') || (lead.pos === 'CCONJ' && /^(?:and|but)$/iu.test(lead.text)));
      // "When my mother mentioned it, I laughed and said, "..."": the verb joined before has the writer as its
      // subject; the words are the writer's, not those of someone in a clause before.
      if (shared && lead.pos === 'CCONJ' && firstPersonJoined(tokens, b)) return null;
      // "Jane Roe is reported to have told ...", "was said to have warned": a passive verb of report raises the
      // speaker to its own subject; the words are still hers, only known at second hand.
      const raised = shared && lead.pos === 'PART' && RAISING.test(tokens[b - 1]?.text ?? '') && beBefore(tokens, b - 1) ? subjectOf(tokens, b - 1) : null;
      // "X accused the minister, prompting the Speaker to warn him: ...", "which led the judge to remark":
      // a verb that brings someone to speak makes its object the speaker, not the clause's subject; an object
      // pronoun there ("forcing her to reply") is left to no one rather than to the subject.
      const caused = shared && lead.pos === 'PART' ? causedSpeaker(tokens, b) : undefined;
      if (caused === null) return null;
      // "He stopped, then added: ...": a second verb joined by a comma and "then" has no subject of its own; the
      // clause's does (none when a subordinate clause stands between, `clauseSubject`).
      // (Only a plain first clause, no comma in it: "When Lund left, Brandt stopped, then added" is left as it was.)
      const thenJoined = !shared && lead?.text === ',' && b + 2 === verb && tokens[b + 1]!.text.toLowerCase() === 'then' ? plainClauseSubject(tokens, b) : null;
      np = caused ?? raised ?? (shared ? (lead.pos === 'CCONJ' ? governingSubject(tokens, b) : null) ?? mainSubject(tokens, b) : thenJoined ?? subjectOf(tokens, verb));
    }
    // A reporting verb in a relative clause ("..., saying anybody who complains about it ...") speaks for no
    // one named here: the verb that governs the quote is further back.
    if (!np && /^(?:who|that|which)$/iu.test(tokens[verb - 1]?.text ?? '')) continue;
    // `"...," said Jane Doe, "and ..."`: the credit of the quote before, inverted, speaks for this one too.
    if (!np && !/ing$/iu.test(t.text)) {
      let b = verb - 1;
      if (tokens[b]?.text === ',') b--;
      const after = tokens[b]?.quote !== undefined && tokens[b]!.quote >= 0 ? nounPhraseAfter(tokens, verb + 1) : null;
      if (after && after.end < q && tokens[after.end - 1]!.pos !== 'PRON') return finish(text, tokens, { start: after.start, end: after.end }, 'before', t.lemma);
    }
    // "Said Jane Doe: ..." at the head of the sentence: the subject follows its verb.
    // So after a comma or a conjunction: "But, said Jane Doe, ...", "Because of ..., explained Jane Doe, ...".
    // A relative clause or role between commas may follow the name: "Said Jane Doe, who grew up there, ...".
    // (Never after a verb of telling: in "A senior official, who ..., told The Valley Herald: \"...\"" the name after
    // "told" is the one told; `hearer-after-telling.ts`.)
    const inverted = hearerFollows(t.lemma) ? false : verb === firstWord(tokens) ? /^[\p{Lu}]/u.test(t.text) : /^(?:,|but|and)$/iu.test(tokens[verb - 1]?.text ?? '') && /^[\p{Ll}]/u.test(t.text);
    if (!np && inverted) {
      const after = nounPhraseAfter(tokens, verb + 1);
      const close = q - (/^[:,]$/u.test(tokens[q - 1]!.text) ? 1 : 0);
      const setOff = after !== null && after.end < close && tokens[after.end]!.text === ',' && tokens[close]?.text === ',' && tokens.slice(after.end + 1, close).every((x) => x.quote < 0 && !/^[,.;:!?\n]$/u.test(x.text)) && /^(?:who|DET)$/u.test(tokens[after.end + 1]!.text.toLowerCase() === 'who' ? 'who' : tokens[after.end + 1]!.pos);
      // Inside the sentence the name is set off before the quote too: "..., said Jane Doe, "..."" (in "..., said
      // Obama "understood ..."" or "..., labeled Mr. Roe "unfit"" the name is the verb's object or the subject
      // of what was said, and the subject stands further back).
      const punctuated = verb === firstWord(tokens) || close < q;
      if (after && (after.end === close || setOff) && punctuated && !NAMING.has(t.lemma) && tokens[after.end - 1]!.pos === 'PROPN') return finish(text, tokens, { start: after.start, end: after.end }, 'before', t.lemma);
      // "The talks, said Jane Doe, were "...".", "Lund, said the commentator, was "..."": a credit set off by
      // commas inside the writer's clause, whose words the quote ends; the one set off is the source, named or
      // described.
      // (What says where the source is may follow before the comma: "the commentator on state television".)
      let shut = after?.end ?? 0;
      while (after && shut < q && shut < after.end + 8 && /^(?:ADP|DET|ADJ|NOUN|PROPN|NUM)$/u.test(tokens[shut]!.pos) && tokens[shut]!.quote < 0) shut++;
      // (A comma right before a quote that goes on with the clause in lowercase closes nothing: "The sale, says
      // Roe, was a sign that the town has other buyers, "and that some ask fewer questions."")
      const goesOn = tokens[q - 1]?.text === ',' && /^[\p{Ll}]/u.test(text.slice(span.start, span.close));
      const aside = after !== null && tokens[verb - 1]?.text === ',' && tokens[shut]?.text === ',' && shut + 1 < q && tokens.slice(shut + 1, goesOn ? q - 1 : q).every((x) => x.quote < 0 && !/^[,.;:!?\n]$/u.test(x.text));
      if (aside && !NAMING.has(t.lemma) && tokens[after.end - 1]!.pos === 'PROPN') return finish(text, tokens, { start: after.start, end: after.end }, 'before', t.lemma);
      if (aside && !NAMING.has(t.lemma) && tokens[after.start]!.pos === 'DET' && tokens[after.end - 1]!.pos === 'NOUN') return finish(text, tokens, { start: after.start, end: shut }, 'before', t.lemma);
    }
    // A reporting verb's form used as a noun ("robo-calls", "the calls") reports nothing.
    if (!np && (/^(?:DET|ADJ|NUM)$/u.test(tokens[verb - 1]?.pos ?? '') || (tokens[verb - 1]?.text === '-' && tokens[verb - 1]!.end === t.start))) continue;
    if (!np) return null;
    // The subject of a clause that an outer reporting verb governs: "Bolton said he would advise ... on the
    // "..."", "Fiorina declared ... that any new deal would demand "..."". A pronoun there is the outer
    // subject, and a phrase that can speak for no one leaves the words to the one reporting them.
    const head = tokens[np.end - 1]!;
    // (So is "he" or "she" joined to others: "Jane Roe said she and her peers called themselves "..."".)
    const joined = tokens[np.start - 1]?.lemma === 'and' && /^(?:he|she)$/iu.test(tokens[np.start - 2]?.text ?? '');
    // ("Roe said the coach had told them at half-time: "..."": words told straight to a hearer are the teller's,
    // a described teller's too, never the reporter's; a description that cannot be read leaves them to no one.)
    // (So for a teller named by a bare noun inside another's report: "Moe said air traffic control told him:
    // "..."", "Roe said management had warned them: "..."": the "him" is the reporter, who is told, not telling.)
    const bareTeller = /^(?:NOUN|ADJ)$/u.test(tokens[np.start]!.pos) && /^[\p{Ll}]/u.test(tokens[np.start]!.text) && outerReporter(tokens, np.start) !== null;
    const toldByThe = (tokens[np.start]!.lemma === 'the' || bareTeller) && head.pos === 'NOUN' && toldStraight(tokens, j, q);
    if (toldByThe && !parseSubjectPhrase(text.slice(tokens[np.start]!.start, head.end))) return null;
    const unread = head.pos === 'NOUN' && !parseSubjectPhrase(text.slice(tokens[np.start]!.start, head.end));
    // ("Roe said her brother had described the flat as "..."": a person the words describe, not the reporter, said
    // them; no one told, when the description cannot be read as a speaker.)
    // (Only inside another's report: "Its chair said the island had "..."" opens the sentence and is the chair's.)
    if (!toldByThe && unread && describedPersonSaid(tokens, np, j) && outerReporter(tokens, np.start)) return null;
    const pronoun = np.end - np.start === 1 && /^(?:he|she)$/iu.test(head.text);
    if (!toldByThe && (joined || pronoun || unread)) {
      const outer = outerReporter(tokens, np.start);
      // ("Her husband, Milos, said she had told him: "..."": the reporter's own relative or role tells the other sex.)
      const other = outer && pronoun && !joined ? appositiveSex(tokens, outer) : null;
      if (other && other !== (/^he$/iu.test(head.text) ? 'm' : 'f')) return finish(text, tokens, np, 'before', t.lemma);
      if (outer) return finish(text, tokens, outer, 'before', t.lemma);
    }
    // A name as the subject of a reporting verb inside what another named person reports ("Jane Roe said
    // John Roe called on members to be "..."", "Jane Roe said John Roe was right to urge leaders "...""):
    // the words may be either's, so neither is told. (PolNeAR train: 3 wrong left unattributed, and one right
    // by the gold's outer reading; crediting the outer reporter instead gave another wrong.)
    // So too inside what anything reports: in "A post ... says Jane Roe told John Roe that ... "..."" the words
    // are the post's claim of what she said, not hers told.
    // But a name given straight to its object is the inner subject's own word: in "Jane Roe said John Roe
    // called the plan "...", "Roe said Kask had branded it "..."" the label is John Roe's and Kask's.
    const named = tokens.slice(np.start, np.end).every((x) => x.pos === 'PROPN' || x.text === '.');
    // ("Police said Jo Kell had shouted "Get out!" at them": a full cry right after a verb of raising the voice is
    // the crier's own words, as told ones are.)
    if (named && (namesStraight(tokens, j, q) || toldStraight(tokens, j, q) || criedStraight(tokens, j, q, text.slice(span.start, span.end)))) return finish(text, tokens, np, 'before', t.lemma);
    // ("The ministry said that Minister Ana Roe had spoken with her counterpart and that the two had agreed to
    // "...": the quote stands in a later "that" clause with no verb of saying, hung on the outer verb as the first
    // clause is; the outer reporter speaks.)
    const laterThat = !/ing$/iu.test(t.text) && laterThatClauseAt(tokens, j, q);
    const outerOfLater = laterThat ? outerReporter(tokens, np.start, true) : null;
    if (outerOfLater) return finish(text, tokens, outerOfLater, 'before', t.lemma);
    if (!/ing$/iu.test(t.text) && named && !joinedClauseSpeaks(tokens, np.start, j, q) && outerReporter(tokens, np.start, true)) return null;
    // So is a description with "the" inside what a named person reports: in "Jane Roe said the front-runner had
    // referred to him as "..."" the words may be hers, telling what he meant, or his.
    // But not a name given straight to its object ("Roe said the mayor had dubbed him "..."): the mayor's word.
    if (tokens[np.start]!.lemma === 'the' && head.pos === 'NOUN' && (namesStraight(tokens, j, q) || toldStraight(tokens, j, q) || criedStraight(tokens, j, q, text.slice(span.start, span.end)))) return finish(text, tokens, np, 'before', t.lemma);
    // (A colon before the quote gives the inner subject's words whole: "told the jury that the son had answered
    // within the hour: "..."" are the son's, the hearer or no hearer.)
    const opens = tokens[np.start - 1]?.lemma === 'that' ? (tokens[q - 1]?.text === ':' ? np.start - 2 : toldHearerBefore(tokens, np.start - 2)) : np.start - 1;
    if (!/ing$/iu.test(t.text) && tokens[np.start]!.lemma === 'the' && head.pos === 'NOUN' && tokens[opens]?.pos === 'VERB' && outerReporter(tokens, np.start)) return null;
    return finish(text, tokens, np, 'before', t.lemma);
  }

  // A heading "Peskov: 'no hurry' on agreements": a person's name alone opening the line credits even a
  // fragment after its colon (a full sentence is read below).
  if (q >= 2 && tokens[q - 1]!.text === ':' && /^[\p{Ll}]/u.test(text.slice(span.start, span.start + 1))) {
    const alone = nounPhraseBefore(tokens, q - 2);
    // (Or after a label of its own that a colon closes, a live page's time: "09:40 BST: Peskov: 'no hurry'".)
    const person = alone && (alone.start === tokens.findIndex((x) => x.pos !== 'PUNCT') || tokens[alone.start - 1]?.text === ':') && tokens.slice(alone.start, alone.end).every((t) => t.pos === 'PROPN' || t.text === '.' || t.text === '-') ? parseSpeakerPhrase(text.slice(tokens[alone.start]!.start, tokens[alone.end - 1]!.end)) : null;
    // The cue "heading" tells the caller to keep it only for a name the document gives in its prose.
    if (alone && person?.type === 'name' && person.kind === 'person') return finish(text, tokens, alone, 'before', 'heading');
  }

  // A digest's line that names the speaker, then a dash, then the words: "- Councillor Jane Roe — "...".". The
  // name (perhaps after a role) opens the line and is all there is before the dash. (Not words written as a
  // title: 'Mira Tolk — "The Last Orchard" (Faber)', 'Nina Sol — "Come Home Tonight"' list a work and its maker.)
  if (q >= 2 && /^[—–―]$/u.test(tokens[q - 1]!.text) && /^[\p{Lu}]/u.test(text.slice(span.start, span.start + 1)) && !titleCased(text.slice(span.start, span.end))) {
    const first = tokens.findIndex((x) => x.pos !== 'PUNCT');
    const alone = nounPhraseBefore(tokens, q - 2);
    if (alone && alone.start === first && alone.end === q - 1 && tokens[alone.end - 1]!.pos === 'PROPN' && (first === 0 || /^[-•*]$/u.test(tokens[first - 1]!.text))) {
      const read = finish(text, tokens, alone, 'before', 'say');
      if (read && parseSubjectPhrase(read.phrase)?.type === 'name') return read;
    }
  }

  // A full sentence in quotation marks after a colon, with no reporting verb before it: the subject of the
  // clause before the colon speaks ("Sanders delivered a snappy retort: ..."), or the name alone before the
  // colon, as transcripts write it ("Hillary Rodham Clinton: ...").
  // (Not a title set as a headline: '- Jane Roe, a poet: "Winter Song" (2019)' lists her work, not her words.)
  if (q >= 2 && /^\)?:$/u.test(tokens[q - 1]!.text) && /^[\p{Lu}\p{N}]/u.test(text.slice(span.start, span.start + 1)) && !headlineTitle(text.slice(span.start, span.close))) {
    let first = tokens.findIndex((x) => x.pos !== 'PUNCT');
    // "And Mr. Christie gloated: ...": a conjunction opening the sentence is no part of its subject.
    while (first >= 0 && first < q && tokens[first]!.pos === 'CCONJ') first++;
    // A party tag between the name and the colon ("Rep. John Roe (R-N.M.): ...").
    let end = tokens[q - 1]!.text === '):' ? q - 1 : q - 2;
    if (tokens[end]?.text === ')' || tokens[end]?.text === '):') {
      while (end > 0 && tokens[end]!.text !== '(') end--;
      end--;
    }
    // An age set off before the colon, as a vox pop labels its speakers ("Maria Roe, 34: ...").
    if (/^\d{1,3}$/u.test(tokens[end]?.text ?? '') && tokens[end - 1]?.text === ',' && tokens[end - 2]?.pos === 'PROPN') end -= 2;
    const alone = nounPhraseBefore(tokens, end);
    // The name alone opens the sentence, or follows a dash closing a heading ("... TOO EARLY - Jane Doe: ...").
    // Or a live page's time label: "09:40 BST: Jane Doe: ...".
    const opensLine = alone !== null && (alone.start === first || /^[-—–―:]$/u.test(tokens[alone.start - 1]?.text ?? ''));
    // One word in capitals that is a common word is a section label, not a name ("CLAIM: ...", "VERDICT: ...").
    const commonOne = alone !== null && alone.end - alone.start === 1 && !nameWord(tokens[alone.start]!.text);
    // (So are several words in capitals none of which can be a name: "EDITOR'S NOTE: ...".)
    const capsWords = alone ? tokens.slice(alone.start, alone.end).map((t) => t.text.replace(/['’]S$/u, '')).filter((w) => /[\p{L}]/u.test(w)) : [];
    const capsPhrase = capsWords.length >= 2 && capsWords.every((w) => /^[\p{Lu}]{2,}$/u.test(w) && !nameWord(w));
    const capsLabel = (commonOne && /^[\p{Lu}]{2,}$/u.test(tokens[alone!.start]!.text)) || capsPhrase;
    // So, in ordinary capitals, unless the document names someone so ("Reaction: ...", "Background: ..."; a
    // surname that is a common word, "Baker: ...", speaks when the prose names Baker): the cue "heading" has
    // the caller keep it only then.
    if (alone && opensLine && !capsLabel && tokens[alone.end - 1]!.pos === 'PROPN') return finish(text, tokens, alone, 'before', commonOne ? 'heading' : 'say');
    // A digest's line: the name, then what the words were about, then the colon ("Putin, on satellites: ...",
    // "- Jane Doe on the vote: ..."): a short phrase after a preposition, with no verb and no quote in it.
    const lineHead = first >= 0 && (first === 0 || /^[-—–―•*]$/u.test(tokens[first - 1]?.text ?? '')) ? nounPhraseAfter(tokens, first) : null;
    // Every word of it a name's ("Sanctions on Russia: ..." is a heading).
    if (lineHead && lineHead.start === first && tokens.slice(lineHead.start, lineHead.end).every((x) => x.pos === 'PROPN' && nameWord(x.text))) {
      const at = tokens[lineHead.end]?.text === ',' ? lineHead.end + 1 : lineHead.end;
      const topic = tokens.slice(at, q - 1);
      if (/^(?:on|about|over|to)$/iu.test(tokens[at]?.text ?? '') && topic.length >= 2 && topic.length <= 8 && topic.every((x) => x.quote < 0 && x.pos !== 'VERB' && x.pos !== 'AUX' && !/^[.;!?\n]$/u.test(x.text))) {
        const read = finish(text, tokens, { start: lineHead.start, end: lineHead.end }, 'before', 'say');
        if (read && parseSubjectPhrase(read.phrase)?.type === 'name') return read;
      }
      // Or the name, then who the person is, then the colon ("- Jane Doe, a researcher at the Hanbit
      // Institute in Seoul: ..."): a role with no verb (a modifier in -ing may stand in it: "a shipping
      // analyst"), as factboxes of reactions credit their quotes.
      const role = tokens.slice(at, q - 1);
      if (at > lineHead.end && tokens[q - 1]?.text === ':' && role.length >= 1 && role.length <= 14 && /^(?:DET|NOUN|ADJ|PROPN)$/u.test(role[0]!.pos) && role.every((x) => x.quote < 0 && (x.pos !== 'VERB' || /ing$/iu.test(x.text)) && x.pos !== 'AUX' && x.pos !== 'PRON' && !/^[.;:!?\n]$/u.test(x.text))) {
        const read = finish(text, tokens, { start: lineHead.start, end: lineHead.end }, 'before', 'say');
        if (read && parseSubjectPhrase(read.phrase)?.type === 'name') return read;
      }
    }
    // A title with "of" and a name, alone before the colon: "Former secretary of state Jane Roe: ...".
    const titled = tokens.slice(first, end + 1);
    if (alone && !opensLine && end - first < 10 && tokens[end]!.pos === 'PROPN' && titled.every((x) => /^(?:PROPN|NOUN|ADJ)$/u.test(x.pos) || x.text === 'of' || x.text === '.')) {
      const read = finish(text, tokens, { start: first, end: end + 1 }, 'before', 'say');
      if (read && parseSubjectPhrase(read.phrase)?.type === 'name') return read;
    }
    for (let j = q - 2; j > first; j--) {
      const t = tokens[j]!;
      if (t.quote >= 0 || /^[.;:!?\n]$/u.test(t.text)) break;
      // A copula and its predicate may make the clause: "the Board was conclusive in its findings: ...".
      // (Or one word closing the clause, whatever the model tagged it, after a name: "Jane Doe, an analyst, was
      // blunter: ...".)
      const copulaOf = t.pos === 'AUX' && /^(?:is|was|are|were)$/iu.test(t.text);
      const closing = copulaOf && tokens[j + 1]?.pos !== 'ADJ' && j + 2 === q - 1 && /^(?:NOUN|ADV)$/u.test(tokens[j + 1]?.pos ?? '');
      const copula = copulaOf && (tokens[j + 1]?.pos === 'ADJ' || closing);
      if ((t.pos !== 'VERB' && !copula) || /ing$/iu.test(t.text)) continue;
      // ("last" before a noun of time is no verb, however tagged: "As Jane Doe put it last year: ...".)
      if (/^(?:last|next)$/iu.test(t.text) && tokens[j + 1]?.pos === 'NOUN') continue;
      // ("Niamh read the message out on air: ...": the one reading out a message voices its writer's words; the
      // writer the sentence tells speaks, or no one: `read-out-document.ts`.)
      const writer = documentReadOut(tokens, j, q - 1);
      if (writer !== undefined) return writer ? finish(text, tokens, writer, 'before', 'say') : null;
      // A second verb of the clause after "and" or "then": "X gestured ..., then leaned in and boomed: ...".
      const second = /^(?:and|then)$/iu.test(tokens[j - 1]?.text ?? '') ? clauseSubject(tokens, j) : null;
      // ("A reporter wanted to know about the fleet: ...", "She wanted to ask:": a verb of asking or saying after
      // "to" and a verb of wanting has that verb's subject.)
      const wanted = j >= 3 && /^(?:know|ask|add|say)$/iu.test(t.text) && tokens[j - 1]!.text.toLowerCase() === 'to' && tokens[j - 2]!.pos === 'VERB' && /^(?:wanted|wants|asked|sought|needed|wished|hoped|tried)$/iu.test(tokens[j - 2]!.text) ? subjectOf(tokens, j - 2) : null;
      const np = wanted ?? subjectOf(tokens, j) ?? second;
      if (closing && (!np || tokens[np.end - 1]!.pos !== 'PROPN')) break;
      // After a fronted phrase and its comma ("Asked about the deal, Jane Doe fired back: ...") too.
      const lead = tokens[first]!;
      // (Any noun phrase before "put it", a verb of speech itself: "In private, one official put it to me: ...".)
      const putIt = t.lemma === 'put' && tokens[j + 1]?.lemma === 'it';
      // (Or "he" or "she" alone after a fronted participle: "Speaking by phone, she went further: ...". The
      // participle's understood subject is the main clause's, so the pronoun is the one speaking, and is read back
      // by the ordinary pronoun rules; after other fronted phrases a pronoun is left to the rules that read them.)
      const participlePronoun = np !== null && np.end - np.start === 1 && /^(?:he|she)$/iu.test(tokens[np.start]!.text) && lead.pos === 'VERB' && /ing$/iu.test(lead.text);
      // (Or a written thing's words read out after a place or topic put first: "On the harbour thread, the top
      // comment reads: ..."; the thing "reads" its own words, so its description is credited as when it opens the
      // sentence, and no one named before.)
      const readsOwn = t.lemma === 'read' && /^(?:reads|read)$/iu.test(t.text) && j === np?.end && lead.pos === 'ADP' && tokens[np.start]!.pos === 'DET';
      const fronted = np !== null && tokens[np.start - 1]?.text === ',' && (lead.pos === 'ADP' || lead.pos === 'SCONJ' || lead.pos === 'ADV' || (lead.pos === 'VERB' && /(?:ing|ed)$/iu.test(lead.text))) && (tokens[np.end - 1]!.pos === 'PROPN' || putIt || participlePronoun || readsOwn);
      // Or a clause of its own after a quote, "and", "but" or a dash: `"...it." Jane Doe echoed: ...`,
      // "..., and Breitbart News responded: ...".
      const before = np !== null ? tokens[np.start - 1] : undefined;
      const joined = before !== undefined && (before.quote >= 0 || /^(?:and|but|[—–―;])$/iu.test(before.text)) && tokens[np!.end - 1]!.pos === 'PROPN';
      // "As Jane Doe, a former secretary, put it: ...".
      if (np && t.lemma === 'put' && tokens[j + 1]?.lemma === 'it' && tokens[np.start - 1]?.lemma === 'as') return finish(text, tokens, np, 'before', 'say');
      if (np && (np.start === first || fronted || joined)) return finish(text, tokens, np, 'before', 'say');
      break;
    }
  }

  // A fragment quoted inside a clause whose subject is a name, with no reporting verb anywhere in the sentence:
  // the words are the subject's ("Jane Doe blamed the law on "knuckleheaded politicians."").
  // Only a name: with "he" or "she" there (resolved later to the last fitting name) as many were wrong as right
  // on PolNeAR's train split. Another name, a possessive or a quote between the verb and the fragment may own
  // the words ("Jane Doe mocked John Roe's "basket" remark"): then nobody.
  // ("according to" after the quote, set aside above, and the source it names are no reporting verb of this
  // clause: "..., according to state television", whose "state" the model may read as a verb.)
  const source = tokens.findIndex((t, i) => i > q && t.lemma === 'accord' && tokens[i + 1]?.lemma === 'to');
  // The sentence after, read along when the quote ends this one, is not this clause: its reporting verb credits
  // nothing here ("X blamed the law on "foolish lawmakers." Her remarks came after she was asked ...").
  const clauseEnd = /[.!?]/u.test(inner) ? q + 1 : tokens.length;
  // A reporting verb joined after the quote by "and" / "but" has the clause's own subject ("X summed up Y as
  // "..." and said he should quit"): it credits no one else.
  const sharedVerb = (i: number): boolean => i > q && tokens[i - 1]?.pos === 'CCONJ';
  if (q > 0 && tokens[q - 1]!.text !== ':' && !tokens.some((t, i) => i < clauseEnd && isCue(t, tokens[i - 1]) && !sharedVerb(i) && !(source > q && i >= source && ownSpeaker()))) {
    const np = clauseSubject(tokens, q);
    // A plural word alone is a group ("Republicans quickly learned ..."), unless it is a known surname.
    const group = np !== null && np.end - np.start === 1 && /s$/u.test(tokens[np.start]!.text) && !lexTags(tokens[np.start]!.text).some((t) => PERSON_TAGS.test(t));
    // Or a definite description of one person ("The North Korean leader raised a toast to "..."") that the
    // document resolves to whom it means.
    const words = np ? tokens.slice(np.start, np.end) : [];
    const head = words[words.length - 1]?.text.toLowerCase() ?? '';
    const described = words.length >= 2 && words.length <= 5 && /^the$/iu.test(words[0]!.text) && (PERSON_NOUNS.has(head) || TITLES.has(head));
    // (A place's possessive before a title and name is part of the name: "Norway's Chancellor Jane Roe".)
    const named = np !== null && !group && (words.every((t, i) => t.pos === 'PROPN' || t.text === '.' || (/^['’]s$/u.test(t.text) && i > 0 && i < words.length - 1)) || described || roleAndName(words));
    // (Other quotes between are the subject's fragments too: "X broke into a lament for the "..." who are
    // "..." by those who are "...".)
    // A name as the verb's object does not ("Jane Doe labeled John Roe "unfit""), unless a clause of its own, with
    // its own subject, stands between ("X proposed a debate - but the Roe campaign rejected it as "..."") or the
    // fragment names what the one blamed did ("Jane Doe blamed John Roe for the "..."": perhaps his words).
    const midway = np !== null ? tokens.slice(np.end + 1, q) : [];
    // A possessive inside the object that "as" then labels does not own the label ("X hailed the union's deal
    // with Y as a "..."") unless "of" makes the object a description of its own ("Y's description of it as").
    const asLabel = labelAfterAs(tokens, q);
    const ownsBetween = midway.some((t, i) => (/^['’]s$/u.test(t.text) && !(asLabel && !midway.slice(i).some((x) => x.lemma === 'of'))) || (t.pos === 'PROPN' && i === midway.length - 1)) || (midway.some((t) => t.pos === 'PROPN') && (blamedObject(tokens, np!.end, q) || clauseBetween(tokens, np!.end, q)));
    // (A lone word of a name whose clause goes on in a participle of result, the quote inside it, is kept only
    // when the document names someone so: "Brexit complicated the issue, making it a "..."" has an event as its
    // subject, no one who speaks; the cue "heading" tells the caller.)
    const result = np !== null && np.end - np.start === 1 && tokens.slice(np.end, q).some((t, i, all) => i > 0 && all[i - 1]!.text === ',' && t.pos === 'VERB' && /ing$/iu.test(t.text) && !isCue(t, all[i - 1]));
    if (np && named && !ownsBetween && !appositiveLabel(tokens, q)) return finish(text, tokens, np, 'before', result ? 'heading' : 'say');
  }

  // A sentence that ends in its attribution speaks for every quote in it: `A cashier who "steals" is held
  // accountable, Warren said.`
  let last = tokens.length - 1;
  while (last > q && (tokens[last]!.pos === 'PUNCT' || /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|later|earlier|again)$/u.test(tokens[last]!.text))) last--;
  if (last > q + 1 && isCue(tokens[last]!) && !/ing$/iu.test(tokens[last]!.text)) {
    const np = subjectOf(tokens, last);
    if (np && np.start > q + 1 && tokens[np.start - 1]!.text === ',') return finish(text, tokens, np, 'after', tokens[last]!.lemma);
  }
  // The same with words of time, place or audience after the verb, and perhaps a participle after a comma:
  // `"..." would be wise, Jane Doe said after the floods.`, `X's "extravagances" are galling, Jane Doe
  // said Tuesday in Lisbon, noting ...`. The credit is a name set off by a comma.
  // (A quote closing its sentence with a full stop inside its marks has no credit after it in this sentence.)
  for (let k = inner === '.' ? tokens.length : q + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    // Quotes joined to this one by "and" or a comma are read past: `"..." and "...," Jane Doe proclaimed`.
    if (t.quote >= 0 && /^(?:and|or|,)$/u.test(tokens[k - 1]!.text)) continue;
    if (t.quote >= 0 || t.text === LINE_BREAK || (/^[.!?]$/u.test(t.text) && tokens[k - 1]!.end < t.start)) break;
    if (!isCue(t, tokens[k - 1]) || /ing$/iu.test(t.text) || NAMING.has(t.lemma)) continue;
    // A passive is the clause's own verb, no credit ("Cooperation in "..." would not be disclosed, he told
    // reporters"): the credit may still come after it.
    if (/^(?:be|been|being|is|was|are|were)$/iu.test(tokens[k - 1]!.text) && tokens[k]!.pos === 'VERB' && /ed$/iu.test(t.text)) continue;
    const np = subjectOf(tokens, k);
    // Set off by a comma, perhaps inside the quote before it (`... and "stunt growth," Jane Doe proclaimed`).
    const setOff = np !== null && np.start > q + 1 && (tokens[np.start - 1]!.text === ',' || (tokens[np.start - 1]!.quote >= 0 && /,\s*["”'’]*$/u.test(text.slice(tokens[np.start - 1]!.start, tokens[np.start - 1]!.end))));
    // A name, or a pronoun that points back to one ("..., he told reporters on Tuesday").
    const personal = np !== null && np.end - np.start === 1 && /^(?:he|she)$/iu.test(tokens[np.start]!.text);
    // ('"..." that would answer the union, Jane Doe said on Monday.': a verb inside a relative clause that opens
    // right after the quote and runs on with it, no comma yet, is the clause's own, no credit; the credit set off
    // after it is read on.)
    if (relativeAfterQuote(tokens, q, k)) continue;
    if (!np || np.start <= q + 1 || !setOff || (tokens[np.end - 1]!.pos !== 'PROPN' && !personal)) break;
    const end = adjunctEnd(tokens, k + 1);
    const stop = tokens[end];
    // (Or another quote of the same speaker after the credit: "..., he told reporters, "...".")
    // (Or a clause of contrast or time set off after it, hung on the whole sentence: "..., Jane Doe said on
    // Monday, even as critics warned ...", "..., she said, while ...".)
    const adverbial = stop?.text === ',' && (/^(?:even|while|whereas|although|though|as)$/iu.test(tokens[end + 1]?.text ?? '') && (tokens[end + 1]!.text.toLowerCase() !== 'even' || /^(?:as|though|if|while|when)$/iu.test(tokens[end + 2]?.text ?? '')));
    const closes = !stop || /^[.!?;]$/u.test(stop.text) || (stop.text === ',' && ((tokens[end + 1]?.pos === 'VERB' && /ing$/iu.test(tokens[end + 1]!.text)) || (tokens[end + 1]?.quote ?? -1) >= 0)) || adverbial;
    if (closes) return finish(text, tokens, np, 'after', t.lemma);
    break;
  }
  return null;
}

/** Whether the token at `k` stands in a relative clause ("that", "which", "who") opening right after the quote at `q`, with no comma or stop between. */
function relativeAfterQuote(tokens: readonly Token[], q: number, k: number): boolean {
  if (!/^(?:that|which|who)$/iu.test(tokens[q + 1]?.text ?? '')) return false;
  for (let i = q + 2; i < k; i++) if (tokens[i]!.quote >= 0 || /^[,.;:!?—–―]$/u.test(tokens[i]!.text) || tokens[i]!.text === LINE_BREAK) return false;
  return true;
}

/**
 * Whether a subject is a full name after words of role ("Republican presidential candidate Jane Roe", "Radio
 * host Jane Roe"): no article, the name at least two words.
 */
/** Whether a name and a reporting verb open the quote's sentence before it ("Kim vows ..."). */
/**
 * Whether the token at `j` is a past participle reducing a relative clause after a document noun that a
 * preposition opens ("in a statement posted online", "in a letter quoted by the paper", "on a note published
 * later"): it says where the words appeared, reporting no one's speech.
 */
/**
 * Whether the verb at `j` stands in a relative clause opened by ", which" (or ", whom") with a subject of its own
 * ("which the Budget Office says ..."), closed by a comma before the quote at `q` and followed by more of the
 * main clause's verbs: the quote is the main clause's.
 */
function asideRelativeBefore(tokens: readonly Token[], j: number, q: number): boolean {
  let r = j - 1;
  while (r > 0 && tokens[r]!.text !== ',' && tokens[r]!.quote < 0 && !/^(?:which|whom|who)$/iu.test(tokens[r]!.text)) r--;
  if (r < 1 || !/^(?:which|whom|who)$/iu.test(tokens[r]!.text) || tokens[r - 1]!.text !== ',') return false;
  if (!tokens.slice(r + 1, j).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN')) return false;
  // ("Their aunt, who the twins say reads every letter, wrote ...": a "who" whose clause has a subject of its own
  // right after it, a name or a noun phrase, is the object of that clause's verb or of the verb after it; "who in a
  // letter said ..." is the antecedent speaking, and stays out.)
  if (/^who$/iu.test(tokens[r]!.text) && !/^(?:DET|PROPN|NOUN)$/u.test(tokens[r + 1]!.pos)) return false;
  let close = j + 1;
  while (close < q && tokens[close]!.text !== ',' && tokens[close]!.quote < 0) close++;
  return close < q - 1 && tokens[close]!.text === ',' && tokens.slice(close + 1, q).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
}

// Whether the verb at `j` is speaking or talking "with" or "to" someone named, set off by a comma and a "who" whose
// clause runs to the quote at `q` with a verb of its own and no comma.
function spokeWithWhoBefore(tokens: readonly Token[], j: number, q: number): boolean {
  if (!/^(?:speak|talk|chat|confer)$/u.test(tokens[j]!.lemma)) return false;
  // (The one spoken with may stand in apposition first: "with the Ostrian president, Tom Lee, who ...".)
  let k = j + 1;
  while (k < q - 2 && !(tokens[k]!.text === ',' && /^who$/iu.test(tokens[k + 1]!.text))) k++;
  if (k >= q - 2 || tokens[k - 1]!.pos !== 'PROPN') return false;
  const before = tokens.slice(j + 1, k);
  if (!/^(?:with|to)$/iu.test(tokens[j + 1]!.text) && !before.some((x, i) => /^(?:with|to)$/iu.test(x.text) && i <= 4)) return false;
  if (before.some((x) => x.quote >= 0 || x.pos === 'VERB' || x.text === LINE_BREAK)) return false;
  const clause = tokens.slice(k + 2, q);
  return clause.some((x) => x.pos === 'VERB') && !clause.some((x) => x.text === ',' || x.quote >= 0);
}

// Whether the verb at `j` takes as its object a noun phrase opening on an article or a possessive and running up
// to the quote at `q` ("maintaining a "...", "maintained its "..."").
function keptThing(tokens: readonly Token[], j: number, q: number): boolean {
  const first = tokens[j + 1];
  if (!first || j + 1 >= q || !(/^(?:a|an|the)$/iu.test(first.text) || /^(?:its|his|her|their|our)$/iu.test(first.text))) return false;
  return tokens.slice(j + 2, q).every((x) => /^(?:ADJ|ADV|NOUN)$/u.test(x.pos));
}

function documentParticiple(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!/ed$/iu.test(t.text) || j < 3) return false;
  const noun = tokens[j - 1]!;
  if (noun.pos !== 'NOUN' || !(DOCUMENT_NOUN.test(noun.text) || /^(?:posts?|messages?|e-?mails?|releases?|communiqu[eé]s?)$/iu.test(noun.text))) return false;
  // Back over the determiner and up to two modifiers to the preposition that opens the phrase.
  for (let k = j - 2; k >= Math.max(0, j - 5); k--) {
    const x = tokens[k]!;
    // (Not a phrase right after "and" or "but", before a second verb of the clause: "X backs Y and in a statement
    // credited him for ...".)
    if (x.pos === 'ADP') return !(tokens[k - 1]?.pos === 'CCONJ' && /^(?:and|but)$/iu.test(tokens[k - 1]!.text));
    if (!/^(?:DET|ADJ|PROPN|NOUN|NUM|PRON)$/u.test(x.pos)) return false;
  }
  return false;
}

/**
 * "according to a 2022 estimate by the Harbour Board", "according to a report by Jane Roe": a document's
 * author, named after "by", is the source, not the document. Only a name or a named body (its last
 * word capitalised): "an estimate by analysts" names no one.
 */
const DOCUMENT_NOUN = /^(?:estimates?|reports?|study|studies|surveys?|analys[ie]s|assessments?|calculations?|forecasts?|projections?|reviews?|audits?|tall(?:y|ies)|figures|statements?|filings?|documents?|memos?|letters?|notes?|briefings?|papers?|polls?)$/iu;
function documentAuthor(tokens: readonly Token[], np: Phrase | null): Phrase | null {
  if (!np || !DOCUMENT_NOUN.test(tokens[np.end - 1]?.text ?? '') || !/^by$/iu.test(tokens[np.end]?.text ?? '')) return np;
  // (A run of capitalised words, whatever the model tagged them: "the Far/ADV East Development Corporation".)
  let k = np.end + 1;
  const start = k;
  if (/^the$/iu.test(tokens[k]?.text ?? '')) k++;
  // ("a report by inspector Lena Moor": a lowercase role of a word or two before a person's full name.)
  let role = k;
  while (role < k + 2 && (tokens[role]?.quote ?? 0) < 0 && /^[\p{Ll}-]+$/u.test(tokens[role]!.text) && /^(?:NOUN|ADJ)$/u.test(tokens[role]!.pos)) role++;
  const named = role > k && tokens[role]?.pos === 'PROPN' && tokens[role + 1]?.pos === 'PROPN';
  if (named) k = role;
  const first = k;
  while (k < tokens.length && tokens[k]!.quote < 0 && (/^[\p{Lu}][\p{L}'’.&-]*$/u.test(tokens[k]!.text) || (k > first && !named && /^(?:of|for|and|on)$/u.test(tokens[k]!.text) && /^[\p{Lu}]/u.test(tokens[k + 1]?.text ?? '')))) k++;
  if (k === first || !/^[\p{Lu}]/u.test(tokens[k - 1]!.text) || tokens.slice(first, k).every((t) => t.pos === 'PRON')) return np;
  return { start, end: k };
}

function spokenBefore(tokens: readonly Token[], q: number): boolean {
  const f = firstWord(tokens);
  return f >= 0 && f < q - 1 && tokens[f]!.pos === 'PROPN' && tokens.slice(f + 1, q).some((t, i) => t.quote < 0 && isCue(t, tokens[f + i]));
}

function roleAndName(words: readonly Token[]): boolean {
  let k = words.length;
  while (k > 0 && (words[k - 1]!.pos === 'PROPN' || words[k - 1]!.text === '.')) k--;
  if (words.length - k < 2 || k === 0) return false;
  return words.slice(0, k).every((t) => t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.text === '-' || t.text === '.');
}

/** Whether the quote at `q` follows "as", perhaps with "a", "an", "the" or "being" between: a label for the object. */
function labelAfterAs(tokens: readonly Token[], q: number): boolean {
  let k = q - 1;
  if (k >= 0 && /^(?:a|an|the|being)$/iu.test(tokens[k]!.text)) k--;
  return k >= 0 && tokens[k]!.text.toLowerCase() === 'as';
}

/** Whether a name right after a verb, its object, is followed by "for" ("blamed John Roe for ..."), from `from` to `to`. */
function blamedObject(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    if (tokens[i]!.pos !== 'PROPN' || tokens[i - 1]!.pos !== 'VERB') continue;
    let k = i;
    while (k < to && (tokens[k]!.pos === 'PROPN' || tokens[k]!.text === '.')) k++;
    if (tokens[k]?.lemma === 'for') return true;
  }
  return false;
}

/** Whether a verb between `from` and `to` has a subject of its own after `from`: a second clause. */
function clauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j]!;
    if (t.pos !== 'VERB' || /ing$/iu.test(t.text) || tokens[j - 1]?.lemma === 'to') continue;
    const np = subjectOf(tokens, j);
    if (np && np.start >= from) return true;
    // A relative clause's verb, the clause still open at the quote: its subject is the noun the clause describes
    // ("..., a website that has run stories such as "..."", not "Jane Doe, who was elected in 2010, casts ...").
    let k = j - 1;
    while (k > from && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
    if (k > from && /^(?:that|which|who)$/iu.test(tokens[k]!.text) && tokens[k - 1]?.pos !== 'VERB' && !tokens.slice(k, to).some((x) => x.text === ',')) return true;
  }
  return false;
}

/**
 * Whether the quote at `q` opens an appositive to the noun before it, "a" or "an" after a comma ("arrived in
 * his train, a "rolling fortress" that ..."): a label the writer puts on a thing, not words of the clause's subject.
 */
function appositiveLabel(tokens: readonly Token[], q: number): boolean {
  return q >= 3 && /^(?:a|an)$/iu.test(tokens[q - 1]!.text) && tokens[q - 2]!.text === ',' && /^(?:NOUN|PROPN)$/u.test(tokens[q - 3]!.pos);
}

/** Whether the verb at `j` stands under a modal of what will or may be ("would ask", "will most likely say"). */
function foretold(tokens: readonly Token[], j: number): boolean {
  let k = j - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return k >= 0 && tokens[k]!.pos === 'AUX' && /^(?:would|will|could|might|may|shall|should|can|'d|’d|'ll|’ll)$/iu.test(tokens[k]!.text);
}

/** Whether a form of "be" stands right before the verb at `j`, past adverbs ("are often described"). */
// Verbs of telling whose object is the hearer: in the passive, the hearer is their subject.
const TOLD = new Set(['tell', 'remind', 'warn', 'assure', 'reassure', 'inform', 'advise', 'caution', 'notify', 'brief']);

// Verbs that characterise someone or something "as" what the quote says, in the subject's words; not passive
// ("was cast as"), where the subject is the one characterised.
const CHARACTERISING = new Set(['defend', 'portray', 'paint', 'cast', 'depict', 'frame', 'present', 'pitch', 'tout', 'bill', 'sum', 'characterize', 'characterise']);

/**
 * "X defended his manager as a "..."", "painted her rival as "..."", "summed up the plan as "..."": a verb of
 * characterising at `j`, its object (no verb, quote or clause break in it) and "as", perhaps with an article,
 * right before the quote `q`.
 */
function characterisedAs(tokens: readonly Token[], j: number, q: number): boolean {
  const t = tokens[j]!;
  if (t.quote >= 0 || t.pos !== 'VERB' || !CHARACTERISING.has(t.lemma) || /ing$/iu.test(t.text) || beBefore(tokens, j)) return false;
  const as = tokens[q - 1]?.pos === 'DET' ? q - 2 : q - 1;
  if (as <= j + 1 || tokens[as]!.lemma !== 'as') return false;
  const from = t.lemma === 'sum' && tokens[j + 1]?.lemma === 'up' ? j + 2 : j + 1;
  return as > from && as - from <= 6 && !tokens.slice(from, as).some((x) => x.quote >= 0 || x.pos === 'VERB' || x.pos === 'AUX' || /^(?:[,;:]|-+|[—–―])$/u.test(x.text));
}

/**
 * The "and" or "but" before a phrase of where or when that ends at `b`, right before a second verb of the clause
 * ("and in a statement credited", "but on Monday said"); `b` itself when no such phrase ends there.
 */
function adjunctAfterJoin(tokens: readonly Token[], b: number): number {
  let a = b;
  while (a > 0 && b - a < 4 && /^(?:NOUN|PROPN|DET|ADJ|NUM)$/u.test(tokens[a]!.pos) && tokens[a]!.quote < 0) a--;
  if (a === b || !/^(?:in|on|at|during)$/iu.test(tokens[a]!.text) || !/^(?:and|but)$/iu.test(tokens[a - 1]?.text ?? '') || tokens[a - 1]!.pos !== 'CCONJ') return b;
  return a - 1;
}

// Words opening a phrase of time or place that may close a sentence after its credit.
const CLOSING_ADJUNCT = /^(?:on|in|at|during|last|this|yesterday|today|tonight|earlier|later)$/iu;

/**
 * Whether the tokens from `from` are only a phrase of time or place closing the sentence, perhaps after a comma:
 * ", on Monday.", " in a statement.", ", last week." (nouns, names, numbers and their words; no verb, no quote).
 */
function closingAdjunct(tokens: readonly Token[], from: number): boolean {
  const k = tokens[from]?.text === ',' ? from + 1 : from;
  if (!CLOSING_ADJUNCT.test(tokens[k]?.text ?? '')) return false;
  let e = k + 1;
  while (e < tokens.length && e - k <= 5 && tokens[e]!.quote < 0 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/u.test(tokens[e]!.pos)) e++;
  const alone = /^(?:yesterday|today|tonight|earlier|later)$/iu.test(tokens[k]!.text);
  return (e > k + 1 || alone) && (e >= tokens.length || /^[.!?]$/u.test(tokens[e]!.text));
}

// Verbs of blaming or praising someone "for" what the quote calls it, in the subject's words; not verbs of saying
// by themselves ("the storm hit", "the gunman attacked"), so only with "for" and the quote right after it.
const JUDGING_FOR = new Set(['attack', 'rip', 'credit', 'fault', 'knock', 'scold', 'chastise', 'castigate', 'berate', 'applaud', 'commend', 'laud', 'excoriate', 'pillory', 'hammer', 'skewer', 'upbraid', 'rebuke', 'reprimand']);
// What may stand between "for" and the quote: being or acting so, a possessive or an article.
const FOR_LEAD = /^(?:being|acting|as|having|been|a|an|the|his|her|its|their|what)$/iu;

/**
 * "X attacked Y for being a "..."", "ripped the chief for acting as "..."", "credited him for "..."": a verb of
 * blaming or praising at `j`, its object (no verb, quote or clause break in it), "for" and at most three words of
 * being or acting, an article or a possessive right before the quote `q`: the words are the subject's verdict.
 * (Not passive, "was attacked for being "..."", where the subject is the one judged.)
 */
function judgedFor(tokens: readonly Token[], j: number, q: number): boolean {
  const t = tokens[j]!;
  if (t.quote >= 0 || t.pos !== 'VERB' || !JUDGING_FOR.has(t.lemma) || /ing$/iu.test(t.text) || beBefore(tokens, j)) return false;
  const f = tokens.slice(j + 1, q).findIndex((x) => x.lemma === 'for') + j + 1;
  if (f <= j + 1 || f - j - 1 > 6 || q - f - 1 > 3) return false;
  // ("faulted Vik for the "cheapest ferry" pledge": words set before a noun name the thing blamed, not a verdict.)
  if (tokens[q + 1]?.pos === 'NOUN') return false;
  return !tokens.slice(j + 1, f).some((x) => x.quote >= 0 || x.pos === 'VERB' || x.pos === 'AUX' || /^(?:[,;:]|-+|[—–―])$/u.test(x.text)) && tokens.slice(f + 1, q).every((x) => FOR_LEAD.test(x.text));
}

/** "referred to the mayor as "..."", "refers to him as the "..."": the quote names what "refer to" points at. */
function refersAs(tokens: readonly Token[], j: number, q: number): boolean {
  if (tokens[j + 1]?.lemma !== 'to') return false;
  const as = tokens[q - 1]?.pos === 'DET' ? q - 2 : q - 1;
  if (as <= j + 2 || tokens[as]!.lemma !== 'as') return false;
  return !tokens.slice(j + 2, as).some((x) => x.quote >= 0 || x.pos === 'VERB' || /^[;:]$/u.test(x.text));
}

// Passive verbs of report and belief that raise a speaker to their subject before "to (have) VERB".
const RAISING = /^(?:reported|said|understood|believed|thought|alleged|known|rumou?red|claimed|supposed)$/iu;

function beBefore(tokens: readonly Token[], j: number): boolean {
  let b = j - 1;
  while (b >= 0 && tokens[b]!.pos === 'ADV') b--;
  return /^(?:is|are|was|were|be|been|being)$/iu.test(tokens[b]?.text ?? '');
}

/**
 * Whether the words after the semicolon at `at`, up to the quote `q`, are a clause of their own: a finite verb
 * stands there, and they do not go on a list of that-clauses ("...; and that Russia would "...").
 */
function semicolonClause(tokens: readonly Token[], at: number, q: number): boolean {
  let k = at + 1;
  if (/^(?:and|or|but)$/iu.test(tokens[k]?.text ?? '')) k++;
  if (/^(?:that|whether)$/iu.test(tokens[k]?.text ?? '')) return false;
  return tokens.some((x, i) => i > at && i < q && (x.pos === 'VERB' || x.pos === 'AUX') && !/ing$/iu.test(x.text));
}

/**
 * Whether the named subject at `start` opens a clause joined by "and" or "but" after a common noun, its verb
 * at `j` putting the quote `q` straight after a comma or colon: "A voter asked for a photo and Jane Roe said,
 * "..."". A verb before "and" reports no clause that goes on past its own object, and a verb that opens a
 * quotation so is the speaker's own telling; the name is not inside what an earlier verb reports.
 */
function joinedClauseSpeaks(tokens: readonly Token[], start: number, j: number, q: number): boolean {
  const join = tokens[start - 1];
  if (!join || join.pos !== 'CCONJ' || !/^(?:and|but)$/iu.test(join.text)) return false;
  const before = tokens[start - 2];
  if (!before || before.quote >= 0 || before.pos !== 'NOUN') return false;
  return q === j + 2 && /^[,:]$/u.test(tokens[j + 1]!.text);
}

// Gerunds of speaking after "began" or "started".
// "began her speech:", "opened his remarks:", "continued their statement:": the subject's own possessive, a noun of
// a speech, and the colon right before the quote.
const OWN_SPEECH_NOUN = /^(?:speech|speeches|remarks|address|statement|testimony|sermon|lecture|toast|eulogy|answer|reply)$/iu;

/** Whether the going-on verb at `j` takes "his/her/their" and a noun of speech, then a colon right before the quote at `q`. */
function ownSpeechBeforeColon(tokens: readonly Token[], j: number, q: number): boolean {
  return q === j + 4 && /^(?:his|her|their)$/iu.test(tokens[j + 1]?.text ?? '') && OWN_SPEECH_NOUN.test(tokens[j + 2]?.text ?? '') && tokens[j + 3]?.text === ':';
}

const SPEAKING_GERUND = /^(?:talking|saying|speaking|asking|telling|calling|arguing|describing|referring|warning|complaining|joking|insisting|chanting|shouting|singing|tweeting|writing)$/iu;

/** Whether the verb joined by the conjunction at `c` ("I laughed and said") has "I" or "we" as its subject. */
function firstPersonJoined(tokens: readonly Token[], c: number): boolean {
  let v = c - 1;
  while (v >= 0 && tokens[v]!.pos !== 'VERB' && !/^[,;:.]$/u.test(tokens[v]!.text) && tokens[v]!.quote < 0) v--;
  if (v < 1 || tokens[v]!.pos !== 'VERB') return false;
  // (The pronoun right before it, perhaps past an adverb: "I just laughed and said".)
  let k = v - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  return /^(?:I|we)$/iu.test(tokens[k]!.text);
}

/**
 * A verb of naming in the past tense with a short object right before the quote ("called the plan "...",
 * "had branded it "..."): the quoted words are the name given. Not "called for" or "called on" (a demand).
 */
function namesStraight(tokens: readonly Token[], j: number, q: number): boolean {
  const t = tokens[j]!;
  if (!/^(?:call|dub|brand|label|term)$/u.test(t.lemma) || !/ed$/iu.test(t.text) || q - j < 2 || q - j > 5) return false;
  if (tokens[j + 1]!.pos === 'ADP') return false;
  return tokens.slice(j + 1, q).every((x) => x.quote < 0 && /^(?:DET|NOUN|PRON|ADJ|PROPN)$/u.test(x.pos));
}

/**
 * Between a reporting subject (ending at `from`) and a participle of saying at `j` set off by a comma: "that" and
 * a person's name as the subject of a verb that reports nothing ("that Darren Cole had come to his door holding the hammer,").
 */
function reportedDoer(text: string, tokens: readonly Token[], from: number, j: number): boolean {
  // (Only a participle of speaking aloud: "calling him a ...", "arguing that ..." go on with the one reporting.)
  if (tokens[j - 1]?.text !== ',' || !/^(?:saying|telling|shouting|adding)$/iu.test(tokens[j]!.text)) return false;
  for (let k = from; k < j - 2; k++) {
    if (tokens[k]!.quote >= 0 || /^[;:.!?]$/u.test(tokens[k]!.text)) return false;
    if (tokens[k]!.lemma !== 'that') continue;
    let e = k + 1;
    while (e < j && (tokens[e]!.pos === 'PROPN' || tokens[e]!.text === '.')) e++;
    // (A person named in full: "that Russian soldiers had fought" names none.)
    const named = e - (k + 1) >= 2 ? parseSubjectPhrase(text.slice(tokens[k + 1]!.start, tokens[e - 1]!.end)) : null;
    if (named?.type !== 'name' || named.kind !== 'person') return false;
    while (e < j && (tokens[e]!.pos === 'AUX' || tokens[e]!.pos === 'ADV')) e++;
    const verb = tokens[e];
    return verb !== undefined && verb.pos === 'VERB' && !isCue(verb, tokens[e - 1]) && !tokens.slice(e + 1, j - 1).some((x, i) => isCue(x, tokens[e + i]) || x.quote >= 0);
  }
  return false;
}

// Nouns of one's words describing something, which "as" then completes with the quote.
const DESCRIPTION_NOUN = /^(?:description|descriptions|characteri[sz]ation|portrayal|depiction|branding|labell?ing|dismissal)$/iu;

/**
 * A possessor's description right after the verb at `j`, its "as" right before the quote: "Jane Roe's description
 * of the migrants as", "Mr. Roe's characterisation of it as". The possessor's name, or null.
 */
function describerBefore(tokens: readonly Token[], j: number, q: number): Phrase | null {
  if (tokens[q - 1]?.lemma !== 'as' || q - j > 14) return null;
  for (let k = j + 1; k < q - 2; k++) {
    if (tokens[k]!.quote >= 0 || /^[,;:.!?]$/u.test(tokens[k]!.text)) return null;
    if (!/^['’]s?$/u.test(tokens[k]!.text) || !DESCRIPTION_NOUN.test(tokens[k + 1]!.text) || tokens[k + 2]?.text !== 'of') continue;
    let b = k;
    while (b > j + 1 && (tokens[b - 1]!.pos === 'PROPN' || tokens[b - 1]!.text === '.')) b--;
    return b < k && tokens[k - 1]!.pos === 'PROPN' ? { start: b, end: k } : null;
  }
  return null;
}

/**
 * After a source that opens the sentence ("According to Roe,", ending at `from`): the subject of a verb of
 * telling whose words follow it straight ("told him at a meeting: "..."", "said: "..."") when that subject is
 * named after the source; null otherwise.
 */
function tellerAfterSource(tokens: readonly Token[], from: number, q: number): Phrase | null {
  const v = tokens.findIndex((t, k) => k > from && k < q && isCue(t, tokens[k - 1]) && !/ing$/iu.test(t.text));
  if (v < 0 || tokens.slice(v + 1, q).some((t) => t.quote >= 0 || isCue(t, undefined))) return null;
  // ("told staff: "..."": a bare noun of those told, one word, before the colon, is a hearer as "him" is.)
  const toldBare = v === q - 3 && tokens[q - 1]!.text === ':' && tokens[v + 1]!.pos === 'NOUN' && /^(?:tell|warn|remind)$/u.test(tokens[v]!.lemma) && /^[\p{Ll}]/u.test(tokens[v + 1]!.text);
  if (!toldStraight(tokens, v, q) && !toldBare && !(v === q - 2 && tokens[q - 1]!.text === ':')) return null;
  // The teller: a full name right before the verb, perhaps set off by commas after a role ("the agent, Jo Kell,"),
  // or after a role in lower case with no article ("director Jo Kell").
  let e = v - 1;
  if (tokens[e]?.text === ',') e--;
  let b = e;
  while (b > from && (tokens[b]!.pos === 'PROPN' || tokens[b]!.text === '.')) b--;
  if (e - b < 2) return null;
  const named = b;
  if (b > from && tokens[b]!.text !== ',') {
    while (b > from && b > named - 2 && tokens[b]!.pos === 'NOUN' && /^[\p{Ll}]/u.test(tokens[b]!.text)) b--;
    if (b === named || (b > from && tokens[b]!.text !== ',')) return null;
    return { start: named + 1, end: e + 1 };
  }
  return { start: b + 1, end: e + 1 };
}

/**
 * A verb of telling in the past tense, its hearer, then the quote straight after ("had told him "...",
 * "had warned her: "...", "had answered him: "...", "had asked her: "..."): the words are the teller's, as told. Not "told him that ... "..."" (the clause may be
 * the reporter's).
 */
function toldStraight(tokens: readonly Token[], j: number, q: number): boolean {
  const t = tokens[j]!;
  if (!/^(?:tell|warn|assure|remind|answer|ask)$/u.test(t.lemma) || !/(?:ed|told)$/iu.test(t.text)) return false;
  let k = j + 1;
  // (Or a hearer described: "had told the shopkeeper: "..."", "warned his driver: "...".)
  const described = /^(?:the|a|an|his|her|their|its|my|our)$/iu.test(tokens[k]?.text ?? '') && /^(?:NOUN|ADJ)$/u.test(tokens[k + 1]?.pos ?? '');
  while (!described && k < q && (tokens[k]!.pos === 'PRON' || tokens[k]!.pos === 'PROPN') && tokens[k]!.quote < 0) k++;
  if (described) {
    let e = k + 1;
    while (e < q && tokens[e]!.pos === 'ADJ' && tokens[e]!.quote < 0) e++;
    while (e < q && tokens[e]!.pos === 'NOUN' && tokens[e]!.quote < 0) e++;
    if (tokens[e - 1]!.pos === 'NOUN' && tokens[e]?.text === ':') k = e;
  }
  if (k === j + 1 || k - j > 4) return false;
  if (k < q && /^[:,]$/u.test(tokens[k]!.text)) k++;
  if (k === q) return true;
  // When or where it was told may stand between the hearer and a colon ("had told them before kick-off: "...",
  // "told her at the gate: "..."): a short phrase after a preposition, no verb of its own but a hyphen's halves.
  if (tokens[k]!.pos !== 'ADP' || tokens[q - 1]!.text !== ':' || q - 1 - k < 2 || q - 1 - k > 6) return false;
  return tokens.slice(k + 1, q - 1).every((x, i, all) => x.quote < 0 && (/^(?:DET|NOUN|PROPN|NUM|ADJ)$/u.test(x.pos) || (x.pos === 'ADP' && i > 0) || x.text === '-' || all[i - 1]?.text === '-' || all[i + 1]?.text === '-'));
}

/**
 * Whether the verb at `j` raises the voice in the past ("shouted", "yelled", "screamed", "cried") and the quote at `q`
 * follows it at once (a comma or colon between at most) as a whole utterance, opening on a capital.
 */
function criedStraight(tokens: readonly Token[], j: number, q: number, words: string): boolean {
  const t = tokens[j]!;
  // (Or a cry of one word in lower case: "Lind yelled "thief" at her" is as much the crier's.)
  const cry = words.replace(/^[\s"“”'‘’]+|[\s"“”'‘’]+$/gu, '');
  if (!/^(?:shout|yell|scream|cry)$/u.test(t.lemma) || !/(?:ed|ied)$/iu.test(t.text) || !(/^[\p{Lu}]/u.test(cry) || /^[\p{Ll}]+[!.]?$/u.test(cry))) return false;
  return q === j + 1 || (q === j + 2 && /^[:,]$/u.test(tokens[j + 1]!.text));
}

/**
 * Whether an "and that" / "but that" stands between the verb at `j` and the quote at `q`, with no verb of saying after
 * it (one before "to" reports a decision: "had agreed to"), so the quote hangs on the verb the first "that" does.
 */
function laterThatClauseAt(tokens: readonly Token[], j: number, q: number): boolean {
  for (let k = j + 1; k < q - 1; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || /^[.;:!?]$/u.test(t.text)) return false;
    if (!/^(?:and|but)$/iu.test(t.text) || tokens[k + 1]!.lemma !== 'that') continue;
    for (let m = k + 2; m < q; m++) if (isCue(tokens[m]!, tokens[m - 1]) && tokens[m + 1]?.text !== 'to') return false;
    return true;
  }
  return false;
}

/** Verbs that bring their object to do what the infinitive after it says: "prompting the Speaker to warn". */
const CAUSATIVE = /^(?:prompt|lead|force|cause|provoke|spur|compel|drive|trigger|oblige)$/u;

/**
 * The object of a causative verb before the infinitive's "to" at `to` ("prompting the Speaker to warn"): that
 * phrase; null when the object is a pronoun (its referent is not read here); undefined when no such verb.
 */
function causedSpeaker(tokens: readonly Token[], to: number): Phrase | null | undefined {
  const pronoun = tokens[to - 1];
  if (pronoun && /^(?:him|her|them)$/iu.test(pronoun.text) && tokens[to - 2]?.pos === 'VERB' && CAUSATIVE.test(tokens[to - 2]!.lemma)) return null;
  // ("prompted Jane Roe, the harbour master, to state": the name before the role set off by commas; so before a
  // clause of "who" or "which" set off, "led the Almanac, which rarely comments, to state".)
  let close = to - 1;
  if (tokens[close]?.text === ',') {
    let open = close - 1;
    while (open > 0 && open > close - 16 && tokens[open]!.text !== ',' && tokens[open]!.quote < 0) open--;
    const set = tokens[open + 1]?.text ?? '';
    if (tokens[open]?.text !== ',' || tokens[open - 1]?.pos !== 'PROPN' || !(/^(?:the|a|an)$/iu.test(set) || (/^(?:who|which)$/iu.test(set) && close - open > 2))) return undefined;
    close = open;
  }
  const obj = nounPhraseBefore(tokens, close - (close === to - 1 ? 0 : 1));
  if (!obj || tokens[obj.end - 1]!.pos === 'PRON') return undefined;
  const v = tokens[obj.start - 1];
  return v && v.pos === 'VERB' && CAUSATIVE.test(v.lemma) ? obj : undefined;
}

/** Whether the verb at `j` is followed, before the sentence ends or another quote, by a finite verb of its own clause. */
function clauseAfterVerb(tokens: readonly Token[], j: number): boolean {
  for (let i = j + 1; i < tokens.length; i++) {
    const x = tokens[i]!;
    if (x.quote >= 0 || /^[.;:!?\n]$/u.test(x.text)) return false;
    if ((x.pos === 'VERB' || x.pos === 'AUX') && !/ing$/iu.test(x.text)) return true;
  }
  return false;
}

/**
 * The one name closing the sentence after a description set off at `from` that says what others call its
 * person (", a former teacher who goes by the call sign Kobza.", ", known to all as Dido."), or after a relative
 * clause right after the description giving the pseudonym a report uses (" who used the pseudonym Tae-ho.");
 * or null.
 */
const AFTER_WHO_STAND_IN = new RegExp(String.raw`(?:\b${STAND_IN_NAME_LEAD}|\bpseudonym|\bidentified\s+as)$`, 'iu');
function nameOthersCall(tokens: readonly Token[], from: number): { start: number; end: number } | null {
  // Set off by a comma, or a relative clause straight after the noun ("a retired miner who used the pseudonym ...").
  const set = tokens[from]?.text === ',';
  if (!set && !/^who$/iu.test(tokens[from]?.text ?? '')) return null;
  const open = set ? from : from - 1;
  const goesBy = set ? null : calledByBeforeComma(tokens, from);
  if (goesBy) return goesBy;
  let z = open + 1;
  while (z < tokens.length && !/^[.;!?\n]$/u.test(tokens[z]!.text) && tokens[z]!.quote < 0 && z - open <= 20) z++;
  if (z < tokens.length && !/^[.;!?\n]$/u.test(tokens[z]!.text)) return null;
  // The name closes the sentence; a hyphen may join its two parts ("Chul-min", "Tae-ho").
  let start = z - 1;
  if (start - 2 > open && tokens[start - 1]!.text === '-' && tokens[start - 1]!.start === tokens[start - 2]!.end && tokens[start]!.start === tokens[start - 1]!.end) start -= 2;
  const n = start;
  if (n <= open + 2 || tokens[n]!.pos !== 'PROPN' || !/^[\p{Lu}][\p{Ll}'’-]+$/u.test(tokens[n]!.text)) return null;
  if (tokens.slice(open + 1, n).some((x) => x.pos === 'PROPN' || x.text === ',' || x.quote >= 0)) return null;
  const before = tokens.slice(Math.max(open + 1, n - 7), n).map((x) => x.text.toLowerCase()).join(' ');
  // After "who", a pseudonym's introduction (STAND_IN_NAME_LEAD, read as a subject's too) or any words ending in
  // "pseudonym" or "identified as" ("who was given the pseudonym", "who was identified as").
  const known = set ? /(?:\bknown(?:\s+\S+){0,4}\s+as|\bcall\s+sign|\bcallsign|\bnickname|\bnicknamed|\bgoes\s+by|\bgo\s+by|\bpseudonym)$/u : AFTER_WHO_STAND_IN;
  return known.test(before) ? { start: n, end: z } : null;
}

// A relative clause giving the name the person goes by ("who goes by the call sign", "who is known by the nickname").
const WHO_GOES_BY = /^who\s+(?:goes|went|is\s+known|was\s+known)\s+by\s+(?:the\s+|his\s+|her\s+)?(?:call\s+sign|callsign|nickname|nom\s+de\s+guerre|name)$/u;

/**
 * `"...," said a gunner who goes by the call sign Lynx, meaning ..., in line with ...`: the relative clause right
 * after the description names the person others call by, a comma closing it; that name speaks, whatever the
 * sentence goes on to say after the comma.
 */
function calledByBeforeComma(tokens: readonly Token[], who: number): { start: number; end: number } | null {
  for (let n = who + 3; n < tokens.length && n - who <= 9; n++) {
    const t = tokens[n]!;
    if (t.quote >= 0 || /^[.;!?\n,]$/u.test(t.text)) return null;
    if (t.pos !== 'PROPN' || !/^[\p{Lu}][\p{Ll}'’-]+$/u.test(t.text)) continue;
    const next = tokens[n + 1]?.text ?? '.';
    if (!/^[.,;!?]$/u.test(next)) return null;
    const lead = tokens.slice(who, n).map((x) => x.text.toLowerCase()).join(' ');
    return WHO_GOES_BY.test(lead) ? { start: n, end: n + 1 } : null;
  }
  return null;
}

/**
 * A description, then "known as" and a name of one to three capitalised words closing the sentence or its clause
 * (a comma after it): `said the ferry master known as Olly, talking ...`. The name is the one others know the
 * described person by. (The model may read the description's last noun as an adjective, so up to two nouns or
 * adjectives may stand between the phrase read and "known".)
 */
function knownAsName(tokens: readonly Token[], from: number): { start: number; end: number; known: number } | null {
  let k = from;
  while (k < from + 2 && k < tokens.length && /^(?:NOUN|ADJ)$/u.test(tokens[k]!.pos)) k++;
  if (!/^known$/iu.test(tokens[k]?.text ?? '') || tokens[k + 1]?.lemma !== 'as') return null;
  const s = k + 2;
  let e = s;
  while (e < tokens.length && e - s < 3 && tokens[e]!.pos === 'PROPN' && /^[\p{Lu}][\p{Ll}'’-]+$/u.test(tokens[e]!.text)) e++;
  if (e === s || (e < tokens.length && !/^[.,;!?]$/u.test(tokens[e]!.text))) return null;
  return { start: s, end: e, known: k };
}

// After a quote, a phrase naming the words themselves ("a line", "a phrase", "a familiar refrain") stands in
// apposition to the quote, not as its speaker: '... told the minister that the port was "...," a line her aide
// said she had practised' is no credit to "a line her aide", and whoever the clause after it names speaks of
// the line, not necessarily its words. (Not "a line cook", a noun going on: the label ends with its noun.)
const WORDS_LABELS = new Set(['line', 'phrase', 'remark', 'refrain', 'slogan', 'comment', 'quip', 'mantra', 'catchphrase', 'formula', 'sentence', 'sentiment', 'boast', 'jibe', 'barb']);
function labelAfterQuote(tokens: readonly Token[], k: number): boolean {
  if (!/^(?:a|an|the|one|that)$/iu.test(tokens[k]?.text ?? '')) return false;
  let n = k + 1;
  if (tokens[n]?.pos === 'ADJ' && !WORDS_LABELS.has(tokens[n]!.lemma)) n++;
  const head = tokens[n];
  if (!head || head.quote >= 0 || !WORDS_LABELS.has(head.text.toLowerCase())) return false;
  const next = tokens[n + 1];
  return !next || (next.quote < 0 && next.pos !== 'NOUN' && next.text !== "'s" && next.text !== '’s');
}

/** Verbs of asking someone to act, whose object a prepositional phrase of manner may follow. */
const REQUESTS = new Set(['ask', 'urge', 'press', 'request', 'invite', 'implore', 'beg']);

/**
 * Whether the quote at `q` is a phrase opening on a preposition right after the object of a verb of asking at
 * `j` ("asked Lisbon "through the usual channels""), with a verb of saying before that verb in the sentence.
 */
function adjunctAfterRequest(tokens: readonly Token[], j: number, q: number, words: string): boolean {
  if (!REQUESTS.has(tokens[j]!.lemma) || q - j < 2 || q - j > 9) return false;
  // ("said the ministry had asked its partners for "clear guarantees"": the thing asked for, named in quotation
  // marks after "for", is the reporter's quoting of the one who said so, as a phrase of manner is; not the words
  // of a request, which follow "to" or stand as a sentence.)
  const askedFor = tokens[q - 1]!.lemma === 'for' && tokens[q - 1]!.quote < 0 && /^\s*[\p{Ll}]/u.test(words) && !/[.!?]\s*$/u.test(words);
  if (!askedFor && !/^\s*(?:through|via|by|in|with|without|at|under|over|on|during)\s/iu.test(words)) return false;
  const object = objectBeforePlace(tokens.slice(j + 1, askedFor ? q - 1 : q), askedFor);
  if (!object) return false;
  // (With no object, only a passive, "his clients had been asked for "..."", or a body asking, "the union had asked
  // for "..."". A person asking, "the minister then asked for "..."", names his own request.)
  if (askedFor && object.length === 0) return (/^(?:been|be|being|was|were|is|are)$/iu.test(tokens[j - 1]?.text ?? '') || bodyAsking(tokens, j)) && tokens.slice(firstWord(tokens), j).some((x, k, all) => x.quote < 0 && x.pos === 'VERB' && !/ing$/iu.test(x.text) && isCue(x, all[k - 1]));
  if (!object.every((x) => /^(?:PROPN|NOUN|DET|ADJ|PRON)$/u.test(x.pos) && x.quote < 0) || object.at(-1)!.pos === 'DET') return false;
  return tokens.slice(firstWord(tokens), j).some((x, k, all) => x.quote < 0 && x.pos === 'VERB' && !/ing$/iu.test(x.text) && isCue(x, all[k - 1]));
}

/**
 * Whether the quote at `q` is the infinitive of a request ("to check ...") right after a passive verb of asking at
 * `j` ("had been asked", "were urged") with no agent after the quote ("by ..."), a verb of saying before it in the
 * sentence: the asker is not told, so the words are the reporter's account of the request.
 */
function unnamedRequestReported(tokens: readonly Token[], j: number, q: number, words: string, after: string): boolean {
  if (!REQUESTS.has(tokens[j]!.lemma) || q !== j + 1 || !/^\s*to\s+[\p{Ll}]/u.test(words) || /^\s*,?\s*by\s/u.test(after)) return false;
  if (!/^(?:been|be|being|was|were|is|are)$/iu.test(tokens[j - 1]?.text ?? '')) return false;
  return tokens.slice(firstWord(tokens), j - 1).some((x, k, all) => x.quote < 0 && x.pos === 'VERB' && !/ing$/iu.test(x.text) && isCue(x, all[k - 1]));
}

/**
 * The object of asking without a phrase of where it sits after it, when the thing asked for follows ("asked its
 * embassy in Tarvik for "...""): "in" or "at" and a place or a noun phrase are the object's own whereabouts,
 * no clause of their own (so the object's words alone are read). Any other words are kept, to fail the reading.
 */
function objectBeforePlace(object: readonly Token[], askedFor: boolean): readonly Token[] | null {
  const at = askedFor ? object.findIndex((x) => x.pos === 'ADP' && /^(?:in|at)$/iu.test(x.text) && x.quote < 0) : -1;
  // (Else the object alone, of three words at most, as always: "asked its partners for".)
  if (at < 1) return object.length > (askedFor ? 3 : 4) ? null : object;
  const place = object.slice(at + 1);
  // (The place: a name or a noun with perhaps "the" and a word describing it, "in Tarvik", "in the capital".)
  if (place.length === 0 || place.length > 3 || !place.every((x) => /^(?:PROPN|NOUN|DET|ADJ)$/u.test(x.pos) && x.quote < 0) || !/^(?:PROPN|NOUN)$/u.test(place.at(-1)!.pos)) return null;
  return at > 3 ? null : object.slice(0, at);
}

/** Whether the subject of the asking at `j` is a body or thing by its common noun ("the union"), no person ("the minister"). */
function bodyAsking(tokens: readonly Token[], j: number): boolean {
  const np = subjectOf(tokens, j);
  const head = np ? tokens[np.end - 1]! : null;
  if (!head || head.pos !== 'NOUN') return false;
  const w = head.lemma.toLowerCase();
  return !PERSON_NOUNS.has(w) && !TITLES.has(w) && !isPersonNoun(w) && !isRoleNoun(w) && !wordNetPerson(w);
}

/**
 * Whether quoted words are a noun phrase of questions, the object of "asked" ("many questions, and good ones",
 * "tough questions about the budget"), not a question asked ("whether the cranes were insured", "Why now?").
 */
function questionsObject(words: string): boolean {
  if (/\?/u.test(words) || /^\s*(?:who|what|when|where|why|how|which|whether|if|about)\b/iu.test(words)) return false;
  return /^\s*(?:[\p{L}'’-]+,?\s+){0,3}questions?\b/iu.test(words);
}

/** Whether the noun phrase `from`..`to` opens on a noun that is no person, then "of": "the air of a man". */
function likenessBefore(tokens: readonly Token[], from: number, to: number): boolean {
  const head = tokens.slice(from, to).findIndex((t) => t.pos === 'NOUN');
  if (head < 0) return false;
  const noun = tokens[from + head]!;
  if (tokens[from + head + 1]?.lemma !== 'of') return false;
  const w = noun.lemma.toLowerCase();
  return !PERSON_NOUNS.has(w) && !TITLES.has(w) && !isPersonNoun(w) && !isRoleNoun(w) && !wordNetPerson(w);
}

// A plural or collective hearer told a clause ("members", "the meeting", "reporters", "them").
const HEARER = /^(?:DET|ADJ|NOUN|NUM)$/u;
const TELLING = /^(?:tell|assure|inform|remind|warn|advise|promise|brief|update)$/u;

/**
 * The verb before the "that" ending at `k`: "told members that", "assured the meeting that", "told them that"
 * have their verb before the hearer, whose clause is the verb's report as much as "said that"'s is. Else `k`.
 */
function toldHearerBefore(tokens: readonly Token[], k: number): number {
  let b = k;
  while (b > k - 4 && b >= 0 && (HEARER.test(tokens[b]!.pos) || (tokens[b]!.pos === 'PRON' && /^(?:them|us|me|him|her|you)$/iu.test(tokens[b]!.text)))) b--;
  return b < k && tokens[b]?.pos === 'VERB' && TELLING.test(tokens[b]!.lemma) ? b : k;
}

/** Whether token `j` stands in a relative clause opened by ", who" with no clause mark or quote between. */
function insideWhoClause(tokens: readonly Token[], j: number): boolean {
  for (let b = j - 1; b > 0; b--) {
    const t = tokens[b]!;
    if (t.quote >= 0 || /^[,;:()\n—–]$/u.test(t.text) || t.text === LINE_BREAK) return false;
    if (/^who$/iu.test(t.text)) return tokens[b - 1]!.text === ',';
  }
  return false;
}

// Verbs of seeing or hearing someone do something, whose object a participle after it describes.
const PERCEIVING = /^(?:see|hear|watch|catch|notice|spot|remember|recall)$/u;

/**
 * Whether the name `own`, with words set off by commas right before the participle at `j` ("Lind, asked about the
 * budget, saying"), is what a verb of seeing or hearing takes: its object ("I saw Lind, ...") or, after "was",
 * the thing seen ("The first thing I saw was Lind, ...").
 */
function perceivedSetOff(tokens: readonly Token[], own: Phrase, j: number): boolean {
  if (!own.appositive || own.appositive[1] !== j - 1 || tokens[j - 1]!.text !== ',') return false;
  if (!tokens.slice(own.start, own.end).every((x) => x.pos === 'PROPN' || x.text === '.')) return false;
  const lead = tokens[own.start - 1];
  if (lead?.pos === 'VERB') return PERCEIVING.test(lead.lemma);
  if (!lead || !/^(?:was|is)$/iu.test(lead.text)) return false;
  for (let k = own.start - 2; k >= 0 && k >= own.start - 6; k--) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.pos === 'PUNCT') return false;
    if (t.pos === 'VERB') return PERCEIVING.test(t.lemma);
  }
  return false;
}

/**
 * The subject opening the sentence (past a conjunction) when the words up to the comma at `comma` are one plain
 * clause, with no comma, quote or break in them ("He stopped, then added: ..."), or null.
 */
function plainClauseSubject(tokens: readonly Token[], comma: number): Phrase | null {
  let first = firstWord(tokens);
  while (first < comma && tokens[first]!.pos === 'CCONJ') first++;
  if (tokens.slice(first, comma).some((x) => x.quote >= 0 || /^[,;:—–()\n]$/u.test(x.text) || x.pos === 'SCONJ')) return null;
  const np = clauseSubject(tokens, comma);
  return np && np.start === first ? np : null;
}


// Verbs of telling about a thing that take it as their object and no clause ("described the problems", never
// "described that ..."): with the object missing, they sit in a relative clause.
const THING_OBJECT = new Set(['describe', 'mention', 'cite', 'outline', 'detail', 'list', 'highlight']);
const WORDING_NOUN = /^(?:words?|terms?|phrases?|expressions?|labels?|descriptions?|names?|language|wording)$/iu;

/**
 * Whether the cue at `j` ("the problems the medic described were ...") is a verb of a thing's telling in a relative
 * clause whose object is the head before it, a finite "be" right after: it reports none of the words after "be".
 */
function objectGapBeforeBe(tokens: readonly Token[], j: number, q: number): boolean {
  const t = tokens[j]!;
  if (!THING_OBJECT.has(t.lemma) || !/ed$/iu.test(t.text) || !/^(?:is|are|was|were)$/iu.test(tokens[j + 1]?.text ?? '') || j + 1 >= q) return false;
  for (let k = j - 1; k >= Math.max(0, j - 6); k--) if (WORDING_NOUN.test(tokens[k]!.text)) return false;
  return true;
}
