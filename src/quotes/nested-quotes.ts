/**
 * Quotes inside a quote: `"A colleague leaned over and said to me, 'Watch, they will be back,'" she recalls.`
 * The outer quote is the outer speaker's words; the inner one is the words he or she reports someone else saying.
 * Each inner quote becomes a record of its own, credited only by the grammar inside the outer quote ("X said
 * '...'", "'...,' X said") to a name or an indefinite description, or to the outer speaker when "I" said it;
 * otherwise to nobody. It is never given the outer speaker by default: that is how a quoted person's words
 * came to be credited to the one recalling them.
 */
import type { QuoteRecord } from './quote-record.ts';
import type { DocumentSpeakers, LocalSpeaker } from './document-speakers.ts';
import { innerDoubleEnd } from './nested-double.ts';
import { isRoleNoun, parseSubjectPhrase, personNotPart, singular, type ParsedSpeaker } from './speaker-phrases.ts';
import { nounSex } from './gendered-nouns.ts';
import { isKindOf } from '../text/wordnet.ts';
import { spelledOut } from './title-abbreviations.ts';

/** Where an inner quote stands in the paragraph text: its marks and its words. */
export interface InnerSpan {
  open: number;
  close: number;
  start: number;
  end: number;
}

const DOUBLE_OPEN = new Set(['"', '“', '«', '„']);
const LETTER = /[\p{L}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
const ELISION = /^(?:em|til|cause|cos|n|tis|twas|round|bout|nuff|kay|\d)(?![\p{L}])/iu;

/**
 * The quotes within the words `text.slice(from, to)` of a quote whose opening mark is `openMark`: single marks
 * inside double ones (an opening mark after a space or a dash and before a letter, closed by a mark after a
 * letter or punctuation and before a space or punctuation, on the same line); double marks inside single ones.
 * Apostrophes ("don't", "Korea's", "the leaders' talks") are not openings: no space before them, or no letter
 * after.
 */
export function innerSpans(text: string, from: number, to: number, openMark: string): InnerSpan[] {
  const out: InnerSpan[] = [];
  const double = DOUBLE_OPEN.has(openMark);
  // Inside guillemets, as Russian and German papers print them, a quote within takes low-high marks „...“ (or
  // English double marks), not single ones.
  const guillemet = openMark === '«';
  for (let k = from; k < to; k++) {
    const c = text[k]!;
    if (guillemet ? c !== '„' && c !== '“' && c !== '"' : double ? c !== "'" && c !== '‘' : c !== '"' && c !== '“') continue;
    if (k > 0 && !/[\s(—–:,]/u.test(text[k - 1]!)) continue;
    if (!LETTER.test(text[k + 1] ?? '')) continue;
    // A letter left out, not a quote: "six of 'em", "'til then", "rock 'n' roll", "the '90s".
    if (ELISION.test(text.slice(k + 1, k + 7))) continue;
    const close = guillemet ? doubleClose(text, k, to) : double ? singleClose(text, k, to) : innerDoubleEnd(text, k) - 1;
    if (close <= k || close >= to + 1) continue;
    let start = k + 1;
    let end = close;
    while (end > start && /[\s,;:]/u.test(text[end - 1]!)) end--;
    while (start < end && /\s/u.test(text[start]!)) start++;
    // One word of letters at least two long: not "rock 'n' roll".
    if ((text.slice(start, end).match(/[\p{L}]/gu) ?? []).length < 2) continue;
    out.push({ open: k, close, start, end });
    k = close;
  }
  return out;
}

/** The closing double mark, on the same line and after a letter or punctuation, of the quote opened at `k` inside guillemets, before `to`, or -1. */
function doubleClose(text: string, k: number, to: number): number {
  const closers = text[k] === '"' ? '"' : text[k] === '„' ? '“”' : '”';
  for (let m = k + 1; m < to && m <= k + 400; m++) {
    const c = text[m]!;
    if (c === '\n') return -1;
    if (closers.includes(c) && /[\p{L}\p{N}.,!?;:…)]/u.test(text[m - 1]!)) return m;
  }
  return -1;
}

/** The closing single mark of the quote opened at `k`, before `to`, or -1. */
function singleClose(text: string, k: number, to: number): number {
  const closer = text[k] === '‘' ? '’' : "'";
  for (let m = k + 1; m < to && m <= k + 400; m++) {
    const c = text[m]!;
    if (c === '\n' || (closer === '’' && c === '‘')) return -1;
    if (c !== closer && !(closer === '’' && c === "'")) continue;
    // An apostrophe inside a word ("don't") or of a plural possessive before a noun is not the close.
    const next = text[m + 1] ?? ' ';
    if (WORD_CHAR.test(next)) continue;
    if (!/[\p{L}\p{N}.,!?;:…)]/u.test(text[m - 1]!)) continue;
    if (!/[\s.,;:!?—–)"”»]/u.test(next) && m + 1 < to) continue;
    // "'Watch the Russians' faces when ...'": after a plural's "s" and before a lowercase word the mark may be
    // the possessive's; it is when the words go on to a close after a sentence's end mark.
    if (text[m - 1] === 's' && /\s/u.test(next) && /[\p{Ll}]/u.test(text[m + 2] ?? '') && closesSentenceLater(text, m + 1, to, closer)) continue;
    return m;
  }
  return -1;
}

/** Whether a closing mark right after a sentence's end mark follows `from` on the same line before `to`. */
function closesSentenceLater(text: string, from: number, to: number, closer: string): boolean {
  for (let n = from; n < to && n <= from + 400; n++) {
    const c = text[n]!;
    if (c === '\n') return false;
    if ((c === closer || (closer === '’' && c === "'")) && /[.!?]/u.test(text[n - 1]!) && /[\s"”»]/u.test(text[n + 1] ?? ' ')) return true;
  }
  return false;
}

// A reporting verb of the inner quote, with what may follow it before the quote ("said to me,", "told us:").
const VERB = String.raw`(?:said|says|say|told|tells|asked|asks|replied|replies|answered|answers|wrote|writes|shouted|shouts|whispered|whispers|added|adds|declared|declares|warned|warns|promised|promises|insisted|insists|texted|messaged|emailed|put it|puts it|used to say|would say|kept saying|likes to say|liked to say|used to tell|would tell)`;
// (The one told may be named, "I used to tell Kenji, '...'", and when may follow: "said to me last week,", "told me in 1993:".)
const AFTER_VERB = String.raw`(?:\s+(?:to\s+)?(?:me|us|him|her|them|everyone|everybody|reporters|the room|[\p{Lu}][\p{Ll}]+))?(?:\s+(?:once|then|later|quietly|simply|flatly|again|yesterday|(?:last|this|that|one)\s+(?:week|month|year|night|morning|evening|spring|summer|autumn|winter|day|time)|(?:in|on)\s+(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|\d+\s+years\s+ago))?`;
const BEFORE = new RegExp(String.raw`^(.*)\s+${VERB}${AFTER_VERB}\s*[,:]?\s*$`, 'iu');
const AFTER = new RegExp(String.raw`^\s*[,—–]?\s*([^,.;:!?"“”'‘’]{1,60}?)\s+${VERB}\b`, 'iu');
// "the words of my grandmother, ", "the advice of an old teacher: ": whose words follow.
const WORDS_OF = /\b(?:words|advice|saying|motto|warning|promise)\s+of\s+((?:my|our|an?|one)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+)\s*[,:]?\s*$/u;
const ADVERB = /\s+(?:once|then|later|just|simply|quietly|finally|always|also|suddenly)$/iu;

/** The speaker phrase the words inside the outer quote give an inner quote, before it or right after it. */
export function innerCredit(before: string, after: string): ParsedSpeaker | 'I' | null {
  // "I thought of the words of my grandmother, '...'": the one whose words they are.
  const w = WORDS_OF.exec(before);
  if (w) return subject(w[1]!);
  const b = BEFORE.exec(before);
  // ("used to say": the verb's "say" may be what matched, the habit's words left on the subject.)
  if (b) return subjectBefore(b[1]!.replace(/\s+(?:used\s+to|liked\s+to|likes\s+to|would|will)$/iu, '').replace(ADVERB, ''));
  const a = AFTER.exec(after);
  if (a) return subject(a[1]!);
  return null;
}

/**
 * The title of a teller the words inside the outer quote give an inner quote as "the" and one title word ("The
 * governor told me, '...'", "'...,' the mayor said"), spelled out and lower-cased; or null.
 */
export function definiteTitleTeller(before: string, after: string): string | null {
  const b = BEFORE.exec(before);
  const clause = b ? b[1]!.replace(ADVERB, '').split(/[,;—–]/u).pop()!.trim() : AFTER.exec(after)?.[1]?.trim();
  const m = clause ? /^(?:the|The)\s+([\p{Ll}]+)$/u.exec(clause) : null;
  return m && isRoleNoun(m[1]!) ? m[1]! : null;
}

/** The one full name `text` gives right after the title `title` (spelled out, "Governor", or abbreviated, "Gov."); null when none or several. */
export function titledHolder(text: string, title: string): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}])([\p{Lu}][\p{Ll}]+)\.?\s+((?:[\p{Lu}][\p{L}'’-]+\s+){1,2}[\p{Lu}][\p{L}'’-]+|[\p{Lu}][\p{L}'’-]+)/gu)) {
    if (spelledOut(m[1]!) === title) found.add(m[2]!);
  }
  // (A surname alone after the title is the full name's, when the full name is among them: "Governor Rudd" after "Gov. Alma Rudd".)
  const full = [...found].filter((n) => /\s/u.test(n));
  const names = full.length > 0 && [...found].every((n) => /\s/u.test(n) || full.some((f) => f.endsWith(` ${n}`))) ? new Set(full) : found;
  return names.size === 1 ? [...names][0]! : null;
}

/** The subject of the words before the verb, across a verb it shares ("A colleague leaned over and said"). */
function subjectBefore(pre: string): ParsedSpeaker | 'I' | null {
  // The clause's own words: after the last comma or dash ("Then, at dinner, I said").
  let clause = pre.split(/[,;—–]/u).pop()!.trim();
  // ("I told him what my own captain told me": the subject of the clause that "what" or "how" opens.)
  const relayed = /^(?:I|we|he|she|they)\s+(?:[\p{Ll}]+\s+){1,3}(?:what|how)\s+((?:my|our|his|her|their|an?|one)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+)$/iu.exec(clause);
  if (relayed) clause = relayed[1]!;
  const shared = /^(.*?)\s+and$/u.exec(clause);
  if (!shared) return subject(clause);
  const words = shared[1]!.split(/\s+/u);
  // The longest start that reads as a subject with a person at its head, with one to five words of its other
  // verb after it ("leaned over the fence and").
  for (let j = words.length - 1; j >= 1 && words.length - j <= 5; j--) {
    const found = subject(words.slice(0, j).join(' '));
    if (found && (found === 'I' || found.type === 'name' || (found.type === 'description' && personHead(found.head)))) return found;
  }
  return null;
}

/** A head noun that names a kind of person: a role ("inspector") or, by WordNet, a person and no part of one ("neighbour", not "voice"). */
function personHead(head: string): boolean {
  return isRoleNoun(head) || personNotPart(singular(head.toLowerCase()));
}

/** "a neighbour", "an old friend": an indefinite description whose head WordNet knows as a person. */
function indefinitePerson(phrase: string): ParsedSpeaker | null {
  const m = /^(?:a|an|one)\s+(?:[\p{L}-]+\s+){0,2}([\p{Ll}]+)$/iu.exec(phrase);
  if (!m || !personHead(m[1]!)) return null;
  return { type: 'description', text: phrase.replace(/^\S+/u, (w) => w.toLowerCase()), head: singular(m[1]!), definite: false, plural: false, kind: 'unnamed' };
}

// Words a child calls kin by, and the words a report writes for them.
const FORMAL_KIN: Readonly<Record<string, string>> = { mom: 'mother', mum: 'mother', mommy: 'mother', mummy: 'mother', mama: 'mother', mamma: 'mother', ma: 'mother', dad: 'father', daddy: 'father', papa: 'father', pa: 'father', grandma: 'grandmother', granny: 'grandmother', nan: 'grandmother', nana: 'grandmother', grandpa: 'grandfather', granddad: 'grandfather', grandad: 'grandfather' };

const POSSESSIVE_OPENING = /^(?:my|our|your|his|her|their|its)(?:\s|$)/iu;

function subject(phrase: string): ParsedSpeaker | 'I' | null {
  const s = phrase.trim();
  if (s === 'I') return 'I';
  // "My old foreman used to say, '...'": one the outer speaker calls his own ("my", "our") is a person of his
  // story, a new one as an indefinite description is (`nestedRecords` says whose).
  const own = /^(?:my|our)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}]+)$/iu.exec(s);
  // (A parent called as a child calls them, "my mom", "my dad", is written as the report would: "Roe's mother".)
  const formal = own ? FORMAL_KIN[own[1]!.toLowerCase()] : undefined;
  if (own && formal) return { type: 'description', text: s.replace(/^\S+/u, (w) => w.toLowerCase()).replace(/\S+$/u, formal), head: formal, definite: false, plural: false, kind: 'unnamed' };
  if (own && personHead(own[1]!)) return { type: 'description', text: s.replace(/^\S+/u, (w) => w.toLowerCase()), head: singular(own[1]!), definite: false, plural: false, kind: 'unnamed' };
  // ("Dad used to say, '...'": a parent called by what a child calls them, as a name, is the speaker's own.)
  const called = /^[\p{Lu}][\p{Ll}]+$/u.test(s) ? FORMAL_KIN[s.toLowerCase()] : undefined;
  if (called) return { type: 'description', text: `my ${called}`, head: called, definite: false, plural: false, kind: 'unnamed' };
  const parsed = parseSubjectPhrase(s) ?? indefinitePerson(s);
  if (!parsed) return null;
  // (A possessive determiner is no name, though a sentence's first word is capitalised: "My coach looked at me and
  // said" cut down to "My" by the search for a shared verb's subject names no one.)
  if (parsed.type === 'name' && POSSESSIVE_OPENING.test(s)) return null;
  if (parsed.type === 'name') return parsed;
  // A definite description inside someone's story ("the minister") may be anyone of it; an indefinite one
  // ("a Russian colleague") is a new person, whoever he is.
  if (parsed.type === 'description' && !parsed.definite && !parsed.plural) return parsed;
  return null;
}

