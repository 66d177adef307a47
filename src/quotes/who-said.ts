/**
 * who-said's answer to a claim as typed: the claim read (frame, quotation marks and "?" off, the speaker it
 * names), the quotes holding its words looked up, the named speaker's quotes first, and each quote's
 * verdict against the claim word by word (same, close, or something different, with the words that differ).
 */
import type { AcrossQuotes, Citation, Quote, WhoSaidAnswer, WhoSaidMatch } from '../types.ts';
import { readClaim, type Claim } from './claim.ts';
import { compareAround, compareClaim, compareJoined, sharedWords, type Comparison } from './misquote.ts';
import { describedLead, namingLead, reportedLead } from './reported-lead.ts';
import { subjectsFragment } from './subject-fragment.ts';
import { namesAntecedent } from './pronoun-antecedent.ts';
import { namesClauseSubject } from './subject-verb-lead.ts';
import { compareElidedJoin } from './elided-join.ts';
import { misspeltSurnameOf } from './misspelt-surname.ts';
import { namesSpeakersBody } from './speakers-body.ts';
import { closeWords, STOP_STEMS } from './quote-words.ts';
import { toldSex, typedHonorificSex } from './honorific-namesake.ts';
import { referredBodyWords, speaksForBody } from './body-spokesperson.ts';
import { nicknameOf } from './nickname-claim.ts';
import { creditedByDescription } from './credited-description.ts';
import { relaysClaimedSpeaker } from './relayed-claim.ts';
import { describedBesideName } from './description-beside-name.ts';

/** What the quote book found for some words: quote ids best first with how they matched, and narration. */
export interface FoundWords {
  found: { id: number; match: 'exact' | 'close' }[];
  narration: { text: string; citation: Citation }[];
  /** Sentences holding the words across quotation marks (looked for only when no quote nor narration holds them). */
  acrossQuotes: AcrossQuotes[];
}

/** What answering needs from the quote book. */
export interface ClaimLookup {
  /** The quotes and narration holding the words. */
  find(words: string): FoundWords;
  /** The quote of this id (undefined past the last: a neighbour looked for may not be there). */
  quote(id: number): Quote;
  /** The id of the speaker a typed name stands for, or null when no quoted speaker goes by it. */
  speakerId(name: string): string | null;
  /** The ids of a speaker's quotes (absent: the named speaker's quotes are not looked through). */
  quotesBy?(speakerId: string): number[];
  /** The ids of the people quoted whose name holds this word (absent: a surname typed means only the speaker it finds). */
  personsNamed?(word: string): string[];
  /** The text of quote `id`'s paragraph before it (absent: a pronoun's antecedent is looked for only in the quote). */
  textBefore?(id: number): string;
  /** The text of quote `id`'s document before it, earlier paragraphs and all (absent: only its paragraph is read). */
  documentBefore?(id: number): string;
  /** The narration saying the words in a few other words (absent: only narration holding them as typed counts). */
  narrationSharing?(words: string): FoundWords['narration'];
  /** The ids of the quotes holding any of these word stems (absent: other speakers' fragments are not looked through). */
  quotesWithStems?(stems: readonly string[]): number[];
}

// Close matches compared word by word before the answer is cut: enough to put the ones that say the same
// thing before the ones that say something different, without comparing hundreds.
const COMPARED_EXTRA = 3;

/** How well some words were found: an exact quote, close wording, only narration or across quotation marks, nothing. */
function strength(f: FoundWords): number {
  if (f.found.some((x) => x.match === 'exact')) return 3;
  if (f.found.length) return 2;
  return f.narration.length || f.acrossQuotes.length ? 1 : 0;
}

/**
 * The speaker a claim names: as typed, else without its article ("the diplomat" for the speaker the text calls
 * "a Russian diplomat in Vladivostok"): an article says nothing about who is meant.
 */
function namedSpeaker(name: string, book: ClaimLookup): string | null {
  const id = book.speakerId(name);
  if (id !== null) return id;
  const bare = name.replace(/^(?:a|an|the)\s+/iu, '');
  if (bare !== name && bare) return book.speakerId(bare);
  // "sam from darwin": a reader or caller typed with the town the text gives them is the one of that name.
  const from = /^([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*)?)\s+from\s+[\p{L}]/u.exec(name.trim());
  if (from) return book.speakerId(from[1]!);
  // "luciana mendez": a given name typed right and a surname one letter off, when no one else fits.
  const { personsNamed, quotesBy } = book;
  if (!personsNamed || !quotesBy) return null;
  const shownName = (id: string): string | null => {
    const first = quotesBy(id)[0];
    return first === undefined ? null : book.quote(first).speaker;
  };
  return misspeltSurnameOf(name, { personsNamed, shownName });
}

/**
 * The words of a speaker typed as a description ("the diplomat", "a Seoul official"), articles off; null for a
 * name. The directory finds no speaker by a description made of titles alone ("diplomat" is a title there).
 */
function descriptionWords(name: string): string[] | null {
  const m = /^(?:a|an|the)\s+(.+)$/iu.exec(name.trim());
  return m ? m[1]!.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean) : null;
}

