import { stemmer } from 'stemmer';
import { FUNCTION_WORDS, wordSet } from './stop-words.ts';

/**
 * Normalising words for search, shared by the index, the query and anyone comparing wordings (close quotes,
 * summary similarity). A term is lower-case, without possessive, lemmatised for common irregular verbs and
 * Porter-stemmed, so "launches", "launched" and "Launch" are one term, and "said" and "says" are one term.
 */

/**
 * Words that never decide a ranking: the base function words (stop-words.ts) and what search adds to them,
 * the rest of the words questions are made of ("whose", "tell me about"). Dropped from the index and from
 * queries alike.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  // More prepositions and conjunctions, auxiliaries, pronouns and quantifiers than the base list has.
  ...wordSet(`yet onto within without across behind beyond throughout toward towards upon via per among amid amidst
  along around near since till unto done ought mine us whose whether whatever whoever either neither every much
  many others even ever still already else`),
  // Contractions as they read once apostrophes are dropped.
  ...wordSet(`im ive youre youve youd youll hes shes weve theyre theyve theyd theyll isnt arent wasnt werent dont
  doesnt didnt havent hasnt hadnt wont wouldnt cant cannot couldnt shouldnt mustnt lets thats whats whos wheres
  whens whys hows theres heres`),
  // Spoken contractions people type in chat ("are they gonna", "what do they wanna"): going to, want to, got to.
  ...wordSet(`gonna wanna gotta`),
  // Words of a request.
  ...wordSet(`please explain describe`),
]);

/**
 * Past forms of common irregular English verbs (and a few irregular plurals) to their base form. Porter
 * stemming only strips regular suffixes, so without this "met" would never find "meet" nor "held" "hold".
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    said: 'say', says: 'say', held: 'hold', met: 'meet', told: 'tell', took: 'take', taken: 'take', made: 'make',
    went: 'go', gone: 'go', came: 'come', gave: 'give', given: 'give', got: 'get', gotten: 'get', saw: 'see',
    seen: 'see', oversaw: 'oversee', overseen: 'oversee', knew: 'know', known: 'know', thought: 'think',
    brought: 'bring', bought: 'buy', sought: 'seek', fought: 'fight', caught: 'catch', taught: 'teach',
    built: 'build', sent: 'send', spent: 'spend', lent: 'lend', meant: 'mean', left: 'leave', felt: 'feel',
    kept: 'keep', slept: 'sleep', led: 'lead', fled: 'flee', fed: 'feed', sold: 'sell', stood: 'stand',
    understood: 'understand', won: 'win', began: 'begin', begun: 'begin', wrote: 'write', written: 'write',
    spoke: 'speak', spoken: 'speak', broke: 'break', broken: 'break', chose: 'choose', chosen: 'choose',
    drove: 'drive', driven: 'drive', flew: 'fly', flown: 'fly', grew: 'grow', grown: 'grow', threw: 'throw',
    thrown: 'throw', drew: 'draw', drawn: 'draw', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall',
    ran: 'run', sat: 'sit', struck: 'strike', swore: 'swear', sworn: 'swear', bore: 'bear', borne: 'bear',
    forgot: 'forget', forgotten: 'forget', froze: 'freeze', frozen: 'freeze', hid: 'hide', hidden: 'hide',
    shook: 'shake', shaken: 'shake', woke: 'wake', woken: 'wake', wore: 'wear', worn: 'wear', lost: 'lose',
    paid: 'pay', laid: 'lay', heard: 'hear', found: 'find', dealt: 'deal', hung: 'hang', shot: 'shoot',
    withdrew: 'withdraw', withdrawn: 'withdraw', undertook: 'undertake', undertaken: 'undertake',
    forbade: 'forbid', forbidden: 'forbid', arose: 'arise', arisen: 'arise', became: 'become',
    men: 'man', women: 'woman', children: 'child', people: 'person', feet: 'foot', mice: 'mouse',
  }),
);

/** A lower-case word's base form when it is an irregular past form or plural ("met" → "meet"), else the word. */
export function baseForm(word: string): string {
  return IRREGULAR.get(word) ?? word;
}