/**
 * Records for the quotes inside the quote of `outer`, whose paragraph text is `text`: each credited by
 * `innerCredit` (a name resolved in the document, an indefinite description as a new unnamed speaker, "I" as the
 * outer speaker) or to nobody; none is continued from the quotes around it.
 */
export function nestedRecords(outer: QuoteRecord, text: string, paragraph: number, ds: DocumentSpeakers, previous?: string, ownBefore = ''): QuoteRecord[] {
  const { span } = outer;
  const mark = text[span.open] ?? '';
  if (!DOUBLE_OPEN.has(mark) && mark !== "'" && mark !== '‘') return [];
  const spans = innerSpans(text, span.start, span.close, mark);
  const out: QuoteRecord[] = [];
  for (const inner of spans) {
    const sentenceFrom = Math.max(span.start, lastSentenceEnd(text, span.start, inner.open));
    let credit = innerCredit(text.slice(sentenceFrom, inner.open), text.slice(inner.close + 1, span.end));
    // "A woman who left Varnholt sent me a note. She said, '...'": "she" (or "he") inside the outer quote, with one
    // person brought in by "a" before it in the outer quote, of no other sex, is that person.
    if (!credit) credit = pronounToNewcomer(text.slice(span.start, inner.open), text.slice(sentenceFrom, inner.open));
    // ('"My mother phoned. She says, \'Come home.\'" Roe said.': the outer speaker's own kin or acquaintance, brought
    // in by "my" or "our" inside the outer quote, one only and of no other sex, no one else named there; written as
    // the outer speaker's below.)
    // (Or in the words the outer speaker gave before it in the paragraph: '"My mother rings nightly," Roe said. "She says, \'...\'"'.)
    const speakersWords = `${ownBefore} ${text.slice(span.start, inner.open)}`;
    if (!credit && !rivalNamed(speakersWords, text.slice(sentenceFrom, inner.open), outer.local, ds)) {
      const mine = pronounToOwned(speakersWords, text.slice(sentenceFrom, inner.open), true);
      if (mine) credit = { type: 'description', text: `${mine.owner} ${mine.rest}`, head: mine.head, definite: false, plural: false, kind: 'unnamed' };
    }
    // ('Vos recalled that a travelling inspector had promised a hall. "He told us, \'...,\' and we are still waiting," she
    // said.': with none inside the outer quote, the one person brought in by "a" in the paragraph before it.)
    // (Not when the paragraph before it names a person the pronoun may as well mean: a name of its sex, or none told.)
    if (!credit && !rivalNamed(text.slice(0, span.open), text.slice(sentenceFrom, inner.open), outer.local, ds)) credit = pronounToNewcomer(text.slice(0, span.open), text.slice(sentenceFrom, inner.open));
    // ('Their mother calls most Sundays. "She always asks: \'Are you eating?\'" Roe said.': or, with none brought in
    // by "a", the one person the paragraph's words before the outer quote give by a possessive and a noun of a person
    // ("his platoon sergeant", "their mother"), of no other sex; written as the outer speaker's when the
    // possessive may be his or hers ("Roe's mother"), else as "the" one.)
    // (An outer quote opening its paragraph: the paragraph before it, "He has never forgotten what his old sergeant
    // told him." then '"He said, \'...\'" Roe said.'.)
    const ownerText = /^\s*$/u.test(text.slice(0, span.open)) && previous !== undefined ? previous : text.slice(0, span.open);
    // (A body's name there, "the 7th Infantry Division", is no rival.)
    if (!credit && !rivalNamed(withoutBodyNames(ownerText), text.slice(sentenceFrom, inner.open), outer.local, ds)) {
      const owned = pronounToOwned(ownerText, text.slice(sentenceFrom, inner.open));
      if (owned) {
        const outerName = outer.local?.kind === 'person' ? outer.local.names[0] : undefined;
        const sex = outer.local?.gender;
        const ownerFits = owned.owner === 'their' || (owned.owner === 'his' ? sex === 'm' : sex === 'f');
        credit = { type: 'description', text: outerName && ownerFits ? `${outerName}'s ${owned.rest}` : `the ${owned.rest}`, head: owned.head, definite: false, plural: false, kind: 'unnamed' };
      }
    }
    // ('Berg spoke with Gov. Alma Rudd, who promised to raise it. "The governor told me, \'...\'" he said.': "the"
    // and a title inside the outer quote is the one person the words before it, in its paragraph or the one
    // before, name under that title, spelled out or abbreviated; with none or several, no one.)
    if (!credit) {
      const title = definiteTitleTeller(text.slice(sentenceFrom, inner.open), text.slice(inner.close + 1, span.end));
      const holder = title ? titledHolder(`${previous ?? ''}\n${text.slice(0, span.open)}`, title) : null;
      const named = holder && ds.knowsName(holder) ? parseSubjectPhrase(holder) : null;
      if (named?.type === 'name' && named.kind === 'person') credit = named;
    }
    // ("my old sergeant" is the outer speaker's: "Jane Roe's old sergeant" when the outer speaker is named.)
    const outerName = outer.local?.names[0];
    if (credit && credit !== 'I' && credit.type === 'description' && /^(?:my|our)\s/u.test(credit.text)) credit = { ...credit, text: outerName && outer.local?.kind === 'person' ? credit.text.replace(/^(?:my|our)\s/u, `${outerName}'s `) : credit.text.replace(/^(?:my|our)\s/u, 'the speaker\'s ') };
    let local: LocalSpeaker | null = null;
    let path = 'quote inside a quote, uncredited';
    if (credit === 'I') {
      local = outer.local;
      path = 'quote inside a quote, the outer speaker\'s own';
    } else if (credit) {
      local = ds.resolve(credit, paragraph, null, true);
      path = `quote inside a quote | ${ds.lastPath}`;
    }
    const words = text.slice(inner.start, inner.end);
    // A fragment: not capitalised, or running on past its words without ending a sentence ("'we came here' for").
    const endsItself = /^[\s,]*$/u.test(text.slice(inner.end, inner.close)) || /[.!?…]$/u.test(words);
    const partial = !/^[\p{Lu}]/u.test(words) || !endsItself;
    out.push({
      quote: { ...outer.quote, quote: words, partial, speakerId: null, speaker: null, role: null, speech: true },
      passage: outer.passage,
      span: { open: inner.open, close: inner.close, start: inner.start, end: inner.end, closed: true },
      sentenceStart: outer.sentenceStart,
      local,
      attributedRole: null,
      sentenceInitial: false,
      paragraphInitial: false,
      own: true,
      latestBefore: outer.latestBefore,
      path,
    });
  }
  return out;
}

