/**
 * The credit shapes the grammar reads besides a reporting verb's subject (see grammar.ts): words of time or
 * place after a verb, an outer reporting verb, a subordinate clause's opener, a reply, a passive agent ("called
 * ... by X"), a topic's owner, "quoted ... as saying", and whether a name or an owner stands before the quote.
 */
import { toastSpeaker } from './toast-credit.ts';
import { PERSON_NOUNS, TITLES } from './speaker-phrases.ts';
import { between, clauseSubject, type Phrase, firstWord, nounPhraseAfter, nounPhraseBefore, subjectOf } from './grammar-phrases.ts';
import { CUE_FORMS, isCue, LINE_BREAK, NAMING, type Token } from './tagged-sentence.ts';
import { phraseThroughTitle } from './misread-title.ts';

/**
 * Where words of time, place, manner or audience after a verb end ("after the attacks", "Tuesday in Paris",
 * "to a roaring crowd at the fair", "with a laugh"): the first token from `from` that is none of a
 * preposition, a noun phrase's words or an adverb.
 */
export function adjunctEnd(tokens: readonly Token[], from: number): number {
  let e = from;
  while (e < tokens.length && tokens[e]!.quote < 0 && (/^(?:ADP|DET|NOUN|PROPN|ADJ|NUM|ADV)$/u.test(tokens[e]!.pos) || (tokens[e]!.pos === 'PRON' && /^(?:his|her|their|its)$/iu.test(tokens[e]!.text)) || (tokens[e]!.pos === 'PART' && /^['’]s$/u.test(tokens[e]!.text)) || (tokens[e]!.text === '.' && tokens[e - 1]!.end === tokens[e]!.start && tokens[e + 1] !== undefined && /^[\p{Ll}\p{N}]/u.test(tokens[e + 1]!.text)))) e++;
  return e;
}

/**
 * The named subject of a reporting verb whose complement clause opens at `start`: "X said (that) he ...",
 * "X told reporters he ...", "X declared in an interview that the deal ...". Only words of no verb stand
 * between the verb and the clause (an object, a phrase of place or time, "that"); or null. With `anySubject`,
 * a subject of any kind ("A post shared online says ...").
 */
export function outerReporter(tokens: readonly Token[], start: number, anySubject = false): Phrase | null {
  let b = start - 1;
  if (tokens[b]?.lemma === 'that') b--;
  for (let c = b; c > 0 && c >= b - 10; c--) {
    const t = tokens[c]!;
    if (t.quote >= 0 || /^[,;:()\n]$/u.test(t.text) || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'PRON' && /^(?:who|which|whom)$/iu.test(t.text)) return null;
    if (t.pos !== 'VERB') continue;
    if (!isCue(t, tokens[c - 1]) || /ing$/iu.test(t.text) || NAMING.has(t.lemma)) return null;
    const np = subjectOf(tokens, c) ?? conjoinedSubject(tokens, c) ?? (anySubject ? subjectBeforeAside(tokens, c) : null);
    if (np && anySubject) return np;
    if (!np || tokens[np.end - 1]!.pos !== 'PROPN' || tokens[np.start]!.pos === 'DET') return null;
    return np;
  }
  return null;
}

/**
 * The subject before a prepositional aside set off by commas right before the verb `verb`: "State media, through
 * the Lowland Press Agency, said ...", "The ministry, in a statement, said ...". The verb has a subject of its own
 * there, though the aside keeps `subjectOf` from reading it. Or null.
 */
function subjectBeforeAside(tokens: readonly Token[], verb: number): Phrase | null {
  const close = verb - 1;
  if (tokens[close]?.text !== ',') return null;
  let o = close - 1;
  while (o > 0 && close - o < 12 && tokens[o]!.text !== ',' && tokens[o]!.quote < 0 && /^(?:ADP|DET|NOUN|PROPN|ADJ|NUM|PART)$/u.test(tokens[o]!.pos)) o--;
  if (o < 1 || tokens[o]!.text !== ',' || tokens[o + 1]!.pos !== 'ADP' || o + 2 >= close) return null;
  return nounPhraseBefore(tokens, o - 1);
}

/**
 * The subject a verb shares with the verb before "and" or "but": "X smiled and said ...", "X paused but
 * insisted ...". Only verbs of one clause: no punctuation or quote between them. Or null.
 */
export function conjoinedSubject(tokens: readonly Token[], verb: number): Phrase | null {
  let b = verb - 1;
  while (b >= 0 && tokens[b]!.pos === 'ADV') b--;
  if (tokens[b]?.pos !== 'CCONJ' || !/^(?:and|but)$/iu.test(tokens[b]!.text)) return null;
  for (let c = b - 1; c >= 0 && c >= b - 6; c--) {
    const t = tokens[c]!;
    if (t.quote >= 0 || t.pos === 'PUNCT' || t.text === LINE_BREAK) return null;
    if (t.pos === 'VERB' && !/ing$/iu.test(t.text) && tokens[c - 1]?.lemma !== 'to') return subjectOf(tokens, c);
  }
  return null;
}

// Words opening a clause of time, cause or condition (not "as": "as X said, ..." credits what follows).
const SUBORDINATE = /^(?:when|while|after|before|because|although|though|if|since|until|whereas)$/iu;

/** Where the clause of time or cause holding token `j` opens (back to a comma or a quote), or -1. */
export function subordinateOpener(tokens: readonly Token[], j: number): number {
  for (let i = j - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.quote >= 0 || /^[,;:\n]$/u.test(t.text)) return -1;
    if (SUBORDINATE.test(t.text)) return i;
  }
  return -1;
}

/**
 * A main clause that is only a name and its answer right before the quote, from `from` to the comma or
 * colon before `q`: "Jane Doe shot back, ", "Jane Doe fired back forcefully: ". Or null.
 */
export function replyBefore(tokens: readonly Token[], from: number, q: number): Phrase | null {
  if (!/^[,:]$/u.test(tokens[q - 1]?.text ?? '')) return null;
  let e = from;
  while (e < q - 1 && (tokens[e]!.pos === 'PROPN' || tokens[e]!.text === '.')) e++;
  if (e === from || tokens[e - 1]!.pos !== 'PROPN') return null;
  const rest = tokens.slice(e, q - 1);
  if (rest.length === 0 || rest.length > 4 || rest.some((x) => x.quote >= 0 || /^(?:PROPN|PRON|DET|PUNCT)$/u.test(x.pos))) return null;
  return { start: from, end: e };
}

/**
 * The name after "by" that a passive reporting verb gives as the one who said the quote `q`: the verb right
 * before the quote after "been", "was" or "is" and "by" right after it, or "as <verb> by" after the quote in
 * the same clause. Or null.
 */
export function passiveAgent(tokens: readonly Token[], q: number): Phrase | null {
  const byName = (b: number): Phrase | null => {
    if (tokens[b]?.lemma !== 'by') return null;
    const np = nounPhraseAfter(tokens, b + 1);
    return np && tokens[np.end - 1]!.pos === 'PROPN' && tokens.slice(np.start, np.end).every((x) => x.pos !== 'PRON') ? { start: np.start, end: np.end } : null;
  };
  const v = tokens[q - 1];
  // After "been", "was" or "is", or a reduced relative clause ("email chains recently labeled "..." by ...").
  const passive = (k: number): boolean => /ed$/iu.test(tokens[k]?.text ?? '') && (isCue(tokens[k]!, tokens[k - 1]) || CUE_FORMS.has(tokens[k]!.text.toLowerCase())) && (/^(?:been|was|were|is|are|be)$/iu.test(tokens[k - 1]?.text ?? '') || /^(?:ADV|NOUN)$/u.test(tokens[k - 1]?.pos ?? ''));
  if (v && passive(q - 1)) {
    const np = byName(q + 1);
    if (np) return np;
  }
  // So with "as" between: `The plan was described as "..." by Jane Doe`.
  if (v && v.lemma === 'as' && q >= 3 && passive(q - 2)) {
    const np = byName(q + 1);
    if (np) return np;
  }
  let named = false;
  for (let k = q + 1; k < tokens.length - 2; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || /^[.;:!?\n]$/u.test(t.text)) break;
    // `"..." — Jane Roe, as quoted by Radio X`: a name credited first is the speaker; "as quoted (cited, reported)
    // by" only says who relayed her words.
    if (t.lemma === 'as' && /ed$/iu.test(tokens[k + 1]!.text) && isCue(tokens[k + 1]!, t)) return named && /^(?:quoted|cited|reported|relayed)$/iu.test(tokens[k + 1]!.text) ? null : byName(k + 2);
    if (t.pos === 'PROPN') named = true;
  }
  return null;
}

/**
 * Whether the words before the quote `q` give it a speaker of their own: the subject of a reporting verb, or a
 * name or "he"/"she" as the subject of the quote's clause.
 */
/**
 * The name whose words an opening "Asked about (Responding to, Reacting to) <Name>'s ..." phrase quotes, when
 * the quote sits inside that phrase: no comma and no other quote between its first word and the quote.
 */
export function topicOwner(tokens: readonly Token[], q: number): Phrase | null {
  const f = firstWord(tokens);
  if (f < 0 || !/^(?:Asked|Responding|Reacting|Pressed)$/u.test(tokens[f]!.text)) return null;
  let owner: Phrase | null = null;
  for (let j = f + 1; j < q; j++) {
    const t = tokens[j]!;
    if (t.quote >= 0 || /^[,.;:!?\n]$/u.test(t.text)) return null;
    if (owner || !/^['’]s?$/u.test(t.text) || t.pos !== 'PART') continue;
    const name = nounPhraseBefore(tokens, j - 1);
    if (!name || !tokens.slice(name.start, name.end).every((x) => x.pos === 'PROPN' || x.text === '.')) return null;
    owner = name;
  }
  return owner;
}

// The object of an active "quoted (cited, reported) ... as saying" in the quote's sentence, with no other quote between them.
export function quotedAsSaying(tokens: readonly Token[], q: number, closesSentence = false): Phrase | null {
  for (let k = 0; k < tokens.length - 3; k++) {
    const t = tokens[k]!;
    if (t.text === LINE_BREAK) return null;
    // `... had been "brave." He quoted Baxter as saying ...`: a quote whose own full stop ends its sentence is
    // not the words of the one a sentence after it quotes.
    if (k > q && closesSentence) return null;
    if (!/^(?:quot(?:ed|es|ing)|cit(?:ed|es|ing)|report(?:ed|s|ing))$/iu.test(t.text) || /^(?:was|were|is|are|be|been|being)$/iu.test(tokens[k - 1]?.text ?? '')) continue;
    // "quoted him as saying": the pronoun is the one quoted.
    const np = /^(?:him|her)$/iu.test(tokens[k + 1]!.text) ? { start: k + 1, end: k + 2 } : phraseThroughTitle(tokens, k + 1, nounPhraseAfter);
    if (!np) continue;
    // "quoted a Kremlin spokesman who said the talks had been "...": the relative clause's verb makes the one
    // quoted the speaker, named or described ("who" tells a person), the quote after it.
    const rel = tokens[np.end]?.text === ',' ? np.end + 1 : np.end;
    let r = rel + 1;
    while (tokens[r]?.pos === 'ADV') r++;
    const who = /^who$/iu.test(tokens[rel]?.text ?? '') && r < q && isCue(tokens[r]!, tokens[r - 1]) && !/ing$/iu.test(tokens[r]!.text);
    // (Not when a second "who" follows before the quote: "quotes Ivan Petrov, who denies it, and Tom Kask, who
    // admits it: "..."" may be the second one's words.)
    const secondWho = tokens.slice(r + 1, q).some((x) => /^who$/iu.test(x.text));
    if (who && !secondWho && !tokens.slice(np.start, r).some((x) => x.quote >= 0) && !tokens.some((x, j) => j !== q && x.quote >= 0 && between(j, k, q))) return { start: np.start, end: np.end };
    if (tokens[np.end]?.lemma !== 'as' || !/^(?:saying|telling|stating|calling|describing|adding|urging|warning)$/iu.test(tokens[np.end + 1]?.text ?? '')) continue;
    // A name, a pronoun, or a person described by the definite article when a named outlet quotes him ("RIA quoted
    // the spokesman as saying"): he points back to someone named. Another description ("his father"), or one
    // quoted by a thing ("A first post quoted the president as saying"), is read by the rules below as before.
    if (tokens.slice(np.start, np.end).some((x) => x.quote >= 0)) continue;
    if (!/^(?:PROPN|PRON)$/u.test(tokens[np.end - 1]!.pos) && !(tokens[k - 1]?.pos === 'PROPN' && definitePerson(tokens.slice(np.start, np.end)))) continue;
    if (tokens.some((x, j) => j !== q && x.quote >= 0 && between(j, k, q))) continue;
    return { start: np.start, end: np.end };
  }
  return null;
}

/** Past forms of verbs whose object is words given to someone: a wish, thanks, praise, a toast. */
const WORDS_TO = /^(?:wished|thanked|congratulated|praised|hailed|toasted|greeted)$/iu;

/** Past forms of verbs of inviting someone to do something, the quote inside what they are invited to do. */
const INVITED = /^(?:invited|invites)$/iu;

/** Past forms of verbs that label a thing "as" the quote's words. */
const LABELS_AS = /^(?:qualified|characteri[sz]ed|labell?ed|branded|termed|described|defined|classified|catalogued|cataloged)$/iu;

// `According to the Korean Central News Agency (KCNA), Jane Doe said that ... "..."`: the source only carries
// the words; the subject of the reporting verb after its comma (a name, a person described, he or she) is the speaker.
// `anyone`: the source is nobody who could speak ("According to media reports, a port official said ..."), so one
// only described by "a" is as much the speaker as one named.
export function namedReporterAfter(tokens: readonly Token[], from: number, q: number, anyone = false): boolean {
  for (let j = from; j < q; j++) {
    const t = tokens[j]!;
    if (t.quote >= 0 || t.text === LINE_BREAK) return false;
    // (So does a toast in other words right before the quote, "raised a glass to", "proposed a toast to": `toast-credit.ts`.)
    // A verb that carries words to someone ("wished", "thanked", "congratulated") has the quote for its object:
    // `In his toast, according to the agency, Jane Doe wished him "good health"` is hers; the agency reports it.
    const carries = t.pos === 'VERB' && (WORDS_TO.test(t.text) || toastSpeaker(tokens.slice(j - 1, q).map((x) => x.text).join(' ')) !== null) && tokens[j - 1]?.pos === 'PROPN';
    // So does a verb that gives a thing a label, "as" before the quote: `According to the agency, the minister
    // qualified the visit as "..."` is the minister's label; the agency reports it.
    const labels = t.pos === 'VERB' && LABELS_AS.test(t.text) && tokens.slice(j + 1, q).some((x) => /^as$/iu.test(x.text));
    // And a name or he/she calling a thing the words: `According to the ministry, she called the plan "..."`.
    const names = t.pos === 'VERB' && CALLS.test(t.text) && namerSubject(tokens, j);
    // And an invitation, the quote inside what the subject invites someone to do: `According to the press
    // office, the Ostrian leader invited the premier to visit "at a convenient time"` is the inviter's offer; the
    // office only reports it (its subject is read as any speaker's below: a name, he/she, a person described).
    // (Only the quote inside the invitation itself, no comma or conjunction between: "Kim invited Putin ..., and
    // Putin "gladly accepted"" is the source's account of the answer. And only the sentence's one quote: a second,
    // "..., and Putin "accepted the invitation with pleasure"", is the source's wording of another's deed, and
    // shows the source wording the whole sentence, the invitation too.)
    const invites = t.pos === 'VERB' && INVITED.test(t.text) && tokens.slice(j + 1, q).some((x) => /^to$/iu.test(x.text)) && !tokens.slice(j + 1, q).some((x) => x.pos === 'CCONJ' || /^[,;:]$/u.test(x.text)) && !tokens.some((x) => x.quote >= 0 && x.quote !== tokens[q]!.quote);
    if (t.lemma === 'accord' || (!carries && !labels && !names && !invites && !isCue(t, tokens[j - 1]))) continue;
    const np = subjectOf(tokens, j);
    if (!np || tokens[np.start - 1]?.text !== ',' || np.start < from) return false;
    const words = tokens.slice(np.start, np.end);
    if (words.every((x) => x.pos === 'PROPN' || x.text === '.')) return true;
    // So is a body's name after "the": `According to Jo Roe, the NIS said it was watching "..."` is the agency's
    // words; the one it told only passes them on.
    if (words.length >= 2 && /^the$/iu.test(words[0]!.text) && words.slice(1).every((x) => x.pos === 'PROPN')) return true;
    // A person described by the definite article or a pronoun points back to someone the text has named, and is
    // as much the subject: `According to Interfax, the Kremlin spokesperson also said: "..."`, `According to TASS,
    // he said: "..."`; the agency only carries the words. (An indefinite one, "a port official", names no one.)
    return (words.length === 1 && /^(?:he|she)$/iu.test(words[0]!.text)) || definitePerson(words) || (anyone && indefinitePerson(words));
  }
  return false;
}

/** "a port official", "an aide to the mayor": one person brought in by "a", a noun of a person at the head. */
function indefinitePerson(words: readonly Token[]): boolean {
  if (words.length < 2 || !/^(?:a|an)$/iu.test(words[0]!.text)) return false;
  const head = words[words.length - 1]!.text.toLowerCase();
  return PERSON_NOUNS.has(head) || TITLES.has(head);
}

/**
 * An "according to" source that is no one: unnamed reports or accounts ("media reports", "local press
 * accounts"), no name in them; they carry words, and never speak them.
 */
export function anonymousReports(tokens: readonly Token[], np: { start: number; end: number }): boolean {
  const words = tokens.slice(np.start, np.end);
  return words.length >= 1 && /^(?:reports|accounts)$/iu.test(words[words.length - 1]!.text) && words.every((x) => x.pos !== 'PROPN' && !/^(?:the|its|his|her|their)$/iu.test(x.text));
}

/** Past forms of verbs that give a thing the quote's words as its name, with no "as": "called", "dubbed". */
const CALLS = /^(?:called|dubbed|termed|branded|labell?ed)$/iu;

/**
 * Whether the naming verb at `verb` has a name or "he"/"she" for its subject: that one gave the thing its name
 * (`According to the Kremlin, he called the talks "..."`); a source that reports the naming only carries it.
 * (A subject described, "the first lady had called him ...", is left to the source, as before.)
 */
export function namerSubject(tokens: readonly Token[], verb: number): boolean {
  let v = verb;
  while (v > 0 && /^(?:AUX|ADV)$/u.test(tokens[v - 1]!.pos)) v--;
  const np = subjectOf(tokens, verb);
  if (!np || np.end !== v) return false;
  const words = tokens.slice(np.start, np.end);
  return (words.length === 1 && /^(?:he|she)$/iu.test(words[0]!.text)) || words.every((x) => x.pos === 'PROPN' || x.text === '.');
}

/**
 * The subject on the other side of an "according to" aside set off by commas between it and its reporting verb:
 * `The minister, according to the agency, called the talks "..."` is the minister's; the agency only carries
 * the words. `at` is the aside's "according", `sourceEnd` where its source ends. The subject opens the sentence
 * and is a name, "he"/"she" or a person described with "the"; null otherwise.
 */
export function subjectAroundSource(tokens: readonly Token[], at: number, end: number, q: number): { phrase: Phrase; verb: number } | null {
  const sourceEnd = pastAbbreviation(tokens, end);
  if (tokens[at - 1]?.text !== ',' || tokens[sourceEnd]?.text !== ',') return null;
  let v = sourceEnd + 1;
  while (v < q && tokens[v]!.pos === 'ADV') v++;
  if (v >= q || !isCue(tokens[v]!, tokens[v - 1]) || /ing$/iu.test(tokens[v]!.text)) return null;
  const np = nounPhraseBefore(tokens, at - 2);
  if (!np || np.start !== firstWord(tokens)) return null;
  const words = tokens.slice(np.start, np.end);
  const person = words.every((x) => x.pos === 'PROPN' || x.text === '.') || (words.length === 1 && /^(?:he|she)$/iu.test(words[0]!.text)) || definitePerson(words);
  return person ? { phrase: np, verb: v } : null;
}

/**
 * `Jane Roe told the cabinet on Tuesday, according to two ministers present, that the plan was "..."`: a source
 * set off by commas after a reporting verb, with "that" or the quote right after it, only carries what the
 * verb's subject said; the subject opening the sentence speaks (a name, "he" or "she", or a definite person).
 */
export function subjectBeforeSource(tokens: readonly Token[], at: number, end: number, q: number): { phrase: Phrase; verb: number } | null {
  const sourceEnd = pastAbbreviation(tokens, end);
  // (The comma may stand inside a quote's closing mark: `would "stand firm," according to ...`.)
  if (tokens[at - 1]?.text !== ',' && !((tokens[at - 1]?.quote ?? -1) >= 0 && /,\W*$/u.test(tokens[at - 1]!.text))) return null;
  // (The source's words may run past its noun phrase to the comma: "according to a nurse who overheard,".)
  let close = sourceEnd;
  while (close < q && close < sourceEnd + 6 && tokens[close]!.text !== ',' && tokens[close]!.quote < 0 && !/^[.;:!?]$/u.test(tokens[close]!.text)) close++;
  if (tokens[close]?.text !== ',') return null;
  // ("..., according to state media, and that ...": a second that-clause joined by "and" is the same verb's.)
  const next = /^and$/iu.test(tokens[close + 1]?.text ?? '') && /^that$/iu.test(tokens[close + 2]?.text ?? '') ? close + 2 : close + 1;
  if (!(next === q || /^(?:that|:)$/iu.test(tokens[next]?.text ?? '') || (next + 1 === q && tokens[next]!.text === ':'))) return null;
  const open = firstWord(tokens);
  for (let v = open + 1; v < at - 1; v++) {
    const t = tokens[v]!;
    if (t.quote >= 0 || /^[.;:!?\n]$/u.test(t.text) || t.text === LINE_BREAK) return null;
    if (!isCue(t, tokens[v - 1]) || /ing$/iu.test(t.text) || t.lemma === 'accord') continue;
    const np = subjectOf(tokens, v);
    if (!np || (np.start !== open && !frontedPhraseBefore(tokens, open, np.start))) return null;
    const words = tokens.slice(np.start, np.end);
    const person = words.every((x) => x.pos === 'PROPN' || x.text === '.') || (words.length === 1 && /^(?:he|she)$/iu.test(words[0]!.text)) || definitePerson(words) || titledName(words);
    return person ? { phrase: np, verb: v } : null;
  }
  return null;
}

/**
 * Where a source's name ends once the abbreviation set off after it in brackets is passed: in `Jo Roe, according
 * to the Harbour News Agency (HNA), said ...` the aside closes at the comma after "(HNA)", not at the bracket.
 * (One word in capitals only, the way a name's short form is given; `end` itself otherwise.)
 */
export function pastAbbreviation(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')') return end;
  return /^[\p{Lu}][\p{Lu}\p{N}&-]+$/u.test(tokens[end + 1]!.text) ? end + 3 : end;
}

/** Whether `open` starts a phrase of place or time ("At the dinner,") closed by the comma right before `start`. */
function frontedPhraseBefore(tokens: readonly Token[], open: number, start: number): boolean {
  if (tokens[open]?.pos !== 'ADP' || tokens[start - 1]?.text !== ',' || start - open > 8) return false;
  return tokens.slice(open + 1, start - 1).every((x) => x.quote < 0 && x.text !== ',' && x.pos !== 'VERB' && x.pos !== 'AUX');
}

/** "Finance minister Ivo Markovic": lowercase words of role before a name of capitalised words. */
function titledName(words: readonly Token[]): boolean {
  return words.length > 2 && words.at(-1)!.pos === 'PROPN' && words.at(-2)!.pos === 'PROPN' && words.every((x) => /^(?:PROPN|NOUN|ADJ)$/u.test(x.pos) || x.text === '.');
}

/** Whether words are a person described with the definite article ("the Kremlin spokesperson", "the minister"). */
function definitePerson(words: readonly Token[]): boolean {
  const head = words[words.length - 1]!.text.toLowerCase();
  // ("the elder Verkhov", "the younger Mr Roe": a generation's word before a family name points back to one of
  // the family the text has named.)
  const generation = words.length > 2 && /^(?:elder|younger|older)$/iu.test(words[1]!.text) && words.slice(2).every((x) => x.pos === 'PROPN' || x.text === '.');
  return words.length > 1 && /^the$/iu.test(words[0]!.text) && (PERSON_NOUNS.has(head) || TITLES.has(head) || generation);
}

export function ownedBeforeQuote(tokens: readonly Token[], q: number): boolean {
  let open = firstWord(tokens);
  while (open < q && (tokens[open]!.pos === 'CCONJ' || tokens[open]!.pos === 'ADV')) open++;
  for (let j = open; j < q; j++) {
    const t = tokens[j]!;
    if (t.text === LINE_BREAK || t.quote >= 0) return false;
    // The verb of the main clause only, its subject opening the sentence: in "After X asked about it, ..." or
    // "... helped a journalist write a book" the verb governs no quote.
    // A wire dateline before the subject ("SEOUL, Sept. 13 (Agency) -- Jane Doe said") ends at its dash.
    const np = t.lemma !== 'accord' && isCue(t, tokens[j - 1]) ? subjectOf(tokens, j) : null;
    // (Or a name set off after the description opening the sentence: "The minister, Ivo Aune, told colleagues the
    // plan was "dead", according to two people present" is Aune's; the two only report it.)
    if (np && (np.start === open || np.appositive?.[0] === open || /^(?:-+|[—–―])$/u.test(tokens[np.start - 1]?.text ?? ''))) return true;
  }
  const np = clauseSubject(tokens, q);
  if (!np) return false;
  const words = tokens.slice(np.start, np.end);
  // A person's description ("The North Korean leader raised a toast to ...") too, not a thing ("The talks were ...").
  const head = words[words.length - 1]!.text.toLowerCase();
  return words.every((t) => t.pos === 'PROPN' || t.text === '.') || (words.length === 1 && /^(?:he|she)$/iu.test(head)) || (words[0]!.pos === 'DET' && (PERSON_NOUNS.has(head) || TITLES.has(head)));
}

/**
 * `"...," the strikers sang, according to Roe.`: the subject right after the quote (a name, or a determiner's
 * phrase of people), then a finite verb, then only words of manner, time or place up to the comma before the
 * source at `source` ("according"): that subject voiced the words. Null when the clause is no such one.
 */
export function voicedBeforeSource(tokens: readonly Token[], q: number, source: number): Phrase | null {
  let k = q + 1;
  while (k < source && tokens[k]!.text === ',') k++;
  const np = nounPhraseAfter(tokens, k);
  if (!np || np.start !== k || np.end >= source) return null;
  const first = tokens[np.start]!;
  const last = tokens[np.end - 1]!;
  if (!(first.pos === 'PROPN' || (first.pos === 'DET' && last.pos === 'NOUN'))) return null;
  const verb = tokens[np.end]!;
  if (verb.pos !== 'VERB' || /ing$/iu.test(verb.text)) return null;
  // (Only adjuncts to the comma that sets the source off: "sang at the gates, according to ...".)
  const end = adjunctEnd(tokens, np.end + 1);
  return end === source - 1 && tokens[end]!.text === ',' ? np : null;
}