/** The one spelling both "US", "U.S.", "U.S.A." and "United States" index under. */
export const UNITED_STATES = 'unitedstates';
/** The one spelling both "UN", "U.N." and "United Nations" index under. */
export const UNITED_NATIONS = 'unitednations';

// Rewrites done on the raw text, where case and dots still tell "US" the country from "us" the pronoun.
// "U.S.-led" keeps its hyphen so "led" stays a word; "N. Korea" is the headline spelling of "North Korea".
const REWRITES: [RegExp, string][] = [
  [/[’‘ʼ′`]/g, "'"],
  [/[‐‑‒–—]/g, '-'],
  [/\b[Uu]\.\s?[Ss]\.(?:\s?[Aa]\.)?/g, ` ${UNITED_STATES} `],
  [/\b[Uu]\.\s?[Nn]\./g, ` ${UNITED_NATIONS} `],
  [/\bUSA?(?![\p{L}\p{N}])/gu, ` ${UNITED_STATES} `],
  [/\bUN(?![\p{L}\p{N}])/gu, ` ${UNITED_NATIONS} `],
  [/\bUnited\s+States\b/gi, ` ${UNITED_STATES} `],
  [/\bUnited\s+Nations\b/gi, ` ${UNITED_NATIONS} `],
  [/\bN\.\s?(?=Korea)/g, 'North '],
  // "Given that" is a conjunction ("given that there is nothing to expect"), no giving: "who is giving X" must not
  // find it.
  [/\b[Gg]iven\s+(?=that\b)/g, ' '],
  [/\bS\.\s?(?=Korea)/g, 'South '],
];

// A word: letters and digits, possibly joined by hyphens or apostrophes ("Jong-un's", "don't").
const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*'?/gu;
// tokenizeWith's own copy: it walks with exec and lastIndex, which matchAll's users must not see.
const TOKEN_WORD = new RegExp(WORD);

// Every rewrite needs one of these; most paragraphs have none and skip the ten passes over their text.
const MAY_REWRITE = /[’‘ʼ′`‐‑‒–—]|[Uu]\.|U[SN]|[Uu][Nn][Ii][Tt][Ee][Dd]|[NS]\.\s?Korea|[Gg]iven\s+that/;

function rewrite(text: string): string {
  if (!MAY_REWRITE.test(text)) return text;
  let out = text;
  for (const [pattern, replacement] of REWRITES) out = out.replace(pattern, replacement);
  return out;
}

/** The words of a text as written (with "U.S." and "United States" as one word), in order. */
export function wordsOf(text: string): string[] {
  return [...rewrite(text).matchAll(WORD)].map((m) => m[0]);
}

/**
 * One word to its search term: lower-cased, possessive and apostrophes dropped, irregular forms to their
 * base, Porter-stemmed. Null for stop words and single characters, which never decide a ranking.
 */
export function normalizeTerm(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const term = computeTerm(word);
  // Stemming is the costly part of indexing and a corpus repeats its words: remember them, within bounds.
  if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
  termCache.set(word, term);
  return term;
}

const TERM_CACHE_SIZE = 500_000;
const termCache = new Map<string, string | null>();

function computeTerm(word: string): string | null {
  let w = word.toLowerCase().replace(/'s$|'$/, '').replace(/'/g, '');
  if (w.length < 2 || STOP_WORDS.has(w)) return null;
  if (w === UNITED_STATES || w === UNITED_NATIONS) return w;
  const base = IRREGULAR.get(w);
  if (base) return stemmer(base);
  // Derivational "-ship" ("relationship", "partnership") says the same thing as its root for search.
  if (w.length >= 9 && w.endsWith('ship')) w = w.slice(0, -4);
  return stemmer(w);
}

/**
 * The search terms of a text, in order, as the index stores them. A hyphenated word gives its joined form
 * and its parts ("Jong-un" → "jongun", "jong", "un"), so "Kim Jong Un" and "Kim Jong-un" find each other.
 */
export function tokenize(text: string): string[] {
  return tokenizeWith(text, normalizeTerm);
}

/**
 * `tokenize` with the caller's own word → term mapping, which must give equal values exactly for words
 * normalizeTerm gives equal terms (null where it gives null): an indexer that memoises word → term number
 * looks each word up once instead of twice.
 */
export function tokenizeWith<T>(text: string, termOf: (word: string) => T | null): T[] {
  // Every word of the corpus passes here: no per-word objects, and the possessive regex only for words
  // with an apostrophe.
  const terms: T[] = [];
  const rewritten = rewrite(text);
  // The position is kept here, not only in the shared regex, in case termOf tokenizes too.
  for (let at = 0; ; ) {
    TOKEN_WORD.lastIndex = at;
    const m = TOKEN_WORD.exec(rewritten);
    if (m === null) break;
    at = TOKEN_WORD.lastIndex;
    let word = m[0];
    if (word.includes("'")) word = word.replace(/'s$|'$/i, '');
    wordTerms(word, termOf, terms);
  }
  return terms;
}

/**
 * The terms of one word of `tokenize`'s grammar (possessive already dropped), appended to `out`: a hyphenated
 * word gives its joined form, unless it is one of its parts, then its parts.
 */
export function wordTerms<T>(word: string, termOf: (word: string) => T | null, out: T[]): void {
  if (!word.includes('-')) {
    const term = termOf(word);
    if (term !== null) out.push(term);
    return;
  }
  const parts = word
    .split('-')
    .map(termOf)
    .filter((t): t is T => t !== null);
  const joined = termOf(word.replace(/-/g, ''));
  if (joined !== null && !parts.includes(joined)) out.push(joined);
  for (const part of parts) out.push(part);
}

/** One word of a query: the terms any of which answers it, and the word as typed (lower case) for prefixes. */
export interface QueryTerm {
  terms: string[];
  /** The word lower-cased but not stemmed: "malligy" is a prefix of "malligyong", its stem "malligi" is not. */
  raw: string;
}

// Words after which a lower-case "un" is the United Nations rather than the end of a Korean name: function words
// and every preposition ("against un rules", "under un sanctions"), which no given name follows as "un" does "Jong".
// The tuning sets 420 → 421 first, 486 → 487 in the top three of 513; SQuAD v1.1 dev unchanged.
const UN_CONTEXT = new Set([
  'the', 'un', 'a', 'an', 'of', 'by', 'at', 'to', 'from', 'with', 'and', 'or', 'which', 'what', 'did', 'does', 'do', 'is', 'was', 'has', 'have',
  'against', 'under', 'in', 'on', 'for', 'about', 'into', 'over', 'through', 'via', 'without', 'within', 'before', 'after', 'as', 'like', 'per', 'toward', 'towards', 'despite',
]);

// Nouns a lower-case "un" names the United Nations before, after any word ("would it break un rules", "violating
// un sanctions"): what the UN makes or is made of; a Korean name's "un" is followed by what its bearer does.
const UN_THINGS = new Set([
  'rules', 'rule', 'sanctions', 'sanction', 'resolution', 'resolutions', 'security', 'council', 'charter', 'ban', 'bans', 'embargo',
  'envoy', 'chief', 'agency', 'agencies', 'mission', 'peacekeepers', 'peacekeeping', 'inspectors', 'panel', 'report', 'vote',
  'general', 'assembly', 'treaty', 'law', 'laws', 'experts', 'officials', 'member', 'members', 'body',
]);

/**
 * The terms of a query, one entry per word, duplicates dropped. A hyphenated query word asks for its parts
 * (the index holds the parts of every hyphenated word). "un" not in capitals is the United Nations at the
 * start or after a function word ("the un", "which un resolutions"), else part of a name ("Kim Jong un").
 * An all-lower-case query's "us" is read as the United States: the pronoun would be a stop word anyway.
 */
export function queryTerms(text: string): QueryTerm[] {
  const lowerOnly = !/[\p{Lu}]/u.test(text);
  const out: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (term: string, raw: string): void => {
    if (seen.has(term)) return;
    seen.add(term);
    out.push({ terms: [term], raw });
  };
  let previous = '';
  const words = [...rewrite(text).matchAll(WORD)].map((m) => m[0]);
  words.forEach((typed, i) => {
    const word = typed.replace(/'s$|'$/i, '');
    const lower = word.toLowerCase();
    const before = previous;
    previous = lower;
    if (lower === 'un' && (before === '' || UN_CONTEXT.has(before) || UN_THINGS.has((words[i + 1] ?? '').toLowerCase()))) {
      add(UNITED_NATIONS, lower);
      return;
    }
    if (lower === 'us' && lowerOnly) {
      add(UNITED_STATES, lower);
      return;
    }
    for (const piece of word.includes('-') ? word.split('-') : [word]) {
      const term = normalizeTerm(piece);
      if (term) add(term, piece.toLowerCase().replace(/'/g, ''));
    }
  });
  return out;
}

const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'might', 'may']);

/**
 * The term of a question's grammatical subject, when the question has the shape "wh-word ... auxiliary
 * subject ..." ("What did China say?" → "china"), else null. Such a question asks what the subject did or
 * is, so passages where it stands as a subject answer it better than passages that merely mention it.
 */
export function questionSubject(text: string): string | null {
  const words = [...rewrite(text).matchAll(WORD)].map((m) => m[0]);
  const aux = words.slice(0, 6).findIndex((w) => AUXILIARY.has(w.toLowerCase()));
  if (aux < 0) return null;
  // As queryTerms reads it: an all-lower-case question's "us" is the United States ("how did the us react").
  const lowerOnly = !/[\p{Lu}]/u.test(text);
  for (const w of words.slice(aux + 1)) {
    if (lowerOnly && w === 'us') return UNITED_STATES;
    const term = normalizeTerm(w.includes('-') ? w.split('-')[0]! : w);
    if (term) return term;
  }
  return null;
}

// Words after which a noun is not the subject of its clause ("support for Russia", "North Korea and Russia").
const NOT_BEFORE_SUBJECT = new Set(
  `of for from to in on at by with between among and or nor about against into onto than as over under amid
  toward towards through via without within like upon across behind beyond despite including`.split(/\s+/),
);
// Words before a name in a list of parties, where the name's later words are no subject either ("among North Korea").
const LIST_WORDS = new Set(['among', 'between', 'with', 'and', 'or', 'nor', 'including', 'amongst']);
const DETERMINER = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/**
 * The terms that stand as a subject somewhere in a sentence: not possessive ("Russia's transfer") and not
 * after a preposition or "and" ("for Russia"), looking past determiners ("the North will").
 */
export function subjectTerms(sentence: string): Set<string> {
  const out = new Set<string>();
  const text = rewrite(sentence);
  let previous = '';
  // The end of the last capitalised word that was no subject: a name's later words go with its first ("among
  // North Korea": not "Korea" either).
  let nameLeftOut = -1;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const possessive = /'s?$/.test(word);
    const before = previous;
    if (!DETERMINER.has(lower)) previous = lower;
    const capital = /^[\p{Lu}]/u.test(word);
    const inName = capital && nameLeftOut >= 0 && /^\s+$/.test(text.slice(nameLeftOut, m.index));
    if (possessive || NOT_BEFORE_SUBJECT.has(before) || inName) {
      // After a possessive a new name starts ("Russia's Vladimir Putin").
      nameLeftOut = capital && !possessive && (LIST_WORDS.has(before) || (nameLeftOut >= 0 && inName)) ? m.index + word.length : -1;
      continue;
    }
    nameLeftOut = -1;
    const term = normalizeTerm(word.includes('-') ? word.split('-')[0]! : word.replace(/'s?$/, ''));
    if (term) out.add(term);
  }
  return out;
}