/** The index after the last sentence end (". ", "? ", "! ") in `text.slice(from, to)`, or `from`. */
function lastSentenceEnd(text: string, from: number, to: number): number {
  let at = from;
  for (let i = from; i < to - 1; i++) if (/[.!?]/u.test(text[i]!) && /\s/u.test(text[i + 1]!)) at = i + 2;
  return at;
}

/**
 * "A woman who left Varnholt sent me a note on Tuesday. She said, '...'": the person a "he" or "she" crediting the
 * inner quote means, when the outer quote before it brings in exactly one person by "a", "an" or "one" (a noun
 * WordNet or the roles know as a person) whose noun tells no other sex; else null.
 */
/** Whether `before` names a person, other than the outer speaker, whom the "he" or "she" opening `clause` may mean. */
function rivalNamed(before: string, clause: string, outer: LocalSpeaker | null, ds: DocumentSpeakers): boolean {
  const m = /^\s*(he|she)\b/iu.exec(clause);
  if (!m) return true;
  const want = m[1]!.toLowerCase() === 'he' ? 'm' : 'f';
  const own = new Set((outer?.names ?? []).flatMap((n) => n.split(/\s+/u)));
  for (const x of before.matchAll(/(?<![\p{L}'’-])[\p{Lu}][\p{Ll}'’-]+/gu)) {
    if (own.has(x[0]) || !ds.knowsName(x[0])) continue;
    const sex = ds.knownGender(x[0]);
    if (!sex || sex === want) return true;
  }
  return false;
}

// "He said, '", "she always says, '", and a deed joined to the saying by "and": "He rang me and said, '", "She used
// to come home and say, '".
const PRONOUN_SAID = /^\s*(he|she)\s+(?:always\s+|once\s+|just\s+)?(?:(?:used\s+to\s+)?(?:[\p{Ll}]+\s+){1,3}?and\s+(?:then\s+)?)?(?:said|says|told|tells|wrote|writes|asked|asks|added|adds|replied|replies|answered|answers|put it|say|tell)\b/iu;

function pronounToNewcomer(outerBefore: string, clause: string): ParsedSpeaker | null {
  const m = PRONOUN_SAID.exec(clause);
  if (!m) return null;
  const want = m[1]!.toLowerCase() === 'he' ? 'm' : 'f';
  const found: ParsedSpeaker[] = [];
  // Where each description found ends, to tie an appositive set off after it to it.
  const ends: { start: number; end: number }[] = [];
  // (A people's adjective may stand among the words before the noun: "a Ukrainian counterpart", "a Russian official".)
  // (A relative clause without "who" may follow, its subject a pronoun: "a defector she interviewed in 2019".)
  for (const x of outerBefore.matchAll(/(?:^|[\s,;:—–])((?:[Aa]n?|[Oo]ne)\s+(?:(?:[\p{Ll}-]+|[\p{Lu}][\p{Ll}]+(?:ian|ean|ese|ish|an|ic))\s+){0,2}?([\p{Ll}]+))(?=\s+(?:who|whose|from|in|at|of|I|we|she|he|they|wrote|called|rang|said|told|came|walked|stopped|sent|had|has|once|last|years|months)\b|\.(?:\s|$))/gu)) {
    const head = x[2]!;
    if (!personHead(head)) continue;
    // ("Jane Roe, an opposition member of ..., said": a description set off right after a name is that person's
    // appositive, the one named, never a newcomer.)
    if (/[\p{Lu}][\p{L}'’.-]*,\s*$/u.test(outerBefore.slice(0, x.index! + x[0].length - x[1]!.length))) continue;
    // ("She was thrilled, like a child at a fair": a description one is likened to is nobody on the scene.)
    if (/\b(?:like|as|than)\s*$/iu.test(outerBefore.slice(0, x.index! + x[0].length - x[1]!.length))) continue;
    const sex = nounSex(head, { sexlessTitles: true, plural: false });
    if (sex && sex !== want) continue;
    const start = x.index! + x[0].length - x[1]!.length;
    const text = x[1]!.replace(/^\S+/u, (w) => w.toLowerCase());
    // ("a defector she interviewed in 2019, a former trade official.": a description set off by a comma at the end
    // of the clause that brought in the one before is that one's appositive, the same person: named by both.)
    const prev = found.at(-1);
    const last = ends.at(-1);
    if (prev && last && prev.type === 'description' && /^[^,.;:!?"“”]{0,60},\s*$/u.test(outerBefore.slice(last.end, start)) && outerBefore.slice(start + x[1]!.length).trim() === '.') {
      found[found.length - 1] = { ...prev, text: `${outerBefore.slice(last.start, start).trim()} ${text}`.replace(/^\S+/u, (w) => w.toLowerCase()) };
      continue;
    }
    found.push({ type: 'description', text, head: singular(head), definite: false, plural: false, kind: 'unnamed' });
    ends.push({ start, end: start + x[1]!.length });
  }
  return found.length === 1 ? found[0]! : null;
}

/**
 * The one person `outerBefore` (the paragraph before an outer quote) gives by "his", "her" or "their" and a noun
 * of a person ("his platoon sergeant", "Their mother"), whom the "he" or "she" crediting an inner quote in `clause`
 * may mean (the noun tells no other sex): its head noun, its possessive and the words after the possessive; else null.
 * (`speakers`: the outer speaker's own, "my mother", "our neighbour", inside the outer quote.)
 */
function pronounToOwned(outerBefore: string, clause: string, speakers = false): { head: string; owner: string; rest: string } | null {
  const m = PRONOUN_SAID.exec(clause);
  if (!m) return null;
  const want = m[1]!.toLowerCase() === 'he' ? 'm' : 'f';
  const found: { head: string; owner: string; rest: string }[] = [];
  for (const x of outerBefore.matchAll(speakers ? /(?:^|[\s,;:—–"“‘'])([Mm]y|[Oo]ur)(?=((?:\s+[\p{Ll}-]+){1,3}))/gu : /(?:^|[\s,;:—–])([Hh]is|[Hh]er|[Tt]heir)((?:\s+[\p{Ll}-]+){1,3})/gu)) {
    // The noun phrase ends on a noun WordNet has as a kind of person, the word after it none ("his platoon
    // sergeant told", "his best friend said"; not "his first night").
    const words = x[2]!.trim().split(/\s+/u);
    const person = (w: string): boolean => isKindOf(singular(w), 'person', 6);
    const i = words.findIndex((w, k) => person(w) && !(k + 1 < words.length && person(words[k + 1]!)));
    if (i < 0) continue;
    const head = words[i]!;
    if (singular(head) !== head) continue;
    const sex = nounSex(head, { sexlessTitles: true, plural: false });
    if (sex && sex !== want) continue;
    const rest = words.slice(0, i + 1).join(' ');
    found.push({ head, owner: x[1]!.toLowerCase(), rest });
  }
  return found.length === 1 ? found[0]! : null;
}

/** `text` with each run of capitalised words that reads as a body's name ("the 7th Infantry Division") blanked. */
function withoutBodyNames(text: string): string {
  return text.replace(/(?<![\p{L}'’-])[\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+)+/gu, (run) => {
    const parsed = parseSubjectPhrase(run);
    return parsed?.type === 'name' && parsed.kind === 'organisation' ? ' '.repeat(run.length) : run;
  });
}
