/**
 * Who the grammar of a sentence says spoke a quote: the subject of the reporting verb that governs it, before
 * or after the quote, in any tense or voice ("said", "says", "told", "dubbed", "was quoted as saying",
 * "described ... as"), across a participle ("..., saying: ..."), or the object of "according to". The parts of
 * speech come from wink-nlp's English model, run only on the sentences that hold a quote.
 */
import { createRequire } from 'node:module';
import { isRoleAppositive, type QuoteSpan } from './attribution.ts';
import { classifyProperName, lexTags, PERSON_TAGS } from './names.ts';
import { parseSpeakerPhrase } from './speaker-phrases.ts';

// Time and place words closing an appositive are no part of the role: "a professor, on Monday".
export const TIME_TAIL = /\s+(?:on|in|at|during|after|before|via|by|to|told|speaking|while|when|late|early|earlier|later|last|this)\b.*$|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b.*$/u;

/** A token of a tagged sentence, with its place in the paragraph. */
interface Token {
  text: string;
  pos: string;
  lemma: string;
  start: number;
  end: number;
  /** Index of the quote this token stands for (a placeholder for the whole quotation), or -1. */
  quote: number;
}

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
    'proclaim reason rail fume rave crow brand label term promise predict inform remind repeat reaffirm insist ' +
    'acknowledge stress signal vow underscore opine respond answer begin start explain cite liken dismiss ' +
    'characterize characterise deride denounce lambaste ridicule'
  ).split(/\s+/u),
);
// Forms the model sometimes tags as nouns or adjectives ("says", "added") that are verbs here.
const REPORTING_FORMS = /^(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|tweeted|declared|insisted|warned|noted|explained|recalled|continued|replied|quipped|dubbed|called)$/iu;
// Cues that name a thing rather than report words: a subject is needed for them to mean speech.
const NAMING = new Set(['call', 'dub', 'describe', 'brand', 'label', 'term', 'liken', 'dismiss', 'characterize', 'characterise', 'cite']);

type Tagger = (text: string) => { values: string[]; pos: string[]; lemmas: string[]; spaces: string[] };
let tagger: Tagger | null = null;

/** wink-nlp with its English model, loaded on first need (75 ms), never at import. */
export function tag(text: string): ReturnType<Tagger> {
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
const IRREGULAR = 'said told wrote written spoke spoken thought began begun according';
const CUE_FORMS = new Set(
  [...REPORTING].flatMap((l) => [l, `${l}s`, `${l}es`, `${l.replace(/e$/u, '')}ed`, `${l.replace(/e$/u, '')}ing`, `${l.replace(/y$/u, 'i')}ed`, `${l.replace(/y$/u, 'i')}es`, `${l}${l.slice(-1)}ed`, `${l}${l.slice(-1)}ing`]).concat(IRREGULAR.split(' ')),
);

/** Whether text holds a form of a reporting verb, "according" or a dash (a word-set test, no regular expression); a colon before a quote is tested apart. */
function mayCredit(text: string): boolean {
  if (/[―—–]|(?:^|\s)-/u.test(text)) return true;
  for (const w of text.toLowerCase().split(/[^a-z]+/u)) if (w.length > 2 && CUE_FORMS.has(w)) return true;
  return false;
}

/**
 * The tokens of `text[rs, re)` with every quotation of `spans` in it replaced by one placeholder token, so that
 * a quote's own words are never read as its attribution. The tagger reads the sentence with each quote cut to
 * a one-letter stand-in: quotes are most of the words of a quoting sentence and none of its grammar. Null when
 * the sentence outside its quotes holds no reporting verb, no "according to" and no dash.
 */
function sentenceTokens(text: string, spans: readonly QuoteSpan[], rs: number, re: number): Token[] | null {
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
  const credits = mayCredit(reduced.replace(/"Q"/gu, ' ')) || /:\s*"Q"/u.test(reduced) || /"Q"\s*,?\s+(?:\p{Ll}+ed\b|\p{Lu}|(?:a|an|the)\s+(?:\p{Ll}+\s+)?\p{Lu})/u.test(reduced);
  if (!credits && !fragmentAfterSubject(reduced)) {
    lastTokens = [];
    return null;
  }
  // Read only for a fragment after the subject: the words after the last quote bear on nothing then.
  const t = tag(credits ? reduced : reduced.slice(0, reduced.lastIndexOf('"Q"') + 3));
  const out: Token[] = [];
  let r = 0;
  let piece = 0;
  for (let i = 0; i < t.values.length; i++) {
    const v = t.values[i]!;
    r += t.spaces[i]?.length ?? 0;
    const found = reduced.startsWith(v, r) ? r : reduced.indexOf(v, r);
    if (found < 0) continue;
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
      if (out[out.length - 1]?.quote !== p.quote) out.push({ text: '"…"', pos: 'QUOTE', lemma: '', start: s.open, end: s.close + 1, quote: p.quote });
      continue;
    }
    const start = p.at + (found - p.from);
    let pos = t.pos[i] ?? 'X';
    // A capitalised word inside a sentence is a name, whatever the model guessed ("Josh/VERB Earnest").
    const previous = out[out.length - 1];
    if (previous && previous.quote < 0 && !/^[.!?:\n]$/u.test(previous.text) && /^[\p{Lu}][\p{Ll}]/u.test(v) && (pos === 'VERB' || pos === 'NOUN' || pos === 'ADJ' || pos === 'AUX')) pos = 'PROPN';
    // Right after a quote too ("...," Blunt, after a pause, said), unless it is a participle opening a clause.
    if (previous && previous.quote >= 0 && /^[\p{Lu}][\p{Ll}]+$/u.test(v) && !/(?:ing|ed)$/u.test(v) && (pos === 'VERB' || pos === 'NOUN' || pos === 'ADJ')) pos = 'PROPN';
    out.push({ text: v, pos, lemma: (t.lemmas[i] ?? v).toLowerCase(), start, end: start + v.length, quote: -1 });
  }
  lastTokens = out;
  return out;
}

