/**
 * A sentence that holds a quote, tagged for its grammar: wink-nlp's parts of speech and lemmas (the model
 * loaded on first need), the quotations folded into one placeholder token each, and the verb classes the
 * attribution reads (reporting, naming, cues).
 */
import { createRequire } from 'node:module';
import type { QuoteSpan } from './attribution.ts';
import { commonWordNotName, isKnownFirstName } from './first-names.ts';
import { lexTags, nameEnding, remembered } from './names.ts';
import { TITLE_ABBREVIATIONS } from './title-abbreviations.ts';
import { translatedReporting } from './translated-verbs.ts';
import { isLemma } from '../text/wordnet.ts';

// Time and place words closing an appositive are no part of the role: "a professor, on Monday".
export const TIME_TAIL = /\s+(?:on|in|at|during|after|before|via|by|to|told|speaking|while|when|late|early|earlier|later|last|this)\b.*$|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b.*$/u;

// A body named right after a role's noun, which is where the person works, not where they spoke: "a fellow at the
// Delmar Institute", "an economist with the U.S. Treasury".
const BODY_AFTER_ROLE = /^\s+(?:at|with|for|in)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}'’.-]*)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|of|for|and|the))*)/u;

/**
 * A role that runs to the sentence's end without its time and place words ("a professor, on Monday" is "a
 * professor"), keeping a body's name right after its noun ("a fellow at the Delmar Institute").
 */
export function roleWithoutTimeTail(role: string): string {
  const m = TIME_TAIL.exec(role);
  if (!m) return role;
  const body = BODY_AFTER_ROLE.exec(role.slice(m.index));
  const name = body ? body[1]!.replace(/(?:\s+(?:of|for|and|the))+$/u, '').replace(/\.$/u, '') : '';
  if (body && nameEnding(name) === 'body') {
    const end = m.index + body[0].indexOf(name) + name.length;
    return (role.slice(0, end) + role.slice(end).replace(TIME_TAIL, '')).trim();
  }
  return role.slice(0, m.index);
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof)\.?$/u;
// The abbreviated titles of office and rank news writes before a name ("Supt.", "Usec.", "Cdr."), lower-case.
const TITLE_ABBREVIATED = new Set(TITLE_ABBREVIATIONS);

/** A token of a tagged sentence, with its place in the paragraph. */
export interface Token {
  text: string;
  pos: string;
  lemma: string;
  start: number;
  end: number;
  /** Index of the quote this token stands for (a placeholder for the whole quotation), or -1. */
  quote: number;
}

// Verbs that report speech or writing (lemmas). Thoughts ("believe", "think") report no words and stay out.
const REPORTING = new Set(
  (
    'say tell add state warn note stress insist argue explain ask reply respond claim declare announce write vow ' +
    'pledge promise urge describe express emphasize emphasise comment remark acknowledge admit confirm deny suggest ' +
    'predict caution report quip joke recall hint call dub assure reiterate conclude boast complain lament proclaim ' +
    'maintain concede threaten hail decry condemn welcome praise accuse criticize criticise tweet post quote continue ' +
    'agree affirm thank gush interject shout yell scream exclaim marvel muse observe counter retort snap chide blast ' +
    'slam mock tout testify recount assert allege contend brag plead recommend advise reveal disclose confide ' +
    'announce apologize apologise concur question demand charge lash scoff sneer mutter whisper cry laugh sigh ' +
    'proclaim reason rail fume fret rave crow brand label term promise predict inform remind repeat reaffirm insist ' +
    'acknowledge stress signal vow underscore opine respond answer begin start explain cite liken dismiss ' +
    'aver characterize characterise deride denounce lambaste ridicule exhort implore compare refer toast'
  ).split(/\s+/u),
);
// Forms the model sometimes tags as nouns or adjectives ("says", "added") that are verbs here.
// The lemma given a "continued" that takes a quote as its complement (no speech; see the tagging loop).
const GOES_ON_IN_STATE = 'remain';
const REPORTING_FORMS = /^(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|tweeted|declared|insisted|warned|noted|explained|recalled|continued|replied|quipped|dubbed|called|answers|answered|replies)$/iu;
// The nouns of documents whose words "read" as their writer's: "The statement read, ...".
const DOCUMENT_READING = /^(?:statement|communiqu[eé]|release|declaration|letter|note|message|memo|memorandum|notice|post|tweet|text|e-?mail|telegram|cable|petition|resolution|editorial)$/iu;
// Cues that name a thing rather than report words: a subject is needed for them to mean speech.
export const NAMING = new Set(['call', 'dub', 'describe', 'brand', 'label', 'term', 'liken', 'dismiss', 'characterize', 'characterise', 'cite', 'refer']);

type Tagger = (text: string) => { values: string[]; pos: string[]; lemmas: string[]; spaces: string[] };
let tagger: Tagger | null = null;

/**
 * wink-nlp's reading of `text` (shared: callers must not change it). The tagger reads each text alone, so a
 * text repeated (wire copy run by several outlets, a credit line the same in every article) is read once.
 */
export function tag(text: string): ReturnType<Tagger> {
  return tagged(text);
}

/**
 * The text as the tagger can read it: a Latin letter beyond Latin-1 ("ı", "ş", "ł", "č", "ă", "ễ") splits
 * a word in the model's tokens ("Kılıç" read as "K" "ı" "l" ...), so each such letter, one UTF-16 unit, is
 * read as one ASCII letter of its case (its base letter when it has one): same length, same places, so the
 * tokens found are the text's own words.
 */
export function taggerText(text: string): string {
  let out: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x100 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff))) continue;
    const ch = text[i]!;
    const base = ch.normalize('NFD').charAt(0);
    const ascii = /^[A-Za-z]$/u.test(base) ? base : ch.toUpperCase() === ch && ch.toLowerCase() !== ch ? 'E' : 'e';
    out = (out ?? text).slice(0, i) + ascii + (out ?? text).slice(i + 1);
  }
  return out ?? text;
}