// A title of office typed before a surname ("senator park", "gov. pell") narrows no less than an honorific does
// not: any person of that surname is one the claim may mean, and the answer names which.
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|professor|rev|the\s+rev|senator|sen|representative|rep|congressman|congresswoman|governor|gov|president|pres|minister|secretary|ambassador|amb|general|gen|chairman|chairwoman|mayor|judge|spokesman|spokeswoman|captain|capt|lieutenant|lt|colonel|col|sergeant|sgt|commander|cmdr|admiral|adm)\.?\s+/iu;

// Kin who share the family name of the one whose kin they are ("Oyama's daughter, Aiko" is Aiko Oyama); not a
// wife, husband or mother, who may keep another.
const KIN_SHARING_NAME = /^([\p{Lu}][\p{L}'’-]*?)['’]s\s+(?:(?:eldest|elder|older|younger|youngest|only|twin)\s+)?(?:son|daughter|brother|sister|father|grandson|granddaughter|grandfather)$/u;

// A word of kin as a role names it alone, its owner left out ("wife", "younger brother").
const KIN_ROLE = /^(?:(?:eldest|elder|older|younger|youngest|only|twin)\s+)?(?:wife|husband|son|daughter|brother|sister|father|mother|grandson|granddaughter|grandfather|grandmother)$/u;

/**
 * Whether a full name typed as first name and surname is the quote's speaker, shown by the first name alone with
 * a role of kin that gives the family name ("aiko oyama" for "Aiko", "Oyama's daughter"); or with the word of kin
 * alone, where the paragraph before the quote brought the speaker in as that surname's kin ("Mr Varga's wife,
 * Ilse," of "ilse varga"): a wife may keep her own name, but the one typed is still the one the text calls so.
 */
function kinFullName(typed: string | null, q: Quote, before: () => string): boolean {
  const words = typed?.trim().toLowerCase().split(/\s+/u) ?? [];
  if (words.length !== 2 || !q.speaker || !q.role || q.speaker.trim().toLowerCase() !== words[0]) return false;
  const m = KIN_SHARING_NAME.exec(q.role.trim());
  if (m !== null) return m[1]!.toLowerCase() === words[1];
  const role = q.role.trim().toLowerCase();
  if (!KIN_ROLE.test(role) || !/^[\p{L}][\p{L}'’-]*$/u.test(words[1]!)) return false;
  const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const introduced = new RegExp(String.raw`(?:^|[^\p{L}])${escape(words[1]!)}['’]s\s+${escape(role).replace(/ /gu, '\\s+')},?\s+${escape(q.speaker.trim())}(?![\p{L}])`, 'iu');
  return introduced.test(before());
}

// A title of office typed before a surname ("professor ohara", "sen. lund") and the words a role gives it in.
const TYPED_TITLE = /^(prof|professor|senator|sen|representative|rep|congressman|congresswoman|governor|gov|president|pres|minister|secretary|ambassador|amb|general|gen|chairman|chairwoman|mayor|judge|dr|doctor|captain|capt|lieutenant|lt|colonel|col|sergeant|sgt|commander|cmdr|admiral|adm)\.?\s+/iu;
const TITLE_FORMS: Readonly<Record<string, readonly string[]>> = {
  prof: ['professor', 'prof'],
  sen: ['senator', 'sen'],
  rep: ['representative', 'rep', 'congressman', 'congresswoman'],
  gov: ['governor', 'gov'],
  pres: ['president', 'pres'],
  amb: ['ambassador', 'amb'],
  gen: ['general', 'gen'],
  dr: ['dr', 'doctor'],
  // (Ranks, as a role often gives them abbreviated: "Capt. NAME", "Lt. Cmdr. NAME".)
  capt: ['captain', 'capt', 'cpt'],
  lt: ['lieutenant', 'lt'],
  col: ['colonel', 'col'],
  sgt: ['sergeant', 'sgt'],
  cmdr: ['commander', 'cmdr', 'cdr'],
  adm: ['admiral', 'adm'],
};
const TITLE_SHORT: Readonly<Record<string, string>> = { professor: 'prof', senator: 'sen', representative: 'rep', governor: 'gov', president: 'pres', ambassador: 'amb', general: 'gen', doctor: 'dr', captain: 'capt', lieutenant: 'lt', colonel: 'col', sergeant: 'sgt', commander: 'cmdr', admiral: 'adm' };

/**
 * The namesakes a title typed with their surname means: those whose role as the text gives it holds that title
 * ("professor ohara" of a professor and a cabinet secretary, both Ohara), when some do and some do not; else all
 * of them (a text that gives no one the title does not say the claim means someone else).
 */
function titledNamesakes(typed: string, ids: ReadonlySet<string>, book: ClaimLookup): ReadonlySet<string> {
  const m = TYPED_TITLE.exec(typed.trim());
  if (!m || ids.size < 2 || !book.quotesBy) return ids;
  const title = m[1]!.toLowerCase();
  const forms = TITLE_FORMS[title] ?? TITLE_FORMS[TITLE_SHORT[title] ?? ''] ?? [title];
  const holds = (id: string): boolean => book.quotesBy!(id).some((q) => roleHoldsTitle(book.quote(q).role ?? '', forms));
  const holders = [...ids].filter(holds);
  return holders.length > 0 && holders.length < ids.size ? new Set(holders) : ids;
}

// Words before a title that make it another's: "no relation to the professor", "an aide to the senator", "a
// spokesman for the governor", "the professor's student" name a holder of the title, not the one described.
const TITLE_OBJECT = /^(?:to|for|of|with|under|from|by|than|like)$/u;
const TITLE_DETERMINER = /^(?:the|a|an|his|her|their|its|our)$/u;

/**
 * Whether a role gives its holder one of these title forms: one standing in the role as the holder's own, not as
 * the object of a preposition, nor a possessor ("professor's" is another word).
 */
export function roleHoldsTitle(role: string, forms: readonly string[]): boolean {
  const words = role.toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean);
  return words.some((w, k) => {
    if (!forms.includes(w)) return false;
    const prev = words[k - 1] ?? '';
    if (TITLE_OBJECT.test(prev)) return false;
    if (TITLE_DETERMINER.test(prev) && TITLE_OBJECT.test(words[k - 2] ?? '')) return false;
    return true;
  });
}

/** The name the text shows for speaker `id` (that of its first quote), or null. */
function shownNameOf(id: string, book: ClaimLookup): string | null {
  const first = book.quotesBy?.(id)[0];
  return first === undefined ? null : book.quote(first).speaker;
}

// An unnamed speaker shown as acting for a titled person ("a spokesman for Sen. Ada Lund", "an aide to Governor
// Bo Kran"): the person after "for" or "to" is the principal, another person than the one speaking.
const FOR_PRINCIPAL = /^(?:a|an|the)\s+[^,]*?\s(?:for|to)\s+((?:Sen|Senator|Rep|Representative|Gov|Governor|President|Prime\s+Minister|Minister|Mayor|Mr|Mrs|Ms|Dr|Judge|Ambassador)\.?\s+[\p{Lu}][\s\S]*)$/u;

/**
 * Whether a name typed ("senator lund") holds only words of the principal a shown description acts for ("a
 * spokesman for Sen. Ada Lund") and none of the description's own: the claim names the principal, whose words a
 * spokesman's are not (they speak of him, "He has long warned ...").
 */
export function namesOnlyPrincipal(typed: string, shown: string | null): boolean {
  const m = shown === null ? null : FOR_PRINCIPAL.exec(shown.trim());
  if (!m) return false;
  const split = (x: string): string[] => x.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const principal = new Set(split(m[1]!).concat(['senator', 'sen', 'representative', 'rep', 'governor', 'gov', 'president', 'prime', 'minister', 'mayor', 'mr', 'mrs', 'ms', 'dr', 'judge', 'ambassador']));
  const own = new Set(split(shown!.slice(0, shown!.length - m[1]!.length)).filter((w) => !/^(?:a|an|the|for|to)$/u.test(w)));
  const words = split(typed).filter((w) => !/^(?:a|an|the)$/u.test(w));
  return words.length > 0 && words.every((w) => principal.has(w)) && !words.some((w) => own.has(w));
}

/** The surname a speaker typed as one name word stands for, honorific or title off ("ms kim" → "kim"), or null. */
function bareSurname(typed: string): string | null {
  const name = typed.trim().replace(HONORIFIC, '');
  return /^[\p{L}][\p{L}'’-]*$/u.test(name) && name.length > 1 ? name.toLowerCase() : null;
}

// Words of a description that tell no one apart: "the woman in the red coat" is "a woman in a red coat".
const DESCRIPTION_GLUE = new Set(['a', 'an', 'the', 'of', 'in', 'at', 'on', 'from', 'with', 'for', 'to', 'by']);

/**
 * Whether a quote's speaker, as named or with the role given, holds every word of the description (articles and
 * prepositions aside); a "the department" of theirs counts the words of the department the text last named so
 * (`documentBefore`: the document's text before the quote, asked only then).
 */
function describes(words: readonly string[], q: Quote, documentBefore?: () => string): boolean {
  // An initialism with its full stops ("U.S.", "U.N.") is typed without them in chat ("us", "un"): both forms count.
  const shown = `${q.speaker ?? ''} ${q.role ?? ''}`.toLowerCase();
  const closed = shown.replace(/(?<![\p{L}])(?:[\p{L}]\.){2,}/gu, (m) => m.replace(/\./gu, ''));
  const have = new Set(`${shown} ${closed}`.split(/[^\p{L}\p{N}]+/u));
  const telling = words.filter((w) => !DESCRIPTION_GLUE.has(w));
  if (telling.length === 0) return false;
  if (telling.every((w) => have.has(w))) return true;
  if (!documentBefore) return false;
  const body = referredBodyWords(shown, documentBefore);
  // (Only when the body's words are what is missing: the description's own head must still be the speaker's.)
  return body.length > 0 && have.has(telling[telling.length - 1]!) && telling.every((w) => have.has(w) || body.includes(w));
}

/**
 * The speaker a description typed stands for by its head alone ("the woman" of "the woman at the bus stop"), the
 * words before its first preposition, when the whole finds no one; null otherwise. Used only to look through that
 * speaker's quotes for the claim's words: whether the speaker is the one the claim describes is still told by
 * `describes`, so the answer never confirms a description it does not hold.
 */
function describedHead(name: string, book: ClaimLookup): string | null {
  const m = /^((?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:at|in|on|from|with|by|near|outside)\s/iu.exec(name.trim());
  return m ? namedSpeaker(m[1]!, book) : null;
}

/** Whether a sentence found holding the claim across quotation marks quotes this match's quote. */
function heldAcross(m: WhoSaidMatch, across: readonly AcrossQuotes[]): boolean {
  return across.some((a) => a.citation.passage === m.citation.passage && a.quoted.some((x) => x.quote.trim() !== '' && m.quote.includes(x.quote)));
}

// A subject pronoun and the auxiliaries after it, as reported speech starts: "he will", "she has been".
const REPORTED_SUBJECT = /^(?:he|she|they|we|i)\s+(?:(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|are|was|were|be|been|does|did|do)\s+)*/iu;

/**
 * Found nothing for "Yoon said he will actively seek talks": the reporter may tell what the speaker did in the
 * claim's own words after a subject of its own ("Yoon vowed to actively seek talks"). The narration (or the
 * reporter's sentences across quotation marks) holding the words after the claim's subject pronoun and
 * auxiliaries, when they are at least three words; quotes found that way are not taken: without its subject
 * the claim could match what someone else said of themselves.
 */
function withPredicateNarration(found: FoundWords, words: string, book: ClaimLookup): FoundWords {
  const m = REPORTED_SUBJECT.exec(words);
  const rest = m ? words.slice(m[0].length).trim() : '';
  if (!rest || rest.split(/\s+/u).length < 3) return found;
  const bare = book.find(rest);
  // Or the reporter's sentence holding them with a quoted word among them (`vowed to "actively" seek talks`).
  const acrossQuotes = bare.acrossQuotes.filter((a) => a.narrated);
  if (bare.narration.length) return { ...found, narration: bare.narration };
  return acrossQuotes.length ? { ...found, acrossQuotes } : found;
}

/**
 * Nothing holds a claim that names a speaker: the lookup wants half its words, and a misquote may change
 * them ("we built it three times" for "We built it twice"). The named speaker's quote that shares the most
 * of the claim's words, when it shares most of them (`sharedWords`), is compared with it: the answer then
 * shows what the speaker did say.
 */
function ownQuoteSharing(words: string, speakerId: string, book: ClaimLookup): FoundWords['found'] {
  let best: { id: number; shared: number; own: number } | null = null;
  for (const id of book.quotesBy?.(speakerId) ?? []) {
    const q = book.quote(id);
    // A quoted fragment is looked at with the reporter's clause it stands in, as `compared` reads it.
    const lead = inReportersClause(q) ? reportersClause(q) : null;
    // The speaker is named, so a shorter run will do: a word put in ("was not concerned" for was "deeply
    // concerned") breaks the claim's run where it changes the quote.
    const shared = sharedWords(words, lead?.text ?? q.quote, 2);
    if (shared === 0) continue;
    // Two fragments of one clause (`would "win" and that it would "always stand"`) share its words alike: the
    // one whose own words the claim holds is the one it quotes.
    const own = lead ? sharedWords(words, q.quote, 2) : shared;
    if (!best || shared > best.shared || (shared === best.shared && own > best.own)) best = { id, shared, own };
  }
  return best ? [{ id: best.id, match: 'close' }] : [];
}

/**
 * Nothing holds a claim that names a speaker, nor does any quote of theirs: the words may be another speaker's
 * fragment read with the reporter's clause it stands in, the claim dropping or changing a little word of that
 * clause (`the agency claimed the meeting had opened "a new chapter"`, claimed of someone else as "the meeting
 * opened a new chapter"). A fragment of another named speaker whose clause holds every content word of the claim,
 * most of its words in its order: the answer then shows whose words they are, instead of saying nobody said them.
 */
function othersFragment(words: string, named: string | null, book: ClaimLookup): FoundWords['found'] {
  const content = [...new Set(closeWords(words).filter((s) => !STOP_STEMS.has(s)))];
  if (content.length < 2 || !book.quotesWithStems) return [];
  let best: { id: number; shared: number } | null = null;
  for (const id of book.quotesWithStems(content)) {
    const q = book.quote(id);
    if (q.speakerId === null || q.speakerId === named || !inReportersClause(q)) continue;
    const lead = reportersClause(q);
    if (!lead) continue;
    const have = new Set(closeWords(lead.text));
    if (!content.every((s) => have.has(s))) continue;
    const shared = sharedWords(words, lead.text);
    if (shared > 0 && (!best || shared > best.shared)) best = { id, shared };
  }
  return best ? [{ id: best.id, match: 'close' }] : [];
}

// The reporter's words a claim may put before a fragment: a subject and an auxiliary or "that" at most.
const MAX_LEAD = 3;
const MIN_REST = 3;

const plainWords = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The quotes found holding a claim's words after its first one to `MAX_LEAD` words, the fewest dropped first,
 * when at least `MIN_REST` words remain, and only those whose sentence has the words dropped right before the
 * quotation mark: the claim's opening is then the reporter's lead-in to that very fragment, not words of its own
 * the quote merely lacks. Empty when none does.
 */
function foundAfterLead(words: string, book: ClaimLookup): FoundWords['found'] {
  const w = words.trim().split(/\s+/u);
  for (let k = 1; k <= MAX_LEAD && w.length - k >= MIN_REST; k++) {
    const lead = plainWords(w.slice(0, k).join(' '));
    const found = book.find(w.slice(k).join(' ')).found.filter((f) => {
      const q = book.quote(f.id);
      const at = q.sentence.indexOf(q.quote);
      const before = at < 0 ? [] : plainWords(q.sentence.slice(0, at));
      return before.length >= lead.length && lead.every((x, i) => before[before.length - lead.length + i] === x);
    });
    if (found.length) return found;
  }
  return [];
}

/**
 * The speaker whose name (one to three words) opens a claim read with no frame, when at least three words follow
 * it, else null.
 */
function openingSpeaker(words: string, book: ClaimLookup): string | null {
  const w = words.trim().split(/\s+/u);
  for (let n = Math.min(3, w.length - 3); n >= 1; n--) {
    const id = book.speakerId(w.slice(0, n).join(' '));
    if (id !== null) return id;
  }
  return null;
}

/**
 * Whether a quote may stand inside a reporter's clause: a fragment, or words that go on the reporter's sentence
 * in lower case (`added that the sides discussed "sensitive areas" that "should not be ..."`), which the
 * attribution counts as a full statement after "that" but which is still the end of the reporter's clause.
 */
function inReportersClause(q: Quote): boolean {
  return q.partial || /^[\s'‘"“]*[\p{Ll}]/u.test(q.quote);
}

/**
 * The reporter's clause a quote stands in: after a verb of saying, else after "described" (`described the talks
 * as having opened "a new chapter"`: what was said of the thing described, in the reporter's words). Not after
 * "called" or "branded": a name given is no statement made ("the owners called the toll "a tax"").
 */
function reportersClause(q: Quote): ReturnType<typeof reportedLead> {
  return reportedLead(q.sentence, q.quote) ?? describedLead(q.sentence, q.quote);
}

/**
 * A claim against a quote: word by word, and, when the quote is a fragment the claim says something different
 * of, against the reporter's clause the fragment stands in (`Kim said that North Korea would "always stand
 * with Russia"`): a claim "Kim said North Korea will always stand with Russia" is his words, partly in the
 * reporter's wording. `around`: the clause was read, so the claim is at best close wording.
 */
function compared(words: string, q: Quote, reported: boolean, naming?: string): Comparison & { around: boolean } {
  if (naming) return namedAs(naming, q);
  const plain = compareClaim(words, q.quote, reported);
  if (plain.verdict !== 'different' || !inReportersClause(q)) return { ...plain, around: false };
  const lead = reportersClause(q);
  const around = lead ? compareAround(words, lead.text, lead.from, lead.to, reported) : null;
  return around ? { ...around, around: true } : { ...plain, around: false };
}

/**
 * A claim that runs over two quotes of one speaker one after the other in a paragraph (`"I am old," he says.
 * "But I would go back tomorrow."`): compared with their words joined, it may say what the two say. The
 * verdict ("same" only when every word is theirs as written) and the sentences that hold both, or null when
 * neither neighbour is the same speaker's or the claim still says something different.
 */
function withNeighbour(words: string, id: number, book: ClaimLookup, reported: boolean): { verdict: 'same' | 'close'; sentence: string } | null {
  const q = book.quote(id);
  if (q.speakerId === null) return null;
  for (const [a, b] of [
    [id - 1, id],
    [id, id + 1],
  ] as const) {
    const first = a >= 0 ? book.quote(a) : undefined;
    const second = book.quote(b) as Quote | undefined;
    if (!first || !second || first.speakerId !== q.speakerId || second.speakerId !== q.speakerId) continue;
    if (first.citation.passage !== second.citation.passage) continue;
    const c = compareJoined(words, first.quote, second.quote, reported);
    // Or the first cut short at a clause of its own, the second from its start: both runs of the speaker's words.
    const verdict = c.verdict === 'different' ? compareElidedJoin(words, first.quote, second.quote, reported) : c.verdict;
    if (verdict === null || verdict === 'different') continue;
    return { verdict, sentence: first.sentence === second.sentence ? first.sentence : `${first.sentence} ${second.sentence}` };
  }
  return null;
}

/**
 * A naming claim ("X described Putin as a supplicant") against a quote: what it says after its verb against the
 * reporter's naming clause the quote stands in (`described Putin as "a supplicant"`), else against the clause
 * an asserting verb opens, else against the quote's sentence: the label alone may be someone else's, or given
 * to someone else. Never "same": the object and the verb are the reporter's words.
 */
function namedAs(naming: string, q: Quote): Comparison & { around: boolean } {
  const at = q.sentence.indexOf(q.quote);
  const lead = namingLead(q.sentence, q.quote) ?? reportedLead(q.sentence, q.quote) ?? (at >= 0 ? { text: q.sentence, from: at, to: at + q.quote.length } : null);
  const around = lead ? compareAround(naming, lead.text, lead.from, lead.to) : null;
  return around ? { ...around, around: true } : { verdict: 'different', differences: [], around: true };
}

// A third-person pronoun opening a claim typed as someone's speech, and what it stands for: the speaker's name.
const OPENING_PRONOUN = /^(?:(he|she|they)|(his|her|their))\s+/iu;

/**
 * The narration saying the claim in a few other words; for a claim typed as someone's speech that opens with a
 * pronoun ("ferro said her firm has no clients in ..."), also read with the speaker's name in its place ("ferro's
 * firm has ..."): the reporter writes of the speaker by name ("Ferro's firm advises banks but has no clients in
 * ..., she told us"), and the claim's pronoun is the speaker the claim names.
 */
function sharingNarration(claim: Claim, book: ClaimLookup): FoundWords['narration'] {
  const plain = book.narrationSharing?.(claim.words) ?? [];
  const m = claim.speaker === null || claim.asTyped ? null : OPENING_PRONOUN.exec(claim.words);
  if (plain.length || !m) return plain;
  const name = claim.speaker!.trim().replace(/^(?:the|a|an)\s+/iu, '');
  if (!name) return plain;
  const named = `${m[1] ? name : `${name}'s`} ${claim.words.slice(m[0].length)}`;
  return book.narrationSharing?.(named) ?? [];
}

/**
 * Whether a quote no one is credited with stands right after "so-called" (`the so-called "summit of shame"`): a
 * label the writer holds at a distance, the reporter's wording whoever the claim says named it so.
 */
function soCalled(q: Quote): boolean {
  const at = q.sentence.indexOf(q.quote);
  return at > 0 && /(?:^|[^\p{L}])so[\s-]called\s*["“'‘]?\s*$/iu.test(q.sentence.slice(0, at));
}

/** The who-said answer to a typed claim, at most `max` matches. */
export function answerClaim(typed: string, max: number, book: ClaimLookup): WhoSaidAnswer {
  const query = typed.trim();
  let best: { claim: Claim; found: FoundWords; strength: number } | null = null;
  const readings = readClaim(query);
  for (const claim of readings) {
    // ("... - tanabe": the words after a spaced hyphen name someone only if a speaker goes by them.)
    if (claim.creditUnsure && claim.speaker !== null && namedSpeaker(claim.speaker, book) === null) continue;
    const found = book.find(claim.words);
    // Read as typed after a frame was read off, the text counts only as a verbatim quote ("My father said we
    // would return"): close wording of "Putin said X" is no better an answer than X's own.
    const s = claim.asTyped && readings.length > 1 && strength(found) < 3 ? -1 : strength(found);
    if (!best || s > best.strength) best = { claim, found, strength: s };
    if (s === 3) break;
  }
  if (!best) return { kind: 'who-said', query, claim: '', claimedSpeaker: null, matches: [], narration: [], acrossQuotes: [] };
  const { claim } = best;
  const found = best.strength === 0 && claim.speaker !== null ? withPredicateNarration(best.found, claim.words, book) : best.found;
  // A surname alone ("ms kim", "Kim"), where the sources hold several people of that name: any of them is the one
  // typed (the answer names which), not only the one the directory ranks first; with a title of office, any of
  // them the text gives that title.
  const surname = claim.speaker === null ? null : bareSurname(claim.speaker);
  // ("ms seo": a namesake the text shows as a man is not the one typed, nor one shown as a woman for "mr seo".)
  const typedSex = claim.speaker === null ? null : typedHonorificSex(claim.speaker);
  const otherSex = (id: string): boolean => {
    if (typedSex === null || !book.quotesBy) return false;
    const told = toldSex(book.quotesBy(id).map((q) => book.quote(q)));
    return told !== null && told !== typedSex;
  };
  const everyNamesake = new Set((surname === null ? [] : (book.personsNamed?.(surname) ?? [])).filter((id) => !otherSex(id)));
  const namesakes = claim.speaker === null ? everyNamesake : titledNamesakes(claim.speaker, everyNamesake, book);
  const found2 = claim.speaker === null ? null : namedSpeaker(claim.speaker, book);
  // ("senator lund" is not "a spokesman for Sen. Ada Lund": the one he speaks for is typed, not he.)
  const found1 = found2 !== null && claim.speaker !== null && namesOnlyPrincipal(claim.speaker, shownNameOf(found2, book)) ? null : found2;
  const found0 = found1 !== null && otherSex(found1) ? null : found1;
  // (The directory's choice of namesake gives way to the one holding the title typed.)
  const named = found0 !== null && everyNamesake.has(found0) && !namesakes.has(found0) ? (namesakes.size === 1 ? [...namesakes][0]! : null) : found0;
  const described = claim.speaker !== null && named === null && found0 === null ? descriptionWords(claim.speaker) : null;
  // (Asked of each quote found, often more than once, and every one for the named speaker's quotes beyond the
  // first few: the answer is remembered per quote, and the text before a quote cut only for the reading needing it.)
  const claimedOnce = new Map<number, boolean>();
  const claimedBy = (id: number): boolean => {
    let is = claimedOnce.get(id);
    if (is === undefined) {
      is = claimedAnew(id);
      claimedOnce.set(id, is);
    }
    return is;
  };
  // Whether the text credits some quote of a speaker by the description typed (`credited-description.ts`).
  const creditedOnce = new Map<string, boolean>();
  const creditedAs = (speakerId: string): boolean => {
    let is = creditedOnce.get(speakerId);
    if (is === undefined) {
      const words = described ?? [];
      is = !!book.quotesBy && !!book.textBefore && book.quotesBy(speakerId).some((k) => {
        const q = book.quote(k);
        return creditedByDescription(words, q.quote, q.sentence, book.textBefore!(k));
      });
      creditedOnce.set(speakerId, is);
    }
    return is;
  };
  const claimedAnew = (id: number): boolean => {
    const q = book.quote(id);
    if (q.speakerId === null) return false;
    if (q.speakerId === named || (described !== null && describes(described, q, () => book.documentBefore?.(id) ?? '')) || namesakes.has(q.speakerId) || kinFullName(claim.speaker, q, () => book.textBefore?.(id) ?? '')) return true;
    // ("the 49-year-old diplomat said ...": the text credits a quote of this speaker by that description.)
    if (described !== null && creditedAs(q.speakerId)) return true;
    // ("the former diplomat said ...": the text names the speaker so, "the former diplomat NAME", `description-beside-name.ts`.)
    if (described !== null && book.documentBefore && describedBesideName(described, q.speaker, `${book.documentBefore(id)} ${q.sentence}`)) return true;
    if (claim.speaker === null) return false;
    // ("did the velmoran government say ...": its spokeswoman's words are the government's.)
    if (speaksForBody(claim.speaker, q, () => book.textBefore?.(id) ?? '', () => book.documentBefore?.(id) ?? '')) return true;
    // ("skipper said ...": a name no one goes by, the nickname the text gives this speaker.)
    if (named !== null || namesakes.size || described !== null || !book.documentBefore) return false;
    return nicknameOf(claim.speaker, q, () => book.documentBefore!(id) + q.sentence.slice(Math.max(0, q.sentence.indexOf(q.quote))));
  };
  const speakerMatches = (id: number): boolean | null => (claim.speaker === null || book.quote(id).speakerId === null ? null : claimedBy(id));
  // A quote of someone else whose own words relay the claimed speaker's ("Lavrov said on the same day that ...",
  // in a panellist's turn) is not that someone's claim: left out, so the claimed speaker's own fragment of it is
  // looked for below instead (`relayed-claim.ts`).
  const relayed = (id: number): boolean => claim.speaker !== null && book.quote(id).speakerId !== null && !claimedBy(id) && relaysClaimedSpeaker(book.quote(id).quote, claim.speaker, claim.words);
  // The named speaker's quotes are looked at wherever the book ranked them.
  let picked = found.found.filter((f, k) => (k < max + COMPARED_EXTRA || claimedBy(f.id)) && !relayed(f.id));
  // Also when only a sentence across quotation marks holds the words: the named speaker's fragment read with
  // its reporter's clause may say it (close), and one that says otherwise gives way to that sentence below.
  if (!picked.length && named !== null && !found.narration.length) picked = ownQuoteSharing(claim.words, named, book);
  // A description the directory does not know whole ("the woman at the bus stop"): the quotes of the one its head
  // stands for ("the woman") are looked through all the same, to show what that speaker did say.
  if (!picked.length && named === null && described !== null && !found.narration.length) {
    const head = describedHead(claim.speaker!, book);
    if (head !== null) picked = ownQuoteSharing(claim.words, head, book);
  }
  // Nor by its head: the ones it describes among the speakers of quotes sharing the claim's words ("the historian"
  // of a split quote whose halves the claim joins, no one quote holding its words), when they are one.
  if (!picked.length && named === null && described !== null && !found.narration.length && book.quotesWithStems) {
    const content = [...new Set(closeWords(claim.words).filter((s) => !STOP_STEMS.has(s)))];
    const who = new Set(
      book
        .quotesWithStems(content)
        .map((id) => book.quote(id))
        .filter((q) => q.speakerId !== null && describes(described, q))
        .map((q) => q.speakerId!),
    );
    if (who.size === 1) picked = ownQuoteSharing(claim.words, [...who][0]!, book);
  }
  // A surname typed alone or with a title ("ms kim") is any person of that name: the quotes of each are looked
  // through, not only those of the one the directory ranks first.
  if (!picked.length && surname !== null && !found.narration.length) {
    for (const id of namesakes) {
      if (id === named) continue;
      picked = ownQuoteSharing(claim.words, id, book);
      if (picked.length) break;
    }
  }
  // Only a reporter's sentence across quotation marks holds a claim that names someone, its quoted words all
  // another's (`he told Putin that the two "would always stand together"`, claimed of Putin): that speaker's
  // fragment read with its clause, so the answer names whose words they are instead of leaving them the reporter's.
  if (!picked.length && claim.speaker !== null && !found.narration.length) {
    for (const a of found.acrossQuotes) {
      const who = new Set(a.quoted.map((x) => x.speaker));
      const only = who.size === 1 ? [...who][0] : null;
      const id = only ? book.speakerId(only) : null;
      if (id === null || id === named) continue;
      picked = ownQuoteSharing(claim.words, id, book);
      if (picked.length) break;
    }
  }
  // Nor the named speaker's fragments: another speaker's fragment whose reporter's clause holds the claim.
  if (!picked.length && claim.speaker !== null && !found.narration.length && !found.acrossQuotes.length) picked = othersFragment(claim.words, named, book);
  // Nothing holds a claim that names no speaker but opens with one's name and a verb of the reporter's ("kim
  // toasted the health of ..."): that speaker's quote sharing most of its words is compared, to show what they did
  // say; the name and verb stay words the quote does not hold, so this finds nothing to confirm by itself.
  if (!picked.length && claim.speaker === null && !found.narration.length && !found.acrossQuotes.length) {
    const subject = openingSpeaker(claim.words, book);
    if (subject !== null) picked = ownQuoteSharing(claim.words, subject, book);
  }
  // Still nothing: the claim may open with the reporter's words before a fragment it changes (`that North Korea
  // "must not become ..."` claimed as "north korea must become ..."), so no quote holds half its words and no
  // sentence holds them as typed. The quotes holding its words after its first few are compared with all of it.
  if (!picked.length && !found.narration.length && !found.acrossQuotes.length) picked = foundAfterLead(claim.words, book).slice(0, max);
  const toMatch = (f: FoundWords['found'][number]): WhoSaidMatch => {
    const q = book.quote(f.id);
    // Exact matches are compared too: the words may stand right after a "not" or an "only" the claim leaves out.
    // A claim read out of a frame ("Cha said he ...") is reported speech: its "he" may be the quote's "I".
    let comparison = compared(claim.words, q, !claim.asTyped, claim.naming);
    // Each word that differs names whom a pronoun of the quote stands for ("Kim came" for "He came"), or puts
    // the speaker and the reporter's verb before the fragment ("Kim toasted" for `he toasted "..."`): close.
    if (comparison.verdict === 'different' && !comparison.around && !claim.naming && comparison.differences.length) {
      const before = book.textBefore?.(f.id) ?? '';
      const own = (q.speaker ?? '').split(/\s+/u);
      const named = (d: (typeof comparison.differences)[number]): boolean =>
        namesAntecedent(d, q.quote, before, own) || namesClauseSubject(d, q.quote, q.sentence, q.speaker) || namesSpeakersBody(d, () => book.documentBefore?.(f.id) ?? before, q.speaker);
      if (comparison.differences.every(named)) comparison = { verdict: 'close', differences: [], around: true };
    }
    const joined = comparison.verdict === 'different' && !claim.naming ? withNeighbour(claim.words, f.id, book, !claim.asTyped) : null;
    const verdict = joined
      ? joined.verdict
      : comparison.verdict === 'different'
        ? 'different'
        : f.match === 'exact' && !comparison.around
          ? 'same'
          : 'close';
    return {
      speaker: q.speaker,
      role: q.role,
      quote: q.quote,
      partial: q.partial,
      sentence: joined?.sentence ?? q.sentence,
      citation: q.citation,
      match: f.match,
      verdict,
      differences: joined ? [] : comparison.differences,
      speakerMatches: speakerMatches(f.id),
    };
  };
  // The named speaker's quotes first, then quotes that say what the claim says before those that do not;
  // otherwise the book's order. Each quote is compared only when it could be shown: the first `max` in that
  // order, and more only to stand in for those that say something different.
  const preferred = (f: FoundWords['found'][number]): boolean => claimedBy(f.id);
  const ordered = [...picked.filter(preferred), ...picked.filter((f) => !preferred(f))];
  const same: WhoSaidMatch[][] = [[], []];
  const different: WhoSaidMatch[][] = [[], []];
  // A naming claim's label found as typed only in quotation marks no one is credited with (a scare quote, a
  // name given: `The "Iron Lady" - as the papers dubbed her -`), in a sentence that does not say the claim: the
  // label is the reporter's wording, shown as narration; read as a quote, the answer would mark the claim's
  // object or pronoun as the words that differ, when what differs is who named it.
  const labels: FoundWords['narration'] = [];
  for (const f of ordered) {
    const group = preferred(f) ? 0 : 1;
    if (same[0]!.length + same[1]!.length >= max) break;
    const m = toMatch(f);
    const q = book.quote(f.id);
    if (claim.naming && (m.verdict === 'different' || soCalled(q)) && f.match === 'exact' && q.speakerId === null && (q.partial || !q.speech)) {
      if (!labels.some((l) => l.citation.passage === q.citation.passage && l.text === q.sentence)) labels.push({ text: q.sentence, citation: q.citation });
      continue;
    }
    // The claim's words stand verbatim in this quote's sentence, partly the reporter's (`the deal would "put
    // shells ..."`): the answer shows that sentence; the quote alone would read as something different.
    // Not for a naming claim: its object ("called China ...") was read off before the look-up, so the
    // sentence holds only the rest of it, and the naming clause compared is what tells it.
    if (m.verdict === 'different' && !claim.naming && heldAcross(m, found.acrossQuotes)) continue;
    (m.verdict === 'different' ? different : same)[group]!.push(m);
  }
  const matches = [...same[0]!, ...different[0]!, ...same[1]!, ...different[1]!].slice(0, max);
  // Held only across a reporter's sentence from its subject's name on (`Kim toasted Russia's "great victory"`):
  // the subject's words in the reporter's wording. Not when the claim names someone: the name then starts no
  // claim of theirs ("Putin said Kim toasted ...").
  let acrossQuotes = found.acrossQuotes;
  if (!matches.length && claim.speaker === null && !found.narration.length) {
    const own = acrossQuotes.map((a) => ({ a, m: subjectsFragment(a, (name) => book.speakerId(name) !== null) }));
    matches.push(...own.flatMap((x) => (x.m ? [x.m] : [])).slice(0, max));
    acrossQuotes = own.filter((x) => !x.m).map((x) => x.a);
  }
  // Nothing at all holds the words: the reporter may have written them with a word or an aside more ("the
  // restrictions Mr. Putin cited — a web of sanctions — were unlikely to hold"); that is not nobody's.
  const narration =
    !matches.length && !found.narration.length && labels.length
      ? labels.slice(0, max)
      : !matches.length && !found.narration.length && !acrossQuotes.length
        ? sharingNarration(claim, book)
        : found.narration;
  return { kind: 'who-said', query, claim: claim.words, claimedSpeaker: claim.speaker, matches, narration, acrossQuotes };
}
