/** Quotes with no attribution of their own, given the speaker of the quote they go on from. */
import { escapeRegExp } from '../text/regexp.ts';
import type { QuoteRecord } from './quote-record.ts';
import type { LocalSpeaker } from './document-speakers.ts';
import { FUNCTION_WORDS } from '../text/stop-words.ts';
import { classifyProperName } from './names.ts';
import { nameSaidFromAfter, wordsSourcedAfter } from './speaker-named-after.ts';
import { rememberedByAnother } from './remembered-speaker.ts';
import { CUE_FORMS } from './tagged-sentence.ts';
import { documentCreditAfter } from './document-credit-after.ts';

// A heading wholly quoted: in bold ("**'Prestige for shells'**", "__"..."__"; the reading sees the marks blanked to
// two spaces each side, offsets kept) or a Markdown heading ("## '...'").
const QUOTED_HEADING = /^(?:(?:\*\*|__| {2})['‘"“][^\n]*['’"”](?:\*\*|__| {2})|#{1,6}[ \t]+['‘"“][^\n]*['’"”])$/u;

/**
 * Whether a quote's sentence is a section heading wholly quoted (`**'A marriage of necessity'**`): a label the
 * desk set over the section, no next words of the speaker who ended the paragraph before.
 */
export function quotedHeading(sentence: string): boolean {
  return QUOTED_HEADING.test(sentence);
}

// A reply's opening: "No.", "Yes,", "Of course." (its own word and a stop).
const REPLY_OPENING = /^\s*(?:No|Yes|Yeah|Nope|Never|Absolutely|Certainly|Of\s+course|Not\s+at\s+all)[.,!;]/u;

/**
 * Whether a quote opening its paragraph with "No." or "Yes." comes right after a paragraph that ended on a question
 * in quotation marks: in an exchange ('"Did you ask them why?" the prosecutor pressed.' then '"No. In my business
 * ..."') it is the answer of the one asked, not the asker going on.
 */
export function answersQuestion(r: QuoteRecord, prevLast: QuoteRecord): boolean {
  return /\?\s*$/u.test(prevLast.quote.quote) && REPLY_OPENING.test(r.quote.quote);
}

/**
 * Quotes with no attribution of their own: a full sentence in quotation marks continues the speaker of the
 * quote before it in the paragraph, else takes the speaker named by a later quote of the paragraph when the
 * paragraph has only one, else (first thing in its paragraph) the speaker of the quote that ended the
 * paragraph before. A quote left open at a paragraph's end and continued in the next takes its speaker from
 * wherever the chain names one.
 */
export function resolveContinuations(para: QuoteRecord[], prevLast: QuoteRecord | null, prevEndsInQuote: boolean, openChain: QuoteRecord[], text?: string, otherParty: LocalSpeaker | null = null): void {
  const speakersHere = new Set(para.filter((r) => r.own && (r.local || r.namer)).map((r) => r.local ?? r.namer));
  for (let i = 0; i < para.length; i++) {
    const r = para[i]!;
    // A quote that only a connective opens and that ends its sentence ('"...," Roe said. Instead, "he ..."') is
    // the speaker's words spliced on after a word of the writer's: it goes on from the quote before it here.
    // (Asked only of a quote with no credit of its own: the others are passed over whatever it says.)
    if (r.local || r.own) continue;
    const spliced = splicedAfterConnective(r);
    if (!spliced && (!r.quote.speech || r.quote.partial || !r.sentenceInitial)) continue;
    let earlier: QuoteRecord | null = null;
    let untold = false;
    for (let j = i - 1; j >= 0; j--) {
      const p = para[j]!;
      // The quote before has a credit of its own that could not be told ('"...," she said. "..."' with no sure
      // "she"): this one continues it, not a speaker further back.
      if (!p.local && p.own && p.quote.speech) untold = true;
      if (untold || (p.local && p.quote.speech)) {
        earlier = untold ? null : p;
        break;
      }
    }
    if (untold) continue;
    // Nor when the quote's own sentence goes on with the writer's "I" and a verb ('"And if the party asks?" I
    // pressed.'): the writer put those words, whatever verb the reading does not know as one of saying.
    if (writerAfter(r, text)) continue;
    // Nor a reply the sentence names as one ('"Welcome," he told her. "Thank you," came the reply.'): the words
    // are the other party's, not the one who spoke before going on.
    if (replyAfter(r, text)) continue;
    // Someone else named or credited between ("..., Petrov said. Lena Vos disagreed. '...'"): not his, maybe hers.
    if (earlier && r.latestBefore !== earlier.local) continue;
    // Nor when the sentence of the quote before hands over to another in a clause of its own ('"...," Roe said,
    // and her husband cut in. "..."'): the next words may be theirs.
    if (earlier && handsOver(earlier)) continue;
    // Nor after words another remembers the speaker saying ('"...," Arlo remembers Tamsin saying. "..."'): the next
    // bare words may be the rememberer's own, on the memory (`remembered-speaker.ts`).
    if (earlier && rememberedByAnother(earlier.quote.sentence.slice(earlier.span.close + 1 - earlier.sentenceStart))) continue;
    // Nor when the quote's own sentence goes on with a "he" or "she" that cannot be the speaker before
    // ('"...?" she pressed.' after a man's words): the words are someone else's, whoever the pronoun is.
    if (earlier?.local && pronounAgainst(r, earlier.local.gender)) continue;
    // (Only after a quote its own sentence credits by name: a pronoun's reading is a guess not to build on.)
    // (A pause alone before the colon, "Then, after a pause:", goes on with the quote right before it even after a
    // pronoun's credit that no one else rivalled: nothing between could bring in another voice.)
    const paused = spliced && earlier === para[i - 1] && earlier.own && /^pronoun .*\| alone$/u.test(earlier.path ?? '') && PAUSE_COLON.test(r.quote.sentence.slice(0, Math.max(0, r.span.open - r.sentenceStart)));
    if (spliced && !paused && (!earlier || !earlier.own || /^pronoun/u.test(earlier.path ?? ''))) continue;
    // (Nor after a question: '"Where were you?" Roe asked Vos. Then, "At home."' is the answer, someone else's.)
    if (spliced && /\?[\s'"’”]*$/u.test(earlier!.quote.quote)) continue;
    // (Nor after words put to someone named: '"...," Roe told Vos. Then, "..."' may be the one told answering.)
    if (spliced && PUT_TO.test(earlier!.quote.sentence.slice(earlier!.span.close + 1 - earlier!.sentenceStart))) continue;
    if (earlier) {
      r.local = earlier.local;
      r.path = 'continuation: quote before in the paragraph';
    } else if (i === 0 && para.length === 1 && otherParty && text !== undefined && exchangeTurn(r, text)) {
      r.local = otherParty;
      r.path = 'continuation: turn of an exchange';
    } else if (i === 0 && r.paragraphInitial && prevLast?.local && prevEndsInQuote && !quotedHeading(r.quote.sentence) && !answersQuestion(r, prevLast) && !pronounAgainst(r, prevLast.local.gender) && !(text !== undefined && newcomerTellsNext(r, text, prevLast.local.names)) && !(para.length === 1 && loneAddress(r, prevLast.local.names)) && !(text !== undefined && dashLineAfter(r, text)) && !documentCreditAfter(r.quote.sentence.slice(r.span.close + 1 - r.sentenceStart)) && !(text !== undefined && (nameSaidFromAfter(text, r) || wordsSourcedAfter(text, r)))) {
      // (Not a quote the sentence right after gives its source: '"..." That was how Ann Lee put it.' is hers.)
      // (Nor one its own sentence credits to a document, '"...," the statement read.': the paper's words, not the
      // next words of the one who spoke before, who may only have read it out; `document-credit-after.ts`.)
      r.local = prevLast.local;
      r.path = 'continuation: paragraph before';
    } else if (speakersHere.size === 1) {
      r.path = 'continuation: later quote of the paragraph';
      // Not across someone else named between this quote and the credited one ('"..." Vos disagreed. "...,"
      // Petrov said.'): the first may be hers.
      const credited = para.find((x, j) => j > i && x.own && (x.local || x.namer));
      // Nor when the quote's own sentence goes on after it with words the reading could not take as a credit
      // ('"...," I confessed.', '"...," read one.', '"...!" came shouts from the crowd.'): they say whose the
      // words are, and the one credited in a later sentence is not meant.
      if (credited && credited.sentenceStart !== r.sentenceStart && wordsAfter(r)) continue;
      // Nor past a sentence of the writer's between them with a verb of saying or calling of its own
      // ('"Disgraceful." That was how Labour's Jim Boyle described the decision. The Conservative Ann Kemp called
      // it "overdue."'): it may tell whose the first words are.
      // (Not a sentence that names the one credited, "She asked Richards what ...": the later answer and the
      // first words may both be theirs.)
      const creditedVoice = credited ? (credited.local ?? credited.namer ?? null) : null;
      if (creditedVoice && text !== undefined && credited!.sentenceStart > r.span.close && otherTelling(text.slice(r.span.close + 1, credited!.sentenceStart).replace(/["“][^"“”]*["”]/gu, ' '), creditedVoice.names)) continue;
      // Nor when a sentence before the quote has someone else tell, in words of the writer's ('Roe said the line
      // would reopen. "..." But Vos disagreed: "..."'): the bare words may go on from that report.
      if (creditedVoice && text !== undefined && credited!.sentenceStart > r.span.close && otherTelling(text.slice(0, r.sentenceStart).replace(/["“][^"“”]*["”]/gu, ' '), creditedVoice.names)) continue;
      // Nor past a sentence between that names another person the document knows ('"..." Vos disagreed. "...,"
      // Petrov said.'), whoever was last named before the first quote: the first words may be hers.
      if (creditedVoice && text !== undefined && credited!.sentenceStart > r.span.close && otherPersonNamed(text.slice(r.span.close + 1, credited!.sentenceStart).replace(/["“][^"“”]*["”]/gu, ' '), creditedVoice.names)) continue;
      if (!credited || credited.latestBefore === r.latestBefore || credited.latestBefore === creditedVoice) r.local = [...speakersHere][0]!;
    }
  }
  fragmentsOfOneSentence(para);
  const first = para[0];
  if (first && openChain.length && first.paragraphInitial && first.local) {
    for (const r of openChain) {
      r.local = first.local;
      r.path = 'continuation: open chain';
    }
  }
}

/**
 * The one credited speaker of a paragraph that is a single line of dialogue: one whole quote opening it, credited
 * by name or pronoun in its own sentence, and nothing after that sentence ('"...," Vale called from the stalls.'),
 * else null.
 */
export function dialogueLine(text: string, para: readonly QuoteRecord[]): LocalSpeaker | null {
  const r = para.length === 1 ? para[0]! : null;
  if (!r || !r.own || !r.local || !r.paragraphInitial || !r.quote.speech || r.quote.partial) return null;
  return text.slice(r.sentenceStart + r.quote.sentence.length).trim() === '' ? r.local : null;
}

/**
 * Whether a bare quote is a turn of a scene's exchange: '"...," Vale called.' / '"...," Roe said.' / '"..."' —
 * the whole paragraph is the quote. Two people have just spoken a line each, so the third line is the first
 * one's answer, not the second going on (a news report gives a speaker's further words after a credit of their
 * own, or in the same paragraph).
 */
function exchangeTurn(r: QuoteRecord, text: string): boolean {
  return r.paragraphInitial && text.slice(r.span.close + 1).trim() === '' && !quotedHeading(r.quote.sentence);
}

/**
 * A quoted fragment with no credit of its own that follows, in the same sentence, a fragment credited to someone
 * ('Roe praised the "steady hand" of the board and its "quiet courage"', 'Roe warned that "..." because "..."'):
 * the sentence reports one speaker's words, and the later fragment is theirs too. Not when anyone else is named
 * or credited between the two, nor when the words between hold a capitalised word (a name, a body, a new
 * sentence's subject), a pronoun that may bring in someone else ("who", "they"), or a verb of saying or calling
 * (a second speaker's clause: 'Roe called it "A," while her rival called it "B"'), nor a conjunction opening a
 * clause with a subject of its own ('..., and his wife agreed it was "B"').
 */
function fragmentsOfOneSentence(para: QuoteRecord[]): void {
  for (let i = 1; i < para.length; i++) {
    const r = para[i]!;
    const p = para[i - 1]!;
    if (r.local || r.own || !p.local || p.sentenceStart !== r.sentenceStart || r.latestBefore !== p.local) continue;
    const between = r.quote.sentence.slice(p.span.close + 1 - r.sentenceStart, r.span.open - r.sentenceStart);
    if (between.length > 160 || /[\p{Lu};:()\[\]]/u.test(between.replace(/^[\s"'“”‘’,.!?]+/u, '')) || OTHER_VOICE.test(between) || NEW_SUBJECT.test(between)) continue;
    r.local = p.local;
    r.path = 'continuation: fragment of the same sentence';
  }
}

// A conjunction opening a clause with a subject of its own, someone else's: "..., and his wife agreed it was",
// "..., though the minister believes it is", "..., but she thinks".
const NEW_SUBJECT = /\b(?:and|but|while|whereas|though|although|yet|as|because|since|when|after|before|until|unless|if|so)\s+(?:(?:the|a|an|his|her|its|their|my|our|your|this|that|these|those|some|many|most|one|both|each|every|no|another|other)\s+[\p{L}'’-]+|he|she)\s+(?:[\p{Ll}]+ly\s+|also\s+|still\s+|only\s+|had\s+|has\s+|have\s+|was\s+|is\s+)?[\p{Ll}]+(?:ed|s)\b/u;

// Words between two fragments that may hand the second to someone else: a pronoun that can bring in another
// subject, or a verb of saying, calling or writing.
const OTHER_VOICE = /\b(?:who|whom|whose|they|them|their|we|you|I|said|says|say|told|tells|asked|asks|wrote|writes|added|adds|called|calls|call|calling|dubbed|dubs|termed|terms|labell?ed|branded|described|describes|replied|responded|answered|countered|reported|reports|quoted|quotes|according|chanted|shouted|read|reads|titled|entitled|named)\b/iu;

// A verb of saying, writing or calling (not of asking: a question put brings in the answer).
const TELLING = /\b(?:said|says|told|tells|wrote|writes|added|adds|called|calls|dubbed|dubs|termed|terms|labell?ed|branded|described|describes|reported|reports|according|declared|declares|remarked|tweeted|posted)\b/iu;

/** Whether `between` has a verb of saying or calling and names none of `names` (by any word of theirs past the first). */
function otherTelling(between: string, names: readonly string[]): boolean {
  if (!TELLING.test(between)) return false;
  const own = names.flatMap((n) => n.split(/\s+/u).slice(-1)).filter((w) => /^[\p{Lu}]/u.test(w));
  return !own.some((w) => new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(w)}(?![\p{L}])`, 'u').test(between));
}

/**
 * Whether a sentence in `between` opens on a word the document knows as a person's name that is no word of
 * `names` ("Vos disagreed."): another person as a subject. (Names deeper in a sentence, a place or a namesake in
 * an appositive, do not hand the words over.)
 */
function otherPersonNamed(between: string, names: readonly string[]): boolean {
  const own = new Set(names.flatMap((n) => n.split(/\s+/u)));
  if ([...between.matchAll(/(?:^|[.!?]\s+)\s*([\p{Lu}][\p{L}'’-]+)/gu)].some(([, w]) => !own.has(w!) && !FUNCTION_WORDS.has(w!.toLowerCase()) && classifyProperName(w!) === 'person')) return true;
  // A courtesy title and a name anywhere in a sentence between ('"..." That was the verdict of Mr. B.Ganz, a
  // trader.'): a person for certain, wherever the sentence puts him, whom the bare words may belong to.
  return [...between.matchAll(HONORIFIC_NAME)].some(([, w]) => !own.has(w!.replace(/(?:['’]s)?[.]?$/u, '')));
}

// A courtesy title before a name, the name's first word caught (an initialled name whole: "Mr. B.Ganz").
const HONORIFIC_NAME = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([\p{Lu}][\p{L}.'’-]*)/gu;

// A verb of telling or asking, then the one told: a name or a pronoun ("told Vos", "asked him").
const PUT_TO = /\b(?:told|tells|asked|asks|pressed|presses|challenged|challenges|questioned|urged|warned)\s+(?:[\p{Lu}]|(?:him|her|them)\b)/u;

// A pause or a step of time alone before a colon: "Then, after a pause:", "After a moment's silence:", "Later:".
const PAUSE_COLON = /^\s*(?:(?:And\s+)?[Tt]hen|Later|Finally|After\s+a\s+(?:pause|moment|while|silence|moment['’]s\s+silence)|A\s+moment\s+later)(?:\s*,\s*(?:after\s+a\s+(?:pause|moment|while|silence|moment['’]s\s+silence)|a\s+moment\s+later))?\s*:\s*$/u;
// Words of the writer's that join a sentence to the one before and leave the rest of it to a quote.
const CONNECTIVE = /^\s*(?:Instead|Still|Now|Otherwise|Rather|Indeed|Yet|But|And|Also|Besides|Moreover|Then|So)\s*,?\s*$/u;

// A participle of going on speaking alone, its subject left out, before the rest of the sentence is left to a
// quote: "Adding, "..."", "Continuing: "..."". With no subject of its own it can only go on from the one who
// spoke in the sentence before; a participle with any other word ("Adding that ...", "Noting the vote,") is not it.
const GOING_ON_PARTICIPLE = /^\s*(?:And\s+)?(?:Adding|Continuing|Concluding)\s*[,:]\s*$/u;

/**
 * Whether a quote of three words or more follows only a connective of its sentence ("Instead,", "Still,", "But")
 * and closes the sentence: the writer's word joins the speaker's words on to the quote before.
 */
function splicedAfterConnective(r: QuoteRecord): boolean {
  // (The connective first: it reads a few words before the quote, the count the whole quote; few quotes follow one.)
  if (!r.span.closed) return false;
  const lead = r.quote.sentence.slice(0, Math.max(0, r.span.open - r.sentenceStart));
  if (!CONNECTIVE.test(lead) && !PAUSE_COLON.test(lead) && !GOING_ON_PARTICIPLE.test(lead) && !(frontedPhrase(lead) && /^[\p{Ll}]/u.test(r.quote.quote.trim()))) return false;
  if (r.quote.quote.trim().split(/\s+/u).length < 3) return false;
  return !wordsAfter(r);
}

// A fronted clause or phrase of the writer's, set off by its comma, before the rest of the sentence is left to a
// quote: "Unless rivals quit soon,", "If the vote is lost,", "Without a deal,", "For now,".
const FRONTED = /^\s*(?:Unless|If|When|Once|Until|Although|Though|Even if|Even so|Without|With|For now|By then|In (?:that|this|any) case|After|Before|Since|Because|Otherwise)\b([^"“”‘’]{0,100}),\s*$/u;

/**
 * Whether the words before a quote are only a fronted phrase of the writer's ("Unless rivals quit the race soon,")
 * that brings in no one: no capitalised word after its first (a name, a body, "I"), no pronoun that may stand for
 * someone else, no verb of saying, asking or calling.
 */
function frontedPhrase(lead: string): boolean {
  const m = FRONTED.exec(lead);
  if (!m) return false;
  const rest = m[1]!;
  return !/[\p{Lu}]/u.test(rest) && !OTHER_VOICE.test(rest) && !/\b(?:he|she|him|his|her|asked|asks|pressed|questioned)\b/iu.test(rest);
}

// A person's name of two to four capitalised words opening a sentence, then the rest of that sentence.
const NAME_OPENING = /^\s*([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3})\b([^.!?]*)/u;
// A verb of saying in that sentence, or the quote taken up as "it" ("smiles as she says it").
const SAYS_IN_NEXT = /\b(?:says|said|recalls|recalled|adds|added|explains|explained|insists|insisted|admits|admitted|tells|told)\b/u;

/**
 * Whether a quote standing alone as its sentence is followed in its paragraph by a sentence opening on the
 * full name of someone not among `previous` with a verb of saying: '"..." Jane Roe, 52, a former pilot, says the
 * storm closed the quay.', '"..." Jane Roe laughs as she says it.' A feature writer opens on the newcomer's words
 * and names her right after, so the words are not the speaker's of the paragraph before.
 */
function newcomerTellsNext(r: QuoteRecord, text: string, previous: readonly string[]): boolean {
  if (wordsAfter(r)) return false;
  const m = NAME_OPENING.exec(text.slice(r.sentenceStart + r.quote.sentence.length));
  if (!m || !SAYS_IN_NEXT.test(m[2]!)) return false;
  const name = m[1]!;
  if (FUNCTION_WORDS.has(name.split(/\s+/u)[0]!.toLowerCase()) || classifyProperName(name) !== 'person') return false;
  const before = new Set(previous.flatMap((n) => n.split(/\s+/u)));
  return !name.split(/\s+/u).some((w) => before.has(w));
}

// Words one calls a parent, an elder or one's dear by, standing for a name in dialogue.
const ADDRESS_WORD = /^(?:Papa|Pa|Mama|Ma|Dad|Daddy|Mum|Mummy|Mom|Mommy|Father|Mother|Grandpa|Grandma|Granny|Grandad|Granddad|Son|Sir|Madam|Ma'am|Honey|Darling|Dear)$/u;

/**
 * Whether a quote is a paragraph's whole sentence and one word of address alone ('"Papa."', '"Anna!"' after
 * Anna's words): a turn of dialogue put to the one who spoke before, never that speaker going on.
 */
export function loneAddress(r: QuoteRecord, previous: readonly string[]): boolean {
  if (r.quote.sentence.trim().replace(/^["“]|["”]$/gu, '') !== r.quote.quote.trim()) return false;
  const m = /^([\p{Lu}][\p{L}'’]*)[.!?]?$/u.exec(r.quote.quote.trim());
  if (!m) return false;
  return ADDRESS_WORD.test(m[1]!) || previous.some((n) => n.split(/\s+/u)[0] === m[1]);
}

/** Whether a quote's sentence holds words after the quote's closing mark (before any further quote). */
// A dash, then a capitalised word, right after the quote's closing mark: a credit line set under the words
// ('"..." — Jane Roe, a farmer'), which names whose they are even when it cannot be read.
// (Plain-text copy's spaced hyphen is such a dash; and the line may open on a description set off before the name,
// '"..." - his rival, Dr. Jane Roe, again'.)
// (Or a line of the writer's on the words themselves, an article and a noun: '"And the money?" - a question she
// left hanging.' Whoever "she" is, the line may be telling that someone else asked, and the words are no longer
// plainly the speaker before's going on.)
const DASH_LINE = /^[\s,.]*(?:[—–―]|--?(?=\s))\s*(?:[\p{Lu}]|(?:his|her|their|its|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+[\p{Lu}]|(?:a|an|the)\s+[\p{Ll}][\p{Ll}-]*\b)/u;

/** Whether a credit line follows the quote in its paragraph `text` (the words then are not the one before's). */
function dashLineAfter(r: QuoteRecord, text: string): boolean {
  return r.span.closed && DASH_LINE.test(text.slice(r.span.close + 1));
}

function wordsAfter(r: QuoteRecord): boolean {
  const tail = r.quote.sentence.slice(r.span.close + 1 - r.sentenceStart);
  return /^[^"“”‘’]*[\p{L}]/u.test(tail);
}

// ", and <someone> cut in", ", but his wife interjected": a second speaker joined to the credit of a quote.
const HANDED_OVER = /,\s+(?:and|but|while|as|before|when)\s+(?:(?:his|her|their|the|a|an|another|one)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})\s+(?:cut in|broke in|chimed in|interrupted|interjected|replied|responded|answered|added|said|shot back|countered|objected)\b[^"“”‘’]*$/u;

// A "he" or "she" and a word after it opening what follows the quote in its sentence: '"...," she pressed.'
const PRONOUN_AFTER = /^[\s,.!?…'’"”]*(he|she)\s+[\p{Ll}]/u;

// "I" and a verb of saying or of pressing a question right after the closing mark: '"...?" I pressed.', '"...," I
// countered.' (Not any verb: after '"I will know then." I nodded.' the words are still the speaker's.)
const WRITER_AFTER = /^[\s,.!?…'’"”]*I\s+(?:(?:then|again|also)\s+)?([\p{Ll}]+)/u;
const PRESSING = /^(?:pressed|persisted|ventured|interrupted|prodded|probed|pushed|followed)$/u;

/**
 * Whether the words after the quote open on the writer's "I" and a verb of theirs, in its sentence or, where the
 * reading ended the sentence at a question mark inside the quote, in the paragraph's text (`text`) right after it.
 */
function writerAfter(r: QuoteRecord, text: string | undefined): boolean {
  const m = WRITER_AFTER.exec(text !== undefined ? text.slice(r.span.close + 1, r.span.close + 40) : r.quote.sentence.slice(r.span.close + 1 - r.sentenceStart));
  return m !== null && (CUE_FORMS.has(m[1]!) || PRESSING.test(m[1]!));
}

// '"...," came the reply.', '"..." was her answer.', '"...," came the curt response from across the room.'
const REPLY_AFTER = /^[\s'"’”]*[,.!?]?[\s'"’”]*(?:came|was|were)\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:reply|replies|answer|answers|response|responses|retort|rejoinder)\b/u;

// '"Thank you." That was her answer.': the sentence right after names the words someone's reply.
const REPLY_NEXT = /^[\s'"’”]*[.!?]?[\s'"’”]*(?:That|This|It|Such)\s+was\s+(?:the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:reply|answer|response|retort|rejoinder)\b/u;

/**
 * Whether the quote's own sentence, after its closing mark, names the words a reply ("came the reply"), or the
 * sentence right after does ("That was her answer.").
 */
function replyAfter(r: QuoteRecord, text: string | undefined): boolean {
  if (REPLY_AFTER.test(r.quote.sentence.slice(r.span.close + 1 - r.sentenceStart))) return true;
  return text !== undefined && REPLY_NEXT.test(text.slice(r.span.close + 1, r.span.close + 80));
}

/** Whether the words after the quote in its sentence open on a pronoun of the other sex than `gender`. */
function pronounAgainst(r: QuoteRecord, gender: 'm' | 'f' | null): boolean {
  if (!gender) return false;
  const m = PRONOUN_AFTER.exec(r.quote.sentence.slice(r.span.close + 1 - r.sentenceStart));
  return m !== null && (m[1] === 'he' ? 'm' : 'f') !== gender;
}

/** Whether the quote's sentence, after its closing mark, brings in someone else speaking next. */
function handsOver(r: QuoteRecord): boolean {
  return HANDED_OVER.test(r.quote.sentence.slice(r.span.close + 1 - r.sentenceStart));
}

/**
 * Inside a transcript's turn, a full quote standing alone right after a quote its own credit gave someone
 * ('I spoke with Han. "...," Han told me. "..."') goes on with that speaker, as in prose: only the quote right
 * before, credited, with no one else named between and no hand-over in its sentence.
 */
export function continueInTurn(read: QuoteRecord[]): void {
  for (let i = 1; i < read.length; i++) {
    const r = read[i]!;
    const p = read[i - 1]!;
    if (r.local || r.own || !r.quote.speech || r.quote.partial || !r.sentenceInitial) continue;
    if (!p.local || !p.own || !p.quote.speech || r.latestBefore !== p.local || handsOver(p)) continue;
    r.local = p.local;
    r.path = 'continuation: quote before in the turn';
  }
}