/**
 * Whether a shortened sentence may hold a fragment quoted after its subject: a capital opens it (a name may)
 * and a quote stands after a word of it.
 */
function fragmentAfterSubject(reduced: string): boolean {
  return /^\W*[\p{Lu}]/u.test(reduced) && /\S\s+"Q"/u.test(reduced);
}

/** A line break inside a paragraph, as a token. */
const LINE_BREAK = '\n';

function isCue(t: Token, previous?: Token): boolean {
  if (t.quote >= 0) return false;
  if (REPORTING_FORMS.test(t.text)) return true;
  // After an auxiliary a reporting verb's form is the verb, whatever the model tagged it ("is promising").
  if (previous?.pos === 'AUX' && previous.lemma !== 'be' && CUE_FORMS.has(t.text.toLowerCase())) return true;
  if (previous?.pos === 'AUX' && /ing$/u.test(t.text) && CUE_FORMS.has(t.text.toLowerCase())) return true;
  return (t.pos === 'VERB' || t.pos === 'AUX') && REPORTING.has(t.lemma) && t.lemma !== 'be';
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART']);
const SKIP_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);

/**
 * Who the grammar says spoke the quote `spans[index]`, in the sentence `text[rs, re)`, or null when no
 * reporting verb or "according to" governs it, or its subject is not a noun phrase.
 */