// A name in capitals opening a sentence before a bracketed tag and lowercase words, as meetings coverage writes a
// speaker: "ANA DA COSTA (Portugal) said her delegation ...".
const CAPITALS_NAME_OPENING = /^(\s*)((?:[\p{Lu}][\p{Lu}'’-]+\s+)+[\p{Lu}][\p{Lu}'’-]+)(?=\s*\([^()_"]{1,60}\)\s*,?\s+[\p{Ll}])/u;

/**
 * The text with a name in capitals that opens it before a bracketed tag written as names are ("Ana Da Costa
 * (Portugal) said"), same length: the tagger reads words in capitals as common nouns and determiners, and the
 * name would be no subject.
 */
function capitalsNameRead(text: string): string {
  const m = CAPITALS_NAME_OPENING.exec(text);
  if (!m) return text;
  const name = m[2]!.replace(/([\p{Lu}])([\p{Lu}'’-]+)/gu, (_, first: string, rest: string) => first + rest.toLowerCase());
  return m[1]! + name + text.slice(m[0].length);
}

// A sentence takes the tagger about a third of a millisecond; its reading is a few small arrays.
const tagged = remembered((text: string): ReturnType<Tagger> => tagUncached(text), 20_000);

/** wink-nlp with its English model, loaded on first need (75 ms), never at import. */
function tagUncached(text: string): ReturnType<Tagger> {
  if (!tagger) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => {
      readDoc(t: string): { tokens(): { out(f: unknown): string[] } };
      its: { value: unknown; pos: unknown; lemma: unknown; precedingSpaces: unknown };
    };
    // Parts of speech only: sentence breaking, entities, negation and sentiment are not read here.
    const nlp = winkNLP(require('wink-eng-lite-web-model'), ['pos']);
    const its = nlp.its;
    tagger = (t) => {
      const tokens = nlp.readDoc(t).tokens();
      return { values: tokens.out(its.value), pos: tokens.out(its.pos), lemmas: tokens.out(its.lemma), spaces: tokens.out(its.precedingSpaces) };
    };
  }
  return tagger(text);
}

// The last sentence tagged: a sentence with several quotes is read once.
let lastText = '';
let lastRange = '';
let lastTokens: Token[] = [];

// Every form of the reporting verbs ("say", "says", "said", "saying"...), for skipping the tagger on sentences
// that hold none: the tagger costs far more than this test.
const IRREGULAR = 'said told wrote written spoke spoken thought began begun according pointed points';
export const CUE_FORMS = new Set(
  [...REPORTING].flatMap((l) => [l, `${l}s`, `${l}es`, `${l.replace(/e$/u, '')}ed`, `${l.replace(/e$/u, '')}ing`, `${l.replace(/y$/u, 'i')}ed`, `${l.replace(/y$/u, 'i')}es`, `${l}${l.slice(-1)}ed`, `${l}${l.slice(-1)}ing`]).concat(IRREGULAR.split(' ')),
);

// A reporting verb's forms in -ed, each to its verb ("branded" → "brand", "implied" → "imply").
// A reporting verb's forms in -ing, each to its verb ("branding" → "brand", "labelling" → "label").
const ING_LEMMA = new Map([...REPORTING].flatMap((l) => [`${l.replace(/e$/u, '')}ing`, `${l}${l.slice(-1)}ing`, `${l}ing`].map((f) => [f, l] as const)));
const PAST_LEMMA = new Map([...REPORTING].flatMap((l) => [`${l.replace(/e$/u, '')}ed`, `${l.replace(/y$/u, 'i')}ed`, `${l}${l.slice(-1)}ed`].map((f) => [f, l] as const)));

/** The reporting verb a third-person present form is of ("thanks" → "thank", "praises" → "praise"), or null. */
function presentLemma(v: string): string | null {
  for (const l of [v.slice(0, -1), v.slice(0, -2), v.replace(/ies$/u, 'y')]) if (REPORTING.has(l) && !NAMING.has(l)) return l;
  return null;
}

/** Whether text holds a form of a reporting verb, "according" or a dash (a word-set test, no regular expression); a colon before a quote is tested apart. */
function mayCredit(text: string): boolean {
  if (/[―—–]|(?:^|\s)-/u.test(text)) return true;
  // The runs of a-z in the lowered text, as a split on /[^a-z]+/ gives them, read in place: it runs on every
  // sentence of the corpus, and the split's array of words cost more than the look-ups.
  const lower = text.toLowerCase();
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if (c >= 97 && c <= 122) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      if (i - from > 2 && CUE_FORMS.has(lower.slice(from, i))) return true;
      from = -1;
    }
  }
  return false;
}

/**
 * The text of a quote token for a short quote that ends on a comma, inside its marks as American style writes
 * a title set off after a name (`Jane Roe, star of "Harbour," said`) or right after them: the comma may close
 * the set-off words.
 */
export const TITLE_COMMA = '"…,"';

function titleWithComma(text: string, s: QuoteSpan): boolean {
  return (text.slice(s.end, s.close).includes(',') || /^\s*,/u.test(text.slice(s.close + 1, s.close + 4))) && text.slice(s.start, s.end).split(/\s+/u).length <= 8;
}

/**
 * The tokens of `text[rs, re)` with every quotation of `spans` in it replaced by one placeholder token, so that
 * a quote's own words are never read as its attribution. The tagger reads the sentence with each quote cut to
 * a one-letter stand-in: quotes are most of the words of a quoting sentence and none of its grammar. Null when
 * the sentence outside its quotes holds no reporting verb, no "according to" and no dash.
 */
// A quote, its comma, a pronoun or a name, and "shot back", "fired back" or "hit back".
const RETORT_AFTER_QUOTE = /"Q"\s*,?\s+(?:he|she|they|[\p{Lu}][\p{L}'’-]*)\s+(?:shot|fired|hit)\s+back\b/u;
// A quote, its comma, a pronoun and a verb of belief ('"...," she reckons.', '"...," he believes'): written opinion
// credited as a name with the same verb already is ('"...," Roe believes.'), which the cheap filter lets through by
// the capital alone.
const BELIEF_FORMS = /^(?:believes|believe|believed|thinks|think|thought|reckons|reckon|reckoned)$/u;
const BELIEF_AFTER_QUOTE = /"Q"\s*,?\s+(?:he|she|they|the\s+[\p{Ll}]{3,})\s+(?:believes|believe|believed|thinks|think|thought|reckons|reckon|reckoned)\s*[.!;,]/u;

export function sentenceTokens(text: string, spans: readonly QuoteSpan[], rs: number, re: number): Token[] | null {
  const range = `${rs}:${re}`;
  if (text === lastText && range === lastRange) return lastTokens;
  // Pieces of the shortened sentence: narration as written, each quote as `"Q"`.
  const pieces: { from: number; to: number; at: number; quote: number }[] = [];
  let reduced = '';
  let at = rs;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.close < rs || s.open >= re) continue;
    const open = Math.max(s.open, rs);
    if (open > at) {
      pieces.push({ from: reduced.length, to: reduced.length + open - at, at, quote: -1 });
      reduced += text.slice(at, open);
    }
    pieces.push({ from: reduced.length, to: reduced.length + 3, at: open, quote: i });
    reduced += '"Q"';
    at = Math.min(re, s.close + 1);
  }
  if (at < re) {
    pieces.push({ from: reduced.length, to: reduced.length + re - at, at, quote: -1 });
    reduced += text.slice(at, re);
  }
  lastText = text;
  lastRange = range;
  // (An inverted verb of any meaning in the past or present tense after a quote: "...," summarises Jane Roe.)
  // (So a retort's phrasal verb after a pronoun, '"...," she shot back.', which the token reading below takes for a
  // verb of speech: no form of it is a reporting verb's.)
  const credits = mayCredit(reduced.replace(/"Q"/gu, ' ')) || /:\s*"Q"/u.test(reduced) || RETORT_AFTER_QUOTE.test(reduced) || BELIEF_AFTER_QUOTE.test(reduced) || /"Q"\s*,?\s+(?:[\p{Ll}]+ed\b|[\p{Ll}]{3,}[^s\W]s\b|[\p{Lu}]|(?:a|an|the)\s+(?:[\p{Ll}]+\s+)?[\p{Lu}])/u.test(reduced);
  if (!credits && !fragmentAfterSubject(reduced)) {
    lastTokens = [];
    return null;
  }
  // Read only for a fragment after the subject: the words after the last quote bear on nothing then.
  // (Tagged as the tagger reads it, `taggerText`; each token's text is then the sentence's own.)
  const readable = capitalsNameRead(taggerText(reduced));
  const t = tag(credits ? readable : readable.slice(0, readable.lastIndexOf('"Q"') + 3));
  const out: Token[] = [];
  let r = 0;
  let piece = 0;
  for (let i = 0; i < t.values.length; i++) {
    const tv = t.values[i]!;
    r += t.spaces[i]?.length ?? 0;
    const found = readable.startsWith(tv, r) ? r : readable.indexOf(tv, r);
    if (found < 0) continue;
    const v = readable === reduced ? tv : reduced.slice(found, found + tv.length);
    r = found + v.length;
    while (piece + 1 < pieces.length && pieces[piece]!.to <= found) piece++;
    const p = pieces[piece]!;
    // Spaces are tokens of their own to the model ("SPACE"): no word of the grammar. A line break inside a
    // paragraph ends what stands before it (a credit line, a heading), so it is kept as a stop.
    if (t.pos[i] === 'SPACE') {
      if (p.quote < 0 && v.includes('\n') && out.length && out[out.length - 1]!.text !== LINE_BREAK) {
        const start = p.at + (found - p.from);
        out.push({ text: LINE_BREAK, pos: 'PUNCT', lemma: '', start, end: start + v.length, quote: -1 });
      }
      continue;
    }
    if (p.quote >= 0) {
      const s = spans[p.quote]!;
      if (out[out.length - 1]?.quote !== p.quote) out.push({ text: titleWithComma(text, s) ? TITLE_COMMA : '"…"', pos: 'QUOTE', lemma: '', start: s.open, end: s.close + 1, quote: p.quote });
      continue;
    }
    const start = p.at + (found - p.from);
    // "Supt. Ana Cruz said": the model splits a title's abbreviation it does not know ("Supt", "Usec") from its full
    // stop, which then ends the phrase before the name; the stop goes back on the title, as "Sen." is read whole.
    const last = out[out.length - 1];
    if (v === '.' && last && last.quote < 0 && last.end === start && TITLE_ABBREVIATED.has(last.text.toLowerCase()) && /^\s+[\p{Lu}]/u.test(reduced.slice(found + 1, found + 3))) {
      last.text += '.';
      last.end += 1;
      continue;
    }
    let pos = t.pos[i] ?? 'X';
    // A capitalised word inside a sentence is a name, whatever the model guessed ("Josh/VERB Earnest").
    const previous = out[out.length - 1];
    if (previous && previous.quote < 0 && !/^[.!?:\n]$/u.test(previous.text) && /^[\p{Lu}][\p{Ll}]/u.test(v) && (pos === 'VERB' || pos === 'NOUN' || pos === 'ADJ' || pos === 'AUX')) pos = 'PROPN';
    // After an honorific even a word the model takes for an interjection is a surname ("Mr./PROPN Oh/INTJ").
    if (previous && HONORIFIC.test(previous.text) && /^[\p{Lu}][\p{Ll}]/u.test(v) && pos === 'INTJ') pos = 'PROPN';
    // So is one followed, with no comma, by a reporting verb in the past or the present tense ("Oh/INTJ countered
    // that ...", "Ah/INTJ says"): an interjection is set off from the clause after it ("Oh, said the guard"), a
    // subject is not.
    if (pos === 'INTJ' && /^[\p{Lu}][\p{Ll}]/u.test(v) && /^ [\p{Ll}]/u.test(reduced.slice(found + v.length, found + v.length + 2)) && (PAST_LEMMA.has(nextWordText(t, i)) || REPORTING_FORMS.test(nextWordText(t, i)))) pos = 'PROPN';
    // After "the", a capitalised word the model takes for an adverb before another capitalised word opens a name
    // ("the Far/ADV Eastern branch", "the Far North"): the phrase goes on through it.
    if (pos === 'ADV' && previous && /^the$/iu.test(previous.text) && /^[\p{Lu}][\p{Ll}]/u.test(v) && /^ [\p{Lu}][\p{Ll}]/u.test(reduced.slice(found + v.length, found + v.length + 3))) pos = 'PROPN';
    // So is one before a given name of two syllables joined by a hyphen, as Korean names are written ("Oh/INTJ
    // Dong-hyun"): a family name that is also an English word.
    if (pos === 'INTJ' && /^[\p{Lu}][\p{Ll}]/u.test(v) && /^ [\p{Lu}][\p{Ll}]+-[\p{Ll}]+\b/u.test(reduced.slice(found + v.length, found + v.length + 24))) pos = 'PROPN';
    // A rarer verb in the past tense between a name and its object is the name's verb, though the model took it
    // for an adjective ("Roe/PROPN belittled/ADJ the plan"): no adjective stands between a name and "the", "a"
    // or "him" in English.
    // So is one between a subject and the colon that opens a quote ("He fumed: "...""): a subject pronoun is
    // never followed by a bare adjective.
    const beforeColon = /^\s*:\s*"Q"/u.test(reduced.slice(found + v.length, found + v.length + 8)) && (previous?.pos === 'PROPN' || /^(?:he|she|they|we|i)$/iu.test(previous?.text ?? ''));
    const pastMisread = pos === 'ADJ' && previous?.pos !== undefined && previous.quote < 0 && /^[\p{Ll}]{3,}ed$/u.test(v) && ((previous.pos === 'PROPN' && /^(?:DET|PRON)$/u.test(nextWordPos(t, i))) || beforeColon);
    // So is one closing a credit after a quote ("...," Jane Roe fretted.", "...," she fumed.) or opening it ("...," fumed Jane Roe): a
    // name before a full stop or a quote before a name takes a verb there, never an adjective or a noun.
    const creditMisread = !pastMisread && (pos === 'ADJ' || pos === 'NOUN') && PAST_LEMMA.has(v) && previous !== undefined && (
      ((previous.pos === 'PROPN' || /^(?:he|she|they|we|i)$/iu.test(previous.text)) && previous.quote < 0 && /^[.,;!?]?$/u.test(nextWordText(t, i)) && out.slice(0, -1).some((o) => o.quote >= 0)) ||
      (previous.quote >= 0 && /^(?:PROPN|DET)$/u.test(nextWordPos(t, i))));
    if (pastMisread || creditMisread) pos = 'VERB';
    // A reporting verb in the present tense the model took for a plural noun ("Roe thanks/NOUN him for ...",
    // "Roe, through an interpreter, thanks the hosts", "Roe praises the team"): between a subject (a name,
    // he or she, or the comma closing an aside after one) and an object ("him", "the", "his") only the verb
    // fits. ("thanks to" is followed by no object; "The thanks the team got" has a determiner before it.)
    const presentMisread = pos === 'NOUN' && previous !== undefined && previous.quote < 0 && /^[\p{Ll}]{4,}s$/u.test(v) && presentLemma(v) !== null && (previous.pos === 'PROPN' || /^(?:he|she)$/iu.test(previous.text) || (previous.text === ',' && out.some((x) => x.pos === 'PROPN' && x.quote < 0))) && /^(?:DET|PRON)$/u.test(nextWordPos(t, i)) && /^\s+(?:him|her|them|us|me|the|his|their|its|our|a|an|this|those|these)\b/iu.test(reduced.slice(found + v.length, found + v.length + 8));
    // So is one opening a credit right after a quote, before its subject ('"...," reports/NOUN our treasurer, Jane
    // Roe', '"...," notes Roe'): a quote then a name or a determiner leaves only the verb to fit between them.
    const presentCredit = !presentMisread && pos === 'NOUN' && previous !== undefined && previous.quote >= 0 && /^[\p{Ll}]{4,}s$/u.test(v) && presentLemma(v) !== null && /^(?:PROPN|DET|PRON)$/u.test(nextWordPos(t, i)) && /^\s+(?:[\p{Lu}]|(?:our|the|his|her|their|its|a|an)\s)/u.test(reduced.slice(found + v.length, found + v.length + 8));
    // So is the plural's bare form closing a credit after a quote ('"...," the authors state/NOUN in the report'):
    // a quote, "the" and a plural subject, then a preposition, "that" or the sentence's end leave only the verb to fit.
    const pluralCredit = !presentMisread && !presentCredit && pos === 'NOUN' && previous !== undefined && previous.quote < 0 && /^[\p{Ll}]{4,}$/u.test(v) && REPORTING.has(v) && !NAMING.has(v) && /^(?:NOUN|PROPN)$/u.test(previous.pos) && /[\p{Ll}]s$/u.test(previous.text) && out.at(-2)?.text.toLowerCase() === 'the' && (out.at(-3)?.quote ?? -1) >= 0 && /^\s*(?:[.!?]|(?:in|on|that|to)\b)/u.test(reduced.slice(found + v.length, found + v.length + 6));
    if (presentMisread || presentCredit || pluralCredit) pos = 'VERB';
    // A reporting verb's "-ing" form the model took for a noun right after a comma that closes a clause with a
    // verb of its own, before its object ("Roe piled in, branding/NOUN the plan "..."", ", labelling his rivals"):
    // a noun set off by a comma does not take a determiner or a pronoun straight after it; the participle does.
    const participleMisread = pos === 'NOUN' && previous !== undefined && previous.quote < 0 && previous.text === ',' && ING_LEMMA.has(v) && out.some((x) => x.quote < 0 && x.pos === 'VERB') && /^\s+(?:him|her|them|it|us|the|his|their|its|our|this|that|these|those|a|an)\s/iu.test(reduced.slice(found + v.length, found + v.length + 8));
    if (participleMisread) pos = 'VERB';
    // "A trader who watches the port said": a word in "-s" right after a relative "who", before its object, is the
    // clause's verb, not a plural noun.
    const relativeMisread = pos === 'NOUN' && previous !== undefined && previous.quote < 0 && /^who$/iu.test(previous.text) && /^[\p{Ll}]{3,}s$/u.test(v) && (isLemma(v.slice(0, -1), 'verb') || isLemma(v.slice(0, -2), 'verb')) && /^(?:DET|PRON)$/u.test(nextWordPos(t, i));
    if (relativeMisread) pos = 'VERB';
    // A word after a possessive determiner is a noun, though the model took it for a verb ("saying his/PRON
    // comment/VERB "..."", "their claims"): no verb of a clause follows "his", "its" or "their" straight. ("her" is
    // left alone, an object before a bare verb: "heard her say"; so are "-ing" and "-ed" forms: "his calling it".)
    if (pos === 'VERB' && previous && previous.quote < 0 && /^(?:his|its|their|my|our|your)$/iu.test(previous.text) && /^[\p{Ll}]+$/u.test(v) && !/(?:ing|ed)$/u.test(v)) pos = 'NOUN';
    // A word in "-ed" between an article and a noun is an adjective, though the model took it for a verb ('"...,"
    // said an unaligned/VERB strategist'): no verb of a clause follows "a", "an" or "the" straight, and the
    // description must run on to its noun to be read as the speaker. So is one after "one" opening the subject
    // of a verb put first ('"...," said one unaligned strategist'); not after "one" alone, a pronoun that may
    // take a verb ("one asked questions").
    const determiner = previous !== undefined && (/^(?:a|an|the)$/iu.test(previous.text) || (/^one$/iu.test(previous.text) && out.at(-2)?.pos === 'VERB' && (out.at(-3)?.quote ?? -1) >= 0));
    if (pos === 'VERB' && previous && previous.quote < 0 && determiner && /^[\p{Ll}]{3,}ed$/u.test(v) && /^(?:NOUN|PROPN|ADJ)$/u.test(nextWordPos(t, i))) pos = 'ADJ';
    // Right after a quote too ("...," Blunt, after a pause, said), unless it is a participle opening a clause.
    if (previous && previous.quote >= 0 && /^[\p{Lu}][\p{Ll}]+$/u.test(v) && !/(?:ing|ed)$/u.test(v) && (pos === 'VERB' || pos === 'NOUN' || pos === 'ADJ')) pos = 'PROPN';
    let lemma = (t.lemmas[i] ?? v).toLowerCase();
    // (The model gave such a word its own form as its lemma: a reporting verb's past is read back to the verb,
    // "branded" to "brand", so the verb is known as one.)
    if (pastMisread || creditMisread) lemma = PAST_LEMMA.get(v) ?? lemma;
    if (presentMisread || presentCredit) lemma = presentLemma(v) ?? lemma;
    if (participleMisread) lemma = ING_LEMMA.get(v) ?? lemma;
    // '"...," she reckons.', '"...," he believes, "..."': a verb of belief right after a quote and its subject pronoun,
    // closing the clause, credits the quote as an opinion written down (as '"...," Roe believes.' already reads); not
    // a belief reported with its own object ("she thinks the deal is dead"), which stays no credit.
    // (So after "the" and one noun: '"...," the shipbuilder believes.')
    const subjectFrom = previous !== undefined && /^(?:he|she|they)$/iu.test(previous.text) ? 2 : previous?.pos === 'NOUN' && /^the$/iu.test(out.at(-2)?.text ?? '') ? 3 : 0;
    const beliefCredit = subjectFrom > 0 && BELIEF_FORMS.test(v) && ((out.at(-subjectFrom)?.quote ?? -1) >= 0 || (out.at(-subjectFrom)?.text === ',' && (out.at(-subjectFrom - 1)?.quote ?? -1) >= 0)) && /^\s*[.!;,]/u.test(reduced.slice(found + v.length, found + v.length + 3));
    if (beliefCredit) {
      pos = 'VERB';
      lemma = 'opine';
    }
    // "shot back", "fired back", "hit back": a retort, whatever the model tagged the verb ("shot/NOUN back").
    if (/^(?:shot|shoots|fired|fires|hit|hits)$/iu.test(v) && /^\s*back\b/iu.test(reduced.slice(found + v.length, found + v.length + 6)) && previous?.quote !== undefined && previous.quote < 0 && /^(?:PROPN|PRON|NOUN|ADV)$/u.test(previous.pos)) {
      pos = 'VERB';
      lemma = 'retort';
    }
    // "cut in", "broke in", "chimed in", "butted in": an interruption, a turn of speech, when "in" ends the clause
    // ('"...," Jane Roe, a lawyer, cut in.'); "cut in half", "broke in through the window" take an object and
    // are no speech.
    if (/^(?:cut|cuts|broke|breaks|chimed|chimes|butted|butts)$/iu.test(v) && /^\s*in\s*(?:[.,:;!?—–]|-{2}|$)/iu.test(reduced.slice(found + v.length, found + v.length + 6)) && previous?.quote !== undefined && previous.quote < 0 && /^(?:PROPN|PRON|NOUN|ADV|PUNCT)$/u.test(previous.pos)) {
      pos = 'VERB';
      lemma = 'interject';
    }
    // "pointed out", "points out": a remark, whatever the model made of the verb ("pointed out that", "pointed
    // out in an interview, "...""); "pointed to the map" is no speech.
    if (/^(?:pointed|points)$/iu.test(v) && /^\s*out\b/iu.test(reduced.slice(found + v.length, found + v.length + 5)) && previous?.quote !== undefined && previous.quote < 0 && /^(?:PROPN|PRON|NOUN|ADV|PUNCT)$/u.test(previous.pos)) {
      pos = 'VERB';
      lemma = 'observe';
    }
    // "She remembered the clerks as "...": remembering someone as quoted words puts them in the rememberer's
    // mouth, as "recalled ... as" does; "remembered the "Blue Room"" with no "as" before the quote stays no speech.
    if (/^(?:remembered|remembers)$/iu.test(v) && /^\s+[^"“”,.;:!?]{1,80}?\bas\s+"Q"/u.test(reduced.slice(found + v.length, found + v.length + 90)) && previous?.quote !== undefined && previous.quote < 0 && /^(?:PROPN|PRON|NOUN|ADV)$/u.test(previous.pos)) {
      pos = 'VERB';
      lemma = 'recall';
    }
    // 'that traffic continued "in line with the treaty"': "continued" with the quote right after it, no comma or
    // colon between, goes on in a state the words describe; it reports no one's speech ("he continued: "..."" does).
    if (/^continue[ds]$/iu.test(v) && /^\s+"Q"/u.test(reduced.slice(found + v.length, found + v.length + 6))) lemma = GOES_ON_IN_STATE;
    // "indicated", "estimated", "manifested", "abounded" of wires translated word for word, where only speech fits.
    if (pos === 'VERB' && translatedReporting(lemma, previous, out[out.length - 2], reduced.slice(found + v.length, found + v.length + 60))) lemma = 'state';
    // Two or three hyphens stand for a dash in plain-text wire copy ("..." -- Jane Doe, a researcher): read as
    // the dash they stand for, so every rule that looks for a dash sees it.
    const shown = pos === 'PUNCT' && /^-{2,3}$/u.test(v) ? '—' : v;
    out.push({ text: shown, pos, lemma, start, end: start + v.length, quote: -1 });
  }
  // A given name opening the sentence before a name ("Sue Mi Terry warned"): the model reads it as an
  // imperative verb ("Sue"), which cuts the name in two.
  const lead = out.findIndex((t) => t.pos !== 'PUNCT');
  if (lead >= 0 && out[lead]!.pos === 'VERB' && /^[\p{Lu}][\p{Ll}]+$/u.test(out[lead]!.text) && out[lead + 1]?.pos === 'PROPN' && lexTags(out[lead]!.text).includes('FirstName')) {
    out[lead] = { ...out[lead]!, pos: 'PROPN' };
  }
  // A capitalised word opening the sentence right before a reporting verb in the past or third person is its
  // subject, a name the model read as an imperative ("Ward answered that ...", "Hope says"): no command goes
  // straight on with a verb so inflected.
  const after = out[lead + 1];
  if (lead >= 0 && out[lead]!.pos === 'VERB' && /^[\p{Lu}][\p{Ll}]+$/u.test(out[lead]!.text) && after?.pos === 'VERB' && REPORTING.has(after.lemma) && /(?:ed|s|said|told|wrote)$/u.test(after.text) && after.text !== after.lemma) {
    out[lead] = { ...out[lead]!, pos: 'PROPN' };
  }
  // So when a name's other words and a description set off after them stand between ("Bellow Instruments, a
  // violin maker, said ..."): an imperative's object set off so leaves the reporting verb with no subject.
  if (lead >= 0 && out[lead]!.pos === 'VERB' && /^[\p{Lu}][\p{Ll}]+$/u.test(out[lead]!.text) && after?.pos === 'PROPN' && /^[\p{Lu}]/u.test(after.text)) {
    let e = lead + 1;
    while (out[e]?.pos === 'PROPN' && out[e]!.quote < 0) e++;
    let c = e + 1;
    if (out[e]?.text === ',') while (c < out.length && c < e + 10 && out[c]!.quote < 0 && !/^(?:VERB|AUX|PUNCT)$/u.test(out[c]!.pos)) c++;
    const verb = out[c + 1];
    if (out[e]?.text === ',' && c > e + 1 && out[c]?.text === ',' && verb?.pos === 'VERB' && REPORTING.has(verb.lemma) && verb.text !== verb.lemma) out[lead] = { ...out[lead]!, pos: 'PROPN' };
  }
  // A surname's lowercase particle before it ("de Vries", "von Trapp") is part of the name, which the model cuts
  // in two when it reads the particle as a foreign word or a preposition. (Not after a determiner: "a van".) A
  // particle of two words after a given name ("Ludo van der Brink", "Ana de la Cruz") is part of it whole: read
  // from the right, the article ("der", "la") joins when a particle and a name stand before it, and that particle
  // then joins too. (Without the given name, "van der Berg said" is read as "Berg", which finds the one named in
  // full.)
  for (let i = out.length - 2; i >= 0; i--) {
    const t = out[i]!;
    const particle = SURNAME_PARTICLE.test(t.text) || (SECOND_PARTICLE.test(t.text) && i > 1 && /^(?:van|von|de)$/u.test(out[i - 1]!.text) && out[i - 1]!.quote < 0 && out[i - 1]!.end + 1 === t.start && out[i - 2]!.pos === 'PROPN' && out[i - 2]!.quote < 0);
    if (t.quote < 0 && t.pos !== 'PROPN' && particle && out[i + 1]!.pos === 'PROPN' && out[i + 1]!.quote < 0 && out[i + 1]!.start === t.end + 1 && out[i - 1]?.pos !== 'DET') out[i] = { ...t, pos: 'PROPN' };
    // Portuguese "do" ("of the") inside a name, "Banco do Norte", "Maria do Carmo": an English verb elsewhere, so
    // only between two capitalised words of a name, neither a question's word ("Why do Koreans care?").
    else if (t.quote < 0 && t.text === 'do' && i > 0 && out[i - 1]!.pos === 'PROPN' && out[i - 1]!.quote < 0 && out[i - 1]!.end + 1 === t.start && /^[\p{Lu}][\p{Ll}]/u.test(out[i - 1]!.text) && out[i + 1]!.pos === 'PROPN' && out[i + 1]!.quote < 0 && out[i + 1]!.start === t.end + 1 && /^[\p{Lu}][\p{Ll}]/u.test(out[i + 1]!.text)) out[i] = { ...t, pos: 'PROPN' };
  }
  // A particle of two words opening a surname written without its given name ("de la Fuente said", "von der
  // Au said"): the model reads its first word as a foreign word ("de"/X), which ends the noun phrase before the
  // name; both words are read as the nouns the model makes of "van der" in "van der Berg said", so the surname
  // stands as the phrase's head with the particle before it, and finds the one named in full.
  for (let i = 1; i < out.length - 1; i++) {
    const [p, t, name] = [out[i - 1]!, out[i]!, out[i + 1]!];
    if (p.pos !== 'X' || !/^(?:de|van|von)$/u.test(p.text) || !SECOND_PARTICLE.test(t.text) || name.pos !== 'PROPN') continue;
    if (![p, t, name].every((x) => x.quote < 0) || p.end + 1 !== t.start || t.end + 1 !== name.start || !/^[\p{Lu}][\p{Ll}]/u.test(name.text)) continue;
    if (out[i - 2]?.pos === 'PROPN' || out[i - 2]?.pos === 'DET') continue;
    out[i - 1] = { ...p, pos: 'NOUN' };
    out[i] = { ...t, pos: 'NOUN' };
  }
  // A Dutch surname's contracted article ("in 't", "van 't", "op 't" before a capitalised word), which the model
  // splits into a preposition, an apostrophe and a letter: after a given name, all three are part of the name
  // ("Anouk in 't Hout"), joined as a particle the name runs through.
  for (let i = out.length - 4; i >= 1; i--) {
    const [p, mark, t, surname] = [out[i]!, out[i + 1]!, out[i + 2]!, out[i + 3]!];
    if (out[i - 1]!.pos === 'PROPN' && /^(?:in|van|op|uit)$/u.test(p.text) && /^['’]$/u.test(mark.text) && t.text === 't' && mark.end === t.start && p.end + 1 === mark.start && surname.start === t.end + 1 && surname.pos === 'PROPN' && [p, mark, t, surname].every((x) => x.quote < 0)) {
      out.splice(i, 3, { ...p, pos: 'PROPN' }, { ...mark, text: `${mark.text}t`, lemma: `${mark.text}t`, pos: 'PROPN', end: t.end });
    }
  }
  // A given name followed by a capitalised word that is otherwise a function word ("Al From", "Ned Over") and then a
  // comma, a full stop or a reporting verb: mid-sentence, only a surname is so capitalised.
  for (let i = 2; i < out.length - 1; i++) {
    const [given, w, next] = [out[i - 1]!, out[i]!, out[i + 1]!];
    if (w.quote >= 0 || w.pos === 'PROPN' || !/^[\p{Lu}][\p{Ll}]{1,5}$/u.test(w.text) || !/^(?:ADP|ADV|SCONJ|CCONJ|PART|ADJ)$/u.test(w.pos)) continue;
    if (given.pos !== 'PROPN' || given.quote >= 0 || !isKnownFirstName(given.text) || out[i - 2]!.pos === 'PROPN' || /^[\p{Lu}]/u.test(out[i - 2]!.text)) continue;
    if (!(/^[,.;]$/u.test(next.text) || (next.pos === 'VERB' && REPORTING.has(next.lemma)))) continue;
    out[i] = { ...w, pos: 'PROPN' };
  }
  lastTokens = joinHyphenatedNames(withoutSeats(out));
  return lastTokens;
}

/**
 * A Westminster-style tag after a member's name holds a comma of its own ("Jane Roe (Lab, Port Arden) said",
 * "(D., Wis.)"), which every reader that walks a name's commas would take for the close of words set off. The
 * seat after the comma is no part of the sentence's grammar: the tag is kept as its party alone ("(Lab)"), as a
 * US party tag reads.
 */
function withoutSeats(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    out.push(tokens[i]!);
    if (tokens[i]!.text !== '(' || tokens[i - 1]?.pos !== 'PROPN') continue;
    // The party: one to three capitalised words or abbreviations ("Lab", "Lib Dem", "D.").
    let c = i + 1;
    while (c < tokens.length && c <= i + 4 && tokens[c]!.quote < 0 && (/^[\p{Lu}]/u.test(tokens[c]!.text) || tokens[c]!.text === '.')) c++;
    if (c === i + 1 || c > i + 4 || tokens[c]?.text !== ',') continue;
    // The seat or state: capitalised words and the small words of place names, up to the closing parenthesis.
    let e = c + 1;
    while (e < tokens.length && e <= c + 8 && tokens[e]!.quote < 0 && (/^[\p{Lu}]/u.test(tokens[e]!.text) || /^(?:and|upon|on|under|of|the|in|-|\.|&)$/u.test(tokens[e]!.text))) e++;
    if (e === c + 1 || tokens[e]?.text !== ')' || !/^[\p{Lu}.]/u.test(tokens[e - 1]!.text)) continue;
    for (let k = i + 1; k < c; k++) out.push(tokens[k]!);
    i = e - 1;
  }
  return out;
}

// The lowercase particles of Dutch, German, French, Italian and Portuguese surnames.
const SURNAME_PARTICLE = /^(?:de|van|von|del|della|dela|delos|di|da|das|dos|du|ter|zu|bin|ibn|bint)$/u;
// The article of a particle of two words, after "van", "von" or "de" ("van der", "van den", "de la", "von der").
const SECOND_PARTICLE = /^(?:der|den|la|le|las|los)$/u;

/** The part of speech of the first word after token `i` of the model's reading (spaces passed over), or ''. */
function nextWordText(t: ReturnType<Tagger>, i: number): string {
  for (let k = i + 1; k < t.pos.length; k++) if (t.pos[k] !== 'SPACE') return t.values[k]!;
  return '';
}

function nextWordPos(t: ReturnType<Tagger>, i: number): string {
  for (let k = i + 1; k < t.pos.length; k++) if (t.pos[k] !== 'SPACE') return t.pos[k]!;
  return '';
}

/**
 * The model splits a hyphenated given name at its hyphen ("Tae-hyung" → "Tae", "-", "hyung"/NOUN), which
 * breaks the name's run of proper nouns: joined again when the part after the hyphen is capitalised or no
 * common word ("Ki-moon", "Jong-un", "Al-Awlaki"), not when it makes an adjective ("Moscow-based", "US-led").
 */
function joinHyphenatedNames(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = out[out.length - 1];
    const dash = tokens[i]!;
    const b = tokens[i + 1];
    // "Abdul-Karim al-Hashimi", "Samir el-Badawi": an Arabic surname's article, which the model reads as a noun
    // cut off by the hyphen, is part of the surname after a name.
    const before = out[out.length - 2];
    if (a && b && before && dash.text === '-' && /^(?:al|el)$/u.test(a.text) && a.quote < 0 && b.quote < 0 && before.pos === 'PROPN' && before.quote < 0 && before.end + 1 === a.start && a.end === dash.start && dash.end === b.start && /^[\p{Lu}][\p{Ll}]+$/u.test(b.text)) {
      out[out.length - 1] = { ...a, text: `${a.text}-${b.text}`, lemma: `${a.text}-${b.text.toLowerCase()}`, pos: 'PROPN', end: b.end };
      i++;
      continue;
    }
    if (a && b && dash.text === '-' && a.pos === 'PROPN' && a.quote < 0 && b.quote < 0 && a.end === dash.start && dash.end === b.start && /^[\p{Lu}][\p{L}]*$/u.test(a.text) && /^[\p{L}]+$/u.test(b.text) && (/^[\p{Lu}]/u.test(b.text) || !commonWordNotName(b.text) || givenNameSyllable(out, b, tokens[i + 2]))) {
      out[out.length - 1] = { ...a, text: `${a.text}-${b.text}`, lemma: `${a.lemma}-${b.text.toLowerCase()}`, end: b.end };
      i++;
      continue;
    }
    out.push(dash);
  }
  return out;
}

// Short words that make a compound adjective after a name ("Saudi-led", "Kremlin-run"), never a given name's part.
const COMPOUND_PART = /^(?:led|run|born|bred|made|held|wide|era|style|only|like|free|less|sized|owned|based|backed|linked)$/u;

/**
 * Whether the short common word after a hyphen ("won", "woo") ends the given name of a Korean-style name
 * whose family name stands before it ("Park Ji-won", "Kim Tae-woo"): a capitalised part run on from a
 * capitalised word, and no noun after it for a compound adjective to qualify.
 */
function givenNameSyllable(out: readonly Token[], part: Token, after: Token | undefined): boolean {
  // ('"...," Ji-won recalled.': a given name alone, two short syllables, right before a verb of speech it is the
  // subject of; a compound adjective is followed by the noun it qualifies, never by such a verb.)
  if (after && after.quote < 0 && CUE_FORMS.has(after.text) && /^[\p{Lu}][\p{Ll}]{1,3}$/u.test(out[out.length - 1]!.text) && /^[\p{Ll}]{2,4}$/u.test(part.text) && !COMPOUND_PART.test(part.text)) return true;
  const family = out[out.length - 2];
  if (!family || family.pos !== 'PROPN' || family.quote >= 0 || !/^[\p{Lu}][\p{Ll}]+$/u.test(family.text) || !/^[\p{Lu}][\p{Ll}]+$/u.test(out[out.length - 1]!.text)) return false;
  if (!/^[\p{Ll}]{2,4}$/u.test(part.text) || COMPOUND_PART.test(part.text)) return false;
  return !after || !/^(?:NOUN|PROPN|ADJ|NUM)$/u.test(after.pos);
}

/**
 * Whether a shortened sentence may hold a fragment quoted after its subject: a capital opens it (a name may)
 * and a quote stands after a word of it.
 */
function fragmentAfterSubject(reduced: string): boolean {
  return /^\W*[\p{Lu}]/u.test(reduced) && /\S\s+"Q"/u.test(reduced);
}

/** A line break inside a paragraph, as a token. */
export const LINE_BREAK = '\n';

export function isCue(t: Token, previous?: Token): boolean {
  if (t.quote >= 0) return false;
  // "Omar Said, a tailor, and ...": a capitalised "Said" right after a given name is his surname, no verb
  // (a verb inside a sentence is written in lowercase).
  if (t.text === 'Said' && previous && /^[\p{Lu}][\p{Ll}]+$/u.test(previous.text) && isKnownFirstName(previous.text)) return false;
  if (t.lemma === GOES_ON_IN_STATE) return false;
  if (REPORTING_FORMS.test(t.text)) return true;
  // "The statement read in part, ...": a document reads its words as a person says them (a person who "read"
  // reads another's words, so only after a document's noun).
  if (/^reads?$/u.test(t.text) && previous && DOCUMENT_READING.test(previous.text)) return true;
  // After an auxiliary a reporting verb's form is the verb, whatever the model tagged it ("is promising").
  if (previous?.pos === 'AUX' && previous.lemma !== 'be' && CUE_FORMS.has(t.text.toLowerCase())) return true;
  if (previous?.pos === 'AUX' && /ing$/u.test(t.text) && CUE_FORMS.has(t.text.toLowerCase())) return true;
  return (t.pos === 'VERB' || t.pos === 'AUX') && REPORTING.has(t.lemma) && t.lemma !== 'be';
}

export const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART']);
export const SKIP_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);