export function grammarAttribution(text: string, spans: readonly QuoteSpan[], index: number, rs: number, re: number): GrammarAttribution | null {
  const tokens = sentenceTokens(text, spans, rs, re);
  if (!tokens) return null;
  const q = tokens.findIndex((t) => t.quote === index);
  if (q < 0) return null;
  const span = spans[index]!;
  // The quote's last mark of punctuation, past any closing single quote of a quote within it.
  const inner = text.slice(span.start, span.close).replace(/[\s'’"”]+$/u, '').slice(-1);

  // After the quote: `"...," X said`, `"...," said X`, `"..." ― X`.
  let k = q + 1;
  const comma = k < tokens.length && /^[,—–―-]$/u.test(tokens[k]!.text);
  if (comma) k++;
  // A quote opening its sentence is credited after it even when the writer left out the comma
  // (`"The Iowa caucus is a battle of niches" Grubbs said.`).
  if (comma || /[,?!—–-]/u.test(inner) || (q === firstWord(tokens) && /[\p{L}\p{N}]/u.test(inner))) {
    // A quote credited after a dash: `"..." ― Jane Doe`, alone or in a list of such quotes.
    // A hyphen stands for the dash in plain text: `"..." - Bernie Sanders.`
    if (k < tokens.length && /^[―—–-]$/u.test(tokens[k - 1]?.text ?? '') && tokens[k]!.pos === 'PROPN') {
      const np = nounPhraseAfter(tokens, k);
      const next = np ? tokens[np.end] : undefined;
      if (np && (!next || next.quote >= 0 || /^[.;\n]$/u.test(next.text))) return finish(text, tokens, { start: np.start, end: np.end }, 'after', 'say');
      // `"..." ― Jane Doe, Pacific Institute`: an affiliation or role after a comma, with no verb, to the end.
      // A participle may say where or how ("-President Obama, tweeting after the speech.").
      if (np && next?.text === ',' && tokens.slice(np.end + 1).every((t) => t.quote < 0 && ((t.pos !== 'VERB' && t.pos !== 'AUX') || /ing$/iu.test(t.text)))) {
        return finish(text, tokens, { start: np.start, end: np.end }, 'after', 'say');
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
    const single = name !== null && name.end - name.start === 1 && /^(?:ADP|NUM|PRON|SCONJ)$/u.test(tokens[nameEnd + 1]?.pos ?? '');
    const fullName = name !== null && (name.end - name.start >= 2 || single) && tokens.slice(name.start, name.end).every((x) => x.pos === 'PROPN' || x.text === '.') && tokens[nameEnd]?.text === ',';
    for (let j = k; j < Math.min(tokens.length, k + (fullName ? 48 : 16)); j++) {
      const t = tokens[j]!;
      // A parenthesis (a party tag: "(D-Wis.)") is stepped over whole.
      if (t.text === '(') {
        while (j + 1 < tokens.length && tokens[j]!.text !== ')') j++;
        continue;
      }
      // The full stop of an abbreviation inside the credit ("Mitch McConnell, R-Ky., said") ends nothing.
      if (t.text === '.' && tokens[j - 1]!.end === t.start && tokens[j + 1]?.text === ',') continue;
      if (t.quote >= 0 || /^[.;:!?\n]$/u.test(t.text)) break;
      // A name alone after the quote, then a reporting verb's -s or -ed form: the verb, whatever the model
      // tagged it (`"...," Conway notes.`).
      const named = j === k + 1 && tokens[k]!.pos === 'PROPN' && /(?:s|ed)$/u.test(t.text) && CUE_FORMS.has(t.text);
      if (!named && !isCue(t, tokens[j - 1])) continue;
      if (j === k) {
        // A participle right after the quote is no credit ("fantastic," telling reporters ...): the verb before it is.
        if (/ing$/iu.test(t.text)) break;
        // "said retired Army Lt. Gen. Jane Doe": a participle before the title is part of the role.
        const lead = /^(?:VERB|ADJ)$/u.test(tokens[j + 1]?.pos ?? '') && /ed$/u.test(tokens[j + 1]!.text) && tokens[j + 2]?.pos === 'PROPN' ? j + 2 : j + 1;
        const np = nounPhraseAfter(tokens, lead);
        // `"...," said another Twitter user, Johanna Bayer.`: the name the description gives speaks.
        if (np?.appositive && tokens[np.start]!.pos === 'DET' && tokens[np.end - 1]!.pos === 'NOUN') {
          const [a, b] = np.appositive;
          // The name may be followed by where the person works ("Andrew J. Pincus of the law firm Mayer Brown").
          let n = a;
          while (n < b && (tokens[n]!.pos === 'PROPN' || tokens[n]!.text === '.')) n++;
          const rest = tokens.slice(n, b);
          const where = n === b || (/^(?:of|at|from|with)$/iu.test(tokens[n]!.text) && rest.every((x) => x.pos !== 'VERB' && x.pos !== 'AUX'));
          if (n > a && where && (b >= tokens.length || /^[.;!?]$/u.test(tokens[b]!.text))) {
            return finish(text, tokens, { start: a, end: n, appositive: [np.start, np.end] }, 'after', t.lemma);
          }
        }
        // `"...," said the candidate could win`: a verb after the phrase makes it the subject of what was said.
        if (np && !np.appositive && /^(?:VERB|AUX)$/u.test(tokens[np.end]?.pos ?? '')) break;
        if (np) return finish(text, tokens, np, 'after', t.lemma);
        break;
      }
      // A participle after the quote and its own subject is no credit: `"...," a nod to X acknowledging ...`.
      if (/ing$/iu.test(t.text)) break;
      const np = subjectOf(tokens, j);
      // `"...," the Vatican spokesman, Federico Lombardi, told reporters`: the description stands before the name.
      if (np && (np.start === k || np.appositive?.[0] === k)) return finish(text, tokens, np, 'after', t.lemma);
      // `"...," Jane Doe, 67, a retired clerk in Allentown, Pa., said`: the name is the subject, the rest her
      // role and place.
      if (fullName && tokens[j - 1]!.text === ',') return finish(text, tokens, { start: name.start, end: name.end, appositive: [nameEnd + 1, j - 1] }, 'after', t.lemma);
      break;
    }
    // Any verb credits the quote in the plain orders, whatever its meaning: `"...," beamed Jane Doe of Madison.`
    // and `"...," Hannity pressed.`, `"...," Mr. Roe pointed out.` (the sentence ends there).
    const v = tokens[k];
    if (v && v.pos === 'VERB' && !/ing$/iu.test(v.text)) {
      const np = nounPhraseAfter(tokens, k + 1);
      const after = np ? tokens[np.end] : undefined;
      if (np && tokens[np.end - 1]!.pos === 'PROPN' && (!after || /^[.,;!?]$/u.test(after.text) || after.lemma === 'of')) return finish(text, tokens, np, 'after', 'say');
    }
    if (name && name.start === k && tokens[name.end - 1]!.pos === 'PROPN' && tokens[name.end]?.pos === 'VERB' && !/ing$/iu.test(tokens[name.end]!.text)) {
      let e = name.end + 1;
      while (e < tokens.length && (tokens[e]!.pos === 'ADV' || (tokens[e]!.pos === 'ADP' && e === name.end + 1))) e++;
      if (e >= tokens.length || /^[.!?;]$/u.test(tokens[e]!.text)) return finish(text, tokens, name, 'after', 'say');
    }
  }

  // A parenthetical credit closing the sentence after the quote and more of its words: `"..." about the
  // decision, said Jane Doe, a director at X.` The speaker follows the verb, and nothing but her role follows.
  for (let j = q + 2; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.quote >= 0 || /^[.;:!?\n]$/u.test(t.text)) break;
    if (tokens[j - 1]!.text !== ',' || !/^(?:said|says|added|adds|wrote|writes|asked|asks)$/iu.test(t.text)) continue;
    const np = nounPhraseAfter(tokens, j + 1);
    if (!np || (tokens[np.end - 1]!.pos !== 'PROPN' && tokens[np.start]!.pos !== 'DET')) break;
    const rest = np.appositive ? np.appositive[1] : np.end;
    if (rest < tokens.length && !/^[.;!?]$/u.test(tokens[rest]!.text)) break;
    return finish(text, tokens, np, 'after', t.lemma);
  }

  // "according to X", on either side, when no reporting verb right after the quote names the speaker:
  // `"...," the spokesman told reporters, according to news agencies` is the spokesman's.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lemma === 'accord' && tokens[i + 1]!.lemma === 'to') {
      const np = nounPhraseAfter(tokens, i + 2);
      if (np && (Math.abs(i - q) <= 3 || !tokens.some((t, k) => k !== q && t.quote >= 0 && between(k, i, q)))) return finish(text, tokens, np, 'according', 'according');
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
    const misread = t.pos === 'ADJ' && /ed$/u.test(t.text) && CUE_FORMS.has(t.text) && tokens[j - 1]?.pos === 'PROPN' && /^(?:DET|PROPN|PRON)$/u.test(tokens[j + 1]?.pos ?? '');
    if (!misread && !isCue(t, tokens[j - 1])) continue;
    let verb = j;
    // "was quoted as saying": the subject is the passive verb's.
    if (j >= 2 && tokens[j - 1]!.lemma === 'as' && (tokens[j - 2]!.lemma === 'quote' || tokens[j - 2]!.lemma === 'cite')) verb = j - 2;
    let np: Phrase | null = null;
    if (/ing$/iu.test(t.text) && verb === firstWord(tokens)) {
      // A participle opening the sentence speaks for the main clause's subject: "Commenting on the deal, Jane
      // Doe fired back: ...".
      np = clauseSubject(tokens, q);
    } else if (/ing$/iu.test(t.text) && verb === j && tokens[j - 1]?.pos !== 'AUX') {
      // A participle speaks for the subject of its clause ("..., saying"), or for the noun of "with X calling".
      // A participle right after a name it hangs on speaks for that name: "with X calling", "footage of X saying".
      const own = subjectOf(tokens, j);
      const lead = own ? tokens[own.start - 1] : undefined;
      // So does a name right before it that no verb governs: "– Ryan saying he was ... and Trump calling it ...".
      const named = own !== null && own.end === j && tokens.slice(own.start, own.end).every((x) => x.pos === 'PROPN' || x.text === '.');
      if (own && (lead?.lemma === 'with' || (named && (lead?.lemma === 'of' || /^(?:[—–―-]|and)$/iu.test(lead?.text ?? ''))))) np = own;
      else np = governingSubject(tokens, j) ?? clauseSubject(tokens, j) ?? mainSubject(tokens, j);
    } else {
      // An infinitive or a second verb of the clause speaks for the clause's subject: "X took to Twitter to
      // accuse them of being ...", "X outlined his plan and vowed to punish ...".
      let b = verb - 1;
      while (b >= 0 && tokens[b]!.pos === 'ADV') b--;
      const lead = tokens[b];
      const shared = lead && ((lead.pos === 'PART' && lead.lemma === 'to') || (lead.pos === 'CCONJ' && /^(?:and|but)$/iu.test(lead.text)));
      np = shared ? (lead.pos === 'CCONJ' ? governingSubject(tokens, b) : null) ?? mainSubject(tokens, b) : subjectOf(tokens, verb);
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
    if (!np && verb === firstWord(tokens) && /^[\p{Lu}]/u.test(t.text)) {
      const after = nounPhraseAfter(tokens, verb + 1);
      if (after && after.end === q - (/^[:,]$/u.test(tokens[q - 1]!.text) ? 1 : 0) && tokens[after.end - 1]!.pos === 'PROPN') return finish(text, tokens, after, 'before', t.lemma);
    }
    if (!np) return null;
    return finish(text, tokens, np, 'before', t.lemma);
  }

  // A full sentence in quotation marks after a colon, with no reporting verb before it: the subject of the
  // clause before the colon speaks ("Sanders delivered a snappy retort: ..."), or the name alone before the
  // colon, as transcripts write it ("Hillary Rodham Clinton: ...").
  if (q >= 2 && /^\)?:$/u.test(tokens[q - 1]!.text) && /^[\p{Lu}\p{N}]/u.test(text.slice(span.start, span.start + 1))) {
    let first = tokens.findIndex((x) => x.pos !== 'PUNCT');
    // "And Mr. Christie gloated: ...": a conjunction opening the sentence is no part of its subject.
    while (first >= 0 && first < q && tokens[first]!.pos === 'CCONJ') first++;
    // A party tag between the name and the colon ("Rep. Trey Gowdy (R-S.C.): ...").
    let end = tokens[q - 1]!.text === '):' ? q - 1 : q - 2;
    if (tokens[end]?.text === ')' || tokens[end]?.text === '):') {
      while (end > 0 && tokens[end]!.text !== '(') end--;
      end--;
    }
    const alone = nounPhraseBefore(tokens, end);
    // The name alone opens the sentence, or follows a dash closing a heading ("... TOO EARLY - Jane Doe: ...").
    const opensLine = alone !== null && (alone.start === first || /^[-—–―]$/u.test(tokens[alone.start - 1]?.text ?? ''));
    if (alone && opensLine && tokens[alone.end - 1]!.pos === 'PROPN') return finish(text, tokens, alone, 'before', 'say');
    for (let j = q - 2; j > first; j--) {
      const t = tokens[j]!;
      if (t.quote >= 0 || /^[.;:!?\n]$/u.test(t.text)) break;
      if (t.pos !== 'VERB' || /ing$/iu.test(t.text)) continue;
      const np = subjectOf(tokens, j);
      // After a fronted phrase and its comma ("Asked about the deal, Jane Doe fired back: ...") too.
      const lead = tokens[first]!;
      const fronted = np !== null && tokens[np.start - 1]?.text === ',' && (lead.pos === 'ADP' || lead.pos === 'SCONJ' || lead.pos === 'ADV' || (lead.pos === 'VERB' && /(?:ing|ed)$/iu.test(lead.text))) && tokens[np.end - 1]!.pos === 'PROPN';
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
  if (q > 0 && tokens[q - 1]!.text !== ':' && !tokens.some((t, i) => isCue(t, tokens[i - 1]))) {
    const np = clauseSubject(tokens, q);
    // A plural word alone is a group ("Republicans quickly learned ..."), unless it is a known surname.
    const group = np !== null && np.end - np.start === 1 && /s$/u.test(tokens[np.start]!.text) && !lexTags(tokens[np.start]!.text).some((t) => PERSON_TAGS.test(t));
    const named = np !== null && !group && tokens.slice(np.start, np.end).every((t) => t.pos === 'PROPN' || t.text === '.');
    const ownsBetween = np !== null && tokens.slice(np.end + 1, q).some((t) => t.pos === 'PROPN' || /^['’]s$/u.test(t.text) || t.quote >= 0);
    if (np && named && !ownsBetween) return finish(text, tokens, np, 'before', 'say');
  }

  // A sentence that ends in its attribution speaks for every quote in it: `A cashier who "steals" is held
  // accountable, Warren said.`
  let last = tokens.length - 1;
  while (last > q && (tokens[last]!.pos === 'PUNCT' || /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|later|earlier|again)$/u.test(tokens[last]!.text))) last--;
  if (last > q + 1 && isCue(tokens[last]!) && !/ing$/iu.test(tokens[last]!.text)) {
    const np = subjectOf(tokens, last);
    if (np && np.start > q + 1 && tokens[np.start - 1]!.text === ',') return finish(text, tokens, np, 'after', tokens[last]!.lemma);
  }
  return null;
}

function between(k: number, a: number, b: number): boolean {
  return k > Math.min(a, b) && k < Math.max(a, b);
}

interface Phrase {
  start: number;
  end: number;
  /** Tokens of a role set off by commas after the name ("Peskov, the Kremlin spokesman, said"). */
  appositive?: [number, number];
  /** The appositive runs from the name to the end of the sentence. */
  trailing?: boolean;
}

/** The noun phrase right before a verb (adverbs, auxiliaries and an appositive or age between commas skipped). */
function subjectOf(tokens: readonly Token[], verb: number): Phrase | null {
  let e = verb - 1;
  // A possessive "'s" is part of the noun phrase; "'s" the auxiliary ("He's claiming") is skipped like "is".
  while (e >= 0 && (SKIP_BEFORE_VERB.has(tokens[e]!.pos) && !(/['’]s$/u.test(tokens[e]!.text) && tokens[e]!.pos !== 'AUX')) && tokens[e]!.pos !== 'PRON') e--;
  // A party tag or other parenthesis after a name: "Rep. Gwen Moore (D-Wis.) said".
  if (e >= 0 && tokens[e]!.text === ')') {
    let o = e;
    while (o >= 0 && tokens[o]!.text !== '(') o--;
    if (o > 0) e = o - 1;
  }
  // "Putin, 70, said" / "Peskov, the Kremlin spokesman, said": the name before the commas.
  if (e >= 0 && tokens[e]!.text === ',') return nameBeforeCommas(tokens, e, e, false);
  let np = nounPhraseBefore(tokens, e);
  // "Trump in his announcement speech called ...": a phrase of time or place between a name and its verb.
  if (np && np.start >= 2 && /^(?:in|at|on|during|after|before|via|through|over)$/iu.test(tokens[np.start - 1]!.text) && tokens[np.start - 2]!.pos === 'PROPN') {
    const name = nounPhraseBefore(tokens, np.start - 2);
    if (name && tokens.slice(name.start, name.end).every((t) => t.pos === 'PROPN' || t.text === '.') && (name.start === 0 || !/^(?:ADP|VERB)$/u.test(tokens[name.start - 1]!.pos))) {
      const parsed = parseSpeakerPhrase(phraseText(tokens, name));
      if (parsed?.type === 'name') return name;
    }
  }
  // "A spokesman for the buyer said": the noun before the preposition heads the subject, not "the buyer".
  if (np && np.start >= 2 && /^(?:for|at|with|to|of|from)$/iu.test(tokens[np.start - 1]!.text) && tokens[np.start - 2]!.pos === 'NOUN') {
    const head = nounPhraseBefore(tokens, np.start - 2);
    if (head && tokens[head.start]!.pos === 'DET') np = { start: head.start, end: np.end };
  }
  // "Chancellor Angela Merkel of Germany said": the place after "of" or "from" is where the speaker is from.
  if (np && np.start >= 2 && /^(?:of|from)$/iu.test(tokens[np.start - 1]!.text) && tokens[np.start - 2]!.pos === 'PROPN' && tokens[np.end - 1]!.pos === 'PROPN') {
    const name = nounPhraseBefore(tokens, np.start - 2);
    // The words as written: tokens joined, with a space where the text has one.
    const words = (p: Phrase): string => tokens.slice(p.start, p.end).map((t, i, all) => (i > 0 && all[i - 1]!.end < t.start ? ' ' : '') + t.text).join('');
    // Only a person before a place: "the Association of Flight Attendants" is one organisation's name.
    // The name may open with a role in lowercase ("former Gov. Jeb Bush of Florida said").
    let proper = name ? name.start : 0;
    while (name && proper < name.end && (tokens[proper]!.pos === 'ADJ' || tokens[proper]!.pos === 'DET') && /^[\p{Ll}]/u.test(tokens[proper]!.text)) proper++;
    if (name && proper < name.end && tokens.slice(proper, name.end).every((t) => t.pos === 'PROPN' || t.text === '.') && !tokens.slice(name.start, name.end).some((t) => CUE_FORMS.has(t.text.toLowerCase()))) {
      const person = parseSpeakerPhrase(words(name));
      if (person?.type === 'name' && person.kind === 'person' && classifyProperName(words(np)) === 'organisation') return name;
    }
    // Else one organisation's name: "the American Federation of Teachers" speaks, not "Teachers".
    if (name && tokens[name.start]!.lemma === 'the' && tokens.slice(name.start + 1, name.end).every((t) => t.pos === 'PROPN')) return { start: name.start, end: np.end };
  }
  return np;
}

/**
 * The name before the comma-set words that end at the comma `e` (`last`: the comma before the verb). A place
 * after "of" or "from" is where the speaker is from, not the speaker: "Rawlings, 59, of Ashton, Md., said"
 * and "Wilson, of Springfield, Va., said" are Rawlings's and Wilson's.
 */
function nameBeforeCommas(tokens: readonly Token[], e: number, last: number, afterPlace: boolean): Phrase | null {
  let c = e - 1;
  // A participle before a noun is an adjective there ("New Jersey's sitting governor"), no verb of a clause.
  // So is one alone between commas ("Clinton, exasperated, responded").
  // And a "verb" between a determiner or adjective and a noun is a noun the model misread ("a later press gaggle").
  const clauseVerb = (k: number): boolean =>
    tokens[k]!.pos === 'VERB' &&
    !(/(?:ing|ed)$/iu.test(tokens[k]!.text) && (tokens[k + 1]?.pos === 'NOUN' || (tokens[k + 1]?.text === ',' && tokens[k - 1]?.text === ','))) &&
    !(tokens[k + 1]?.pos === 'NOUN' && /^(?:DET|ADJ|ADV|NUM)$/u.test(tokens[k - 1]?.pos ?? ''));
  while (c >= 0 && tokens[c]!.text !== ',' && !clauseVerb(c) && tokens[c]!.quote < 0) c--;
  // A relative clause between the commas has verbs of its own: "Jane Doe, who has surged in the polls, said".
  if (c >= 0 && tokens[c]!.pos === 'VERB') {
    let r = c;
    while (r >= 0 && tokens[r]!.text !== ',' && tokens[r]!.quote < 0) r--;
    // So has a participial phrase: "Mr. Bush, channeling his respectful roots, responded".
    if (r > 0 && tokens[r]!.text === ',' && (/^(?:who|whose|which)$/iu.test(tokens[r + 1]?.text ?? '') || (tokens[r + 1]?.pos === 'VERB' && /ing$/iu.test(tokens[r + 1]!.text)))) {
      // The clause says more of what stands before it, itself a name or a name and its role between commas.
      const before = nameBeforeCommas(tokens, r, last, afterPlace);
      if (before) return before;
      const np = nounPhraseBefore(tokens, r - 1);
      return np && tokens[np.end - 1]!.pos === 'PROPN' && tokens.slice(np.start, np.end).every((t) => t.pos === 'PROPN' || t.text === '.') ? { ...np, appositive: [r + 1, last] } : null;
    }
  }
  if (c <= 0 || tokens[c]!.text !== ',') {
    if (!afterPlace) return null;
    const np = nounPhraseBefore(tokens, e - 1);
    return np && tokens[np.end - 1]!.pos === 'PROPN' ? { ...np, appositive: [e + 1, last] } : null;
  }
  const np = nounPhraseBefore(tokens, c - 1);
  // "the Vatican spokesman, Federico Lombardi, said", "the head of the league, Jane Doe, said": a description,
  // then the name it gives, set off by commas. The description opens its clause: after another name's comma
  // it is that name's role ("Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano,
  // said").
  let desc = np;
  if (desc && desc.start >= 2 && /^(?:of|for|at)$/iu.test(tokens[desc.start - 1]!.text) && tokens[desc.start - 2]!.pos === 'NOUN') {
    const head = nounPhraseBefore(tokens, desc.start - 2);
    desc = head && tokens[head.start]!.pos === 'DET' ? { start: head.start, end: desc.end } : null;
  }
  // After the comma of a fronted phrase ("In a statement, her adviser, Jake Doe, said") it opens its clause too.
  const frontedComma = desc !== null && tokens[desc.start - 1]?.text === ',' && /^(?:ADP|SCONJ)$/u.test(tokens[firstWord(tokens)]?.pos ?? '') && !tokens.slice(0, desc.start - 1).some((t) => t.pos === 'VERB' || t.quote >= 0);
  const opens = desc !== null && (desc.start === 0 || frontedComma || !/^(?:,|of|for|at|from|by|with|to)$/iu.test(tokens[desc.start - 1]!.text));
  const described = desc !== null && (tokens[desc.start]!.pos === 'DET' || /^(?:his|her|its|their)$/iu.test(tokens[desc.start]!.text) || tokens.slice(desc.start, desc.end).some((t) => /^['’]s$/u.test(t.text)));
  const headNoun = desc !== null && (desc !== np || tokens[np!.end - 1]!.pos === 'NOUN' || tokens[np!.end - 1]!.pos === 'ADJ');
  if (desc && opens && described && headNoun && !afterPlace && e - c - 1 >= 1 && tokens.slice(c + 1, e).every((t) => t.pos === 'PROPN' || t.text === '.')) {
    return { start: c + 1, end: e, appositive: [desc.start, c] };
  }
  if (!np || tokens[np.end - 1]!.pos !== 'PROPN') return null;
  const lead = np.start >= 2 ? tokens[np.start - 1]! : null;
  // "the director of the Federal Bureau of Investigation, James B. Comey, said": an organisation ending a
  // description before a full name between commas; the name speaks.
  if (lead && /^(?:of|at|for)$/iu.test(lead.text) && !afterPlace && e - c - 1 >= 2 && tokens.slice(c + 1, e).every((t) => t.pos === 'PROPN' || t.text === '.')) {
    const person = parseSpeakerPhrase(phraseText(tokens, { start: c + 1, end: e }));
    if (person?.type === 'name' && person.kind === 'person') return { start: c + 1, end: e, appositive: [np.start, c] };
  }
  // "Holger Schmieding of Berenberg, Germany's largest bank, said", "Rep. Tom Cole of Oklahoma, an ally of
  // the leaders, said": the name before "of" or "from" is the speaker, the rest where he is from.
  if (lead && /^(?:of|from)$/iu.test(lead.text) && tokens[np.start - 2]!.pos === 'PROPN') {
    const name = nounPhraseBefore(tokens, np.start - 2);
    if (name && tokens.slice(name.start, name.end).every((t) => t.pos === 'PROPN' || t.text === '.')) {
      const person = parseSpeakerPhrase(phraseText(tokens, name));
      if (person?.type === 'name' && person.kind === 'person' && (name.end - name.start >= 2 || person.role)) return { ...name, appositive: [c + 1, last] };
    }
  }
  // "Clinton, during a town hall meeting in Columbus, Ohio, said": a place (or any object of a preposition:
  // "a pollster working with Priorities USA, a super PAC, said") inside a phrase set off by commas is no
  // subject; the name before that phrase is, or nobody.
  if (lead && lead.pos === 'ADP' && !/^(?:of|from|as)$/iu.test(lead.text)) {
    let c0 = np.start - 1;
    while (c0 >= 0 && tokens[c0]!.text !== ',' && tokens[c0]!.pos !== 'VERB' && tokens[c0]!.quote < 0) c0--;
    if (c0 > 0 && tokens[c0]!.text === ',') return nameBeforeCommas(tokens, c0, last, true);
    return null;
  }
  // "Jean-Marc Ayrault, the foreign minister of France, a member of the Council, said": the place ends a role
  // that is itself set off by commas after the name.
  if (lead && /^(?:of|from|at|for)$/iu.test(lead.text) && tokens[np.start - 2]!.pos === 'NOUN') {
    let c2 = np.start - 2;
    while (c2 >= 0 && tokens[c2]!.text !== ',' && tokens[c2]!.pos !== 'VERB' && tokens[c2]!.quote < 0) c2--;
    if (c2 > 0 && tokens[c2]!.text === ',') {
      const name = nounPhraseBefore(tokens, c2 - 1);
      if (name && tokens[name.end - 1]!.pos === 'PROPN' && tokens.slice(name.start, name.end).every((t) => t.pos === 'PROPN' || t.text === '.' || t.text === '-')) return { ...name, appositive: [c2 + 1, last] };
    }
  }
  if (lead && /^(?:of|from)$/iu.test(lead.text) && tokens[np.start - 2]!.text === ',') return nameBeforeCommas(tokens, np.start - 2, last, true);
  return { ...np, appositive: [c + 1, last] };
}

/**
 * The subject of the nearest reporting verb before token `before` (not a participle): a participle or a
 * second verb after it speaks for the same person ("..., Jane Doe said, adding ...", "Jane Doe said she had
 * doubts but said ..."). A noun phrase right after another verb is its object, whatever the verb after it
 * was tagged ("posted a Twitter comment").
 */
function governingSubject(tokens: readonly Token[], before: number): Phrase | null {
  for (let j = before - 1; j > 0; j--) {
    const t = tokens[j]!;
    if (t.text === LINE_BREAK || t.text === ';') return null;
    if (!isCue(t, tokens[j - 1]) || /ing$/iu.test(t.text)) continue;
    const np = subjectOf(tokens, j);
    if (np && tokens[np.start - 1]?.pos !== 'VERB') return np;
  }
  return null;
}

/** A phrase's words as written: tokens joined, with a space where the text has one. */
function phraseText(tokens: readonly Token[], p: Phrase): string {
  return tokens.slice(p.start, p.end).map((t, i, all) => (i > 0 && all[i - 1]!.end < t.start ? ' ' : '') + t.text).join('');
}

/** The first word of the sentence: past opening punctuation. */
function firstWord(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length && tokens[i]!.pos === 'PUNCT') i++;
  return i;
}

/**
 * The subject of the sentence's main clause, when a participle at `before` hangs on it: the subject of the
 * first verb whose subject opens the sentence (after a conjunction or adverb, or a fronted phrase and its
 * comma), with no subordinate clause opening between it and the participle, which would hang on that clause
 * ("..., when protesters interrupted her, shouting ...").
 */
function clauseSubject(tokens: readonly Token[], before: number): Phrase | null {
  const first = firstWord(tokens);
  let open = first;
  while (open < before && (tokens[open]!.pos === 'CCONJ' || tokens[open]!.pos === 'ADV')) open++;
  for (let j = open; j < before; j++) {
    const t = tokens[j]!;
    if (t.text === LINE_BREAK || /^[;:]$/u.test(t.text)) return null;
    if (t.pos !== 'VERB' || t.quote >= 0 || /ing$/iu.test(t.text) || tokens[j - 1]?.lemma === 'to') continue;
    const np = subjectOf(tokens, j);
    if (!np) continue;
    const lead = tokens[open]!;
    const fronted = tokens[np.start - 1]?.text === ',' && (lead.pos === 'ADP' || lead.pos === 'SCONJ' || (lead.pos === 'VERB' && /(?:ing|ed)$/iu.test(lead.text)));
    if (np.start !== open && !(fronted && !tokens.slice(open, np.start).some((x) => x.quote >= 0))) continue;
    // A relative clause says more of a noun and leaves the participle to the main clause ("..., with whom he
    // clashed, calling him ..."); an adverbial one takes it ("..., when protesters interrupted, shouting ...").
    const subordinate = tokens.slice(j + 1, before).some((x) => (x.pos === 'SCONJ' && !/^(?:that)$/iu.test(x.text)) || /^(?:where|when|while)$/iu.test(x.text));
    return subordinate ? null : np;
  }
  return null;
}

/** The subject of the clause a participle hangs on: "X turned to the border, saying: ...". */
function mainSubject(tokens: readonly Token[], participle: number): Phrase | null {
  for (let j = participle - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.quote >= 0) continue;
    if (t.pos === 'VERB' && !/ing$/iu.test(t.text)) {
      const np = subjectOf(tokens, j);
      if (np) return np;
    }
  }
  return null;
}

function nounPhraseBefore(tokens: readonly Token[], e: number): Phrase | null {
  if (e < 0) return null;
  const last = tokens[e]!;
  // The model takes some nouns after "the" for adjectives ("the general", "the premier").
  const nounLike = last.pos === 'ADJ' && e > 0 && tokens[e - 1]!.pos === 'DET';
  if (!(last.pos === 'PROPN' || last.pos === 'NOUN' || last.pos === 'PRON' || nounLike)) return null;
  if (last.pos === 'PRON') return /^(?:he|she|they|it)$/iu.test(last.text) ? { start: e, end: e + 1 } : null;
  let s = e;
  while (s - 1 >= 0) {
    const t = tokens[s - 1]!;
    if (t.quote >= 0) break;
    const abbreviation = t.text === '.' && s - 2 >= 0 && tokens[s - 2]!.end === t.start;
    const joined = (t.text === '-' || t.text === '/' || t.text === '&') && tokens[s]!.start === t.end;
    if (NP_POS.has(t.pos) && t.pos !== 'PRON' || abbreviation || joined || (t.pos === 'PRON' && /^(?:his|her|its|their)$/iu.test(t.text))) s--;
    else break;
  }
  while (s < e && (tokens[s]!.pos === 'PART' || tokens[s]!.pos === 'PUNCT')) s++;
  return { start: s, end: e + 1 };
}

/** The noun phrase starting at `k` (after "said" or "according to"), up to a comma, a verb or the end. */
function nounPhraseAfter(tokens: readonly Token[], k: number): Phrase | null {
  let e = k;
  while (e < tokens.length) {
    const t = tokens[e]!;
    if (t.quote >= 0 || (e > k && /^(?:who|whom|whose|which|that)$/iu.test(t.text))) break;
    const abbreviation = t.text === '.' && e > k && tokens[e - 1]!.end === t.start && e + 1 < tokens.length && tokens[e + 1]!.pos === 'PROPN';
    const joined = (t.text === '-' || t.text === '/' || t.text === '&') && e > k && tokens[e - 1]!.end === t.start;
    // "Los Angeles-based": the word after a hyphen is part of the phrase, whatever the model tagged it.
    if (joined && t.text === '-' && tokens[e + 1] && tokens[e + 1]!.start === t.end && tokens[e + 1]!.quote < 0) e += 2;
    else if ((NP_POS.has(t.pos) && t.pos !== 'PART') || abbreviation || joined || (t.pos === 'PART' && /^['’]s$/u.test(t.text))) e++;
    else break;
  }
  if (e === k) return null;
  // A trailing time word is no part of the speaker: "said Trump Friday".
  while (e > k && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|later|earlier|recently)$/u.test(tokens[e - 1]!.text)) e--;
  while (e > k && tokens[e - 1]!.pos !== 'PROPN' && tokens[e - 1]!.pos !== 'NOUN' && tokens[e - 1]!.pos !== 'PRON') e--;
  if (e === k) return null;
  const head = tokens[e - 1]!;
  if (head.pos === 'PRON' && !(e - k === 1 && /^(?:he|she|they|it)$/iu.test(head.text))) return null;
  // "said Jane Doe, a professor at Seoul National University.": the role after the comma, to the sentence end.
  if (tokens[e]?.text === ',') {
    let r = e + 1;
    while (r < tokens.length && tokens[r]!.quote < 0 && !/^[.;:!?,]$/u.test(tokens[r]!.text)) r++;
    if (r > e + 1) return { start: k, end: e, appositive: [e + 1, r], trailing: true };
  }
  return { start: k, end: e };
}

/** The phrase as written, with the role words before a name set apart ("9/11 widow" + "Mary Fetchet"). */
function finish(text: string, tokens: readonly Token[], np: Phrase, via: GrammarAttribution['via'], cue: string): GrammarAttribution | null {
  let nameFrom = np.end;
  while (nameFrom - 1 >= np.start && (tokens[nameFrom - 1]!.pos === 'PROPN' || (tokens[nameFrom - 1]!.text === '.' && nameFrom - 2 >= np.start && tokens[nameFrom - 2]!.pos === 'PROPN') || /^[\p{Lu}]/u.test(tokens[nameFrom - 1]!.text) && tokens[nameFrom - 1]!.pos !== 'PRON')) nameFrom--;
  const all = text.slice(tokens[np.start]!.start, tokens[np.end - 1]!.end).trim();
  if (all === '') return null;
  let phrase = all;
  let role: string | null = null;
  // "an angry Hollande": a determiner and adjectives before a name describe the moment, not the person.
  // ("the younger Mr. Trump" is another man than "Mr. Trump": only after "a" or "an").
  if (nameFrom > np.start && nameFrom < np.end && tokens.slice(np.start, nameFrom).every((t) => t.pos === 'DET' || t.pos === 'ADJ') && /^(?:a|an)$/iu.test(tokens[np.start]!.text) && nameFrom - np.start >= 2) {
    phrase = text.slice(tokens[nameFrom]!.start, tokens[np.end - 1]!.end);
  }
  // A lowercase role before the name ("psychotherapist Jane Doe", "9/11 widow Mary Fetchet"): the name alone.
  if (nameFrom > np.start && nameFrom < np.end && !/^(?:DET|ADP)$/u.test(tokens[nameFrom - 1]!.pos) && !/['’]s$/u.test(tokens[nameFrom - 1]!.text)) {
    const lower = tokens.slice(np.start, nameFrom);
    if (lower.some((t) => t.pos === 'NOUN')) {
      phrase = text.slice(tokens[nameFrom]!.start, tokens[np.end - 1]!.end);
      role = text.slice(tokens[np.start]!.start, tokens[nameFrom - 1]!.end).replace(/^(?:the|a|an)\s+/iu, '');
    }
  }
  if (np.appositive) {
    const [a, b] = np.appositive;
    let appositive = text.slice(tokens[a]!.start, tokens[b - 1]!.end).trim();
    // After the name it runs to the sentence end, where time and place words are no part of the role.
    if (np.trailing) appositive = appositive.replace(TIME_TAIL, '').trim();
    if (isRoleAppositive(appositive)) role = appositive;
  }
  if (NAMING.has(cue) && via !== 'before') return null;
  return { phrase, role, via, cue };
}
