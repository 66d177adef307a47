/**
 * Indirect speech before a quote standing alone: "Carter said that the region would not be left. “That's
 * because this region remains the most consequential.”" A full sentence in quotation marks that follows a
 * sentence of reported speech, with no credit of its own, is the words of that sentence's speaker. Read only
 * for such quotes: the sentence before is tagged then, and only then.
 */
import type { GrammarAttribution } from './grammar.ts';
import { finish, firstWord, nounPhraseAfter, subjectOf } from './grammar-phrases.ts';
import { isCue, sentenceTokens, type Token } from './tagged-sentence.ts';
import { setOffDescriptionSubject } from './set-off-description-subject.ts';
import { describedNameSubject } from './described-name-subject.ts';

// Verbs that report what someone said or how they judged (lemmas); not those that name or cite ("called it",
// "dubbed", "quoted"), after which the next quote is as often another's words.
const SAYING = new Set(
  (
    'say tell add argue explain note insist write warn stress contend assert acknowledge admit recall suggest ' +
    'predict claim maintain emphasize emphasise reply respond answer continue conclude declare announce testify ' +
    'observe remark comment concede caution complain promise vow pledge boast tweet post reiterate affirm confirm ' +
    'deny repeat recount reason muse agree echo praise criticize criticise blast slam hail decry condemn welcome lament urge advise ' +
    // Verbs of putting a case in one's own words ("Roe touted her record. “...”").
    'tout brag'
  ).split(/\s+/u),
);

/**
 * Who reports speech in the sentence `text[rs, re)`: a name credited at its end ("..., Jane Doe said."), or
 * the subject of its first reporting verb (or of its first verb, for "... by saying ...") when that subject
 * opens the sentence (past a fronted phrase and its comma) and is a name or "he"/"she"; or null. The sentence
 * holds no quote (the caller makes sure).
 */
// (`question`: the quote after the sentence is itself a question; then asking reports it too: "Ana Roe asked
// about the ferries. "Does the minister know how many sailings were cut?"" is the asker's question in her words.)
export function reportingSubject(text: string, rs: number, re: number, question = false): GrammarAttribution | null {
  const tokens = sentenceTokens(text, [], rs, re);
  if (!tokens || tokens.length === 0) return null;
  const first = firstWord(tokens);
  // A question reports nothing.
  if (tokens.some((t) => t.text === '?')) return null;
  // A credit closing the sentence: "The board may hesitate to move, Jane Doe said."
  let last = tokens.length - 1;
  while (last > first && tokens[last]!.pos === 'PUNCT') last--;
  if (isCue(tokens[last]!, tokens[last - 1]) && SAYING.has(tokens[last]!.lemma) && !/ing$/iu.test(tokens[last]!.text)) {
    const np = subjectOf(tokens, last);
    // (Or "he" or "she": "Demir has heard it all before, she says.")
    const pronoun = np !== null && np.end - np.start === 1 && /^(?:he|she)$/iu.test(tokens[np.start]!.text);
    if (np && tokens[np.start - 1]?.text === ',' && (tokens[np.end - 1]!.pos === 'PROPN' || pronoun)) return finish(text, tokens, np, 'after', tokens[last]!.lemma);
  }
  // (Or the credit and a short phrase of where or when it was said: "The board may hesitate, Jane Doe said in
  // an interview.", "..., Doe said on Monday.": the phrase names no one, so the one crediting is still the
  // sentence's speaker.)
  for (let v = last - 1; v >= Math.max(first + 2, last - 6); v--) {
    const t = tokens[v]!;
    if (!isCue(t, tokens[v - 1]) || !SAYING.has(t.lemma) || /ing$/iu.test(t.text)) continue;
    if (!adjunctOfTime(tokens.slice(v + 1, last + 1))) break;
    const np = subjectOf(tokens, v);
    const pronoun = np !== null && np.end - np.start === 1 && /^(?:he|she)$/iu.test(tokens[np.start]!.text);
    // (The name, not a description ending on one: "Sam Roe, the director for the Iowa Party said in a statement."
    // has lost the comma after its role, and the sentence opens on its subject; so the words before the credit
    // must hold a verb of their own, the clause it reports.)
    const clause = np !== null && tokens.slice(first, np.start - 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    if (np && clause && np.end === v && tokens[np.start - 1]?.text === ',' && tokens[np.start]!.pos !== 'DET' && (tokens[np.end - 1]!.pos === 'PROPN' || pronoun)) return finish(text, tokens, np, 'after', t.lemma);
    break;
  }
  // The credit inverted: "The gap was unlikely to close, said Jane Doe." (or "..., said Jane Doe, a strategist
  // at ...", the words set off after the name holding no verb).
  for (let v = last - 1; v > first + 1; v--) {
    const t = tokens[v]!;
    if (tokens[v - 1]!.text !== ',' || !isCue(t, tokens[v - 1]) || !SAYING.has(t.lemma) || /ing$/iu.test(t.text)) continue;
    const np = nounPhraseAfter(tokens, v + 1);
    // (A body's possessive may open the name: "..., noted the Courier's Ada Roe.", the name its last words.)
    if (!np || !tokens.slice(np.start, np.end).every((x, i, all) => x.pos === 'PROPN' || x.text === '.' || (/^['’]s$/u.test(x.text) && i > 0 && all[i + 1]?.pos === 'PROPN'))) break;
    const rest = tokens.slice(np.end, last + 1);
    if (np.end > last || (tokens[np.end]!.text === ',' && !rest.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || /^(?:who|which|that)$/iu.test(x.text)))) return finish(text, tokens, np, 'after', t.lemma);
    break;
  }
  // A name the sentence closes on as its source: "The talks would go on next year, according to Jane Doe."
  // (A name only: "according to the report" tells of no one who spoke.)
  const by = tokens.findIndex((x, i) => i > first && x.lemma === 'accord' && tokens[i - 1]?.text === ',' && tokens[i + 1]?.lemma === 'to');
  if (by > 0) {
    const np = nounPhraseAfter(tokens, by + 2);
    if (np && np.end > last && tokens.slice(np.start, np.end).every((x) => x.pos === 'PROPN')) return finish(text, tokens, np, 'according', 'according');
  }
  for (let j = first + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    const spoke = spokeTo(tokens, j);
    if (!spoke && !isCue(t, tokens[j - 1])) continue;
    if (!spoke && ((!SAYING.has(t.lemma) && !(question && t.lemma === 'ask')) || tokens[j - 1]?.lemma === 'to')) return null;
    // "X distanced himself from them by saying he would ...": the participle after "by" speaks for the
    // subject opening the sentence, the subject of its first verb.
    let verb = j;
    if (/ing$/iu.test(t.text)) {
      if (tokens[j - 1]?.lemma !== 'by') return null;
      verb = tokens.findIndex((x, i) => i > first && i < j && x.pos === 'VERB');
      if (verb < 0) return null;
    }
    // (Or the full name opening the sentence before a description set off by commas that the reading of subjects
    // left unread: "NAME, a nominal Whig who voted for two Tories, said ...", `set-off-description-subject.ts`.)
    // (Or the full name set off by commas after a description of a person opening the sentence: "Her lawyer,
    // NAME, said ...", `described-name-subject.ts`; the name is the subject, as if it opened the sentence.)
    const described = describedNameSubject(tokens, first, verb);
    let np = described ?? subjectOf(tokens, verb) ?? setOffDescriptionSubject(tokens, first, verb);
    if (!np) return null;
    // "Jane Roe, the spokesman for the party said in a statement.": the comma closing the words set off after a
    // name is missing, and the role reads as the subject; the name opening the sentence is the speaker. (Not
    // when a comma follows the verb: "Roe, the mayor said, is ..." has the mayor speaking of Roe.)
    const comma = np.start - 1;
    if (np.start !== first && tokens[comma]?.text === ',' && comma - first >= 2 && tokens.slice(first, comma).every((x) => x.pos === 'PROPN') && tokens[np.start]!.pos === 'DET' && tokens[verb + 1]?.text !== ',' && !tokens.slice(np.start, verb).some((x) => x.text === ',')) {
      np = { ...np, start: first, end: comma };
    }
    const lead = tokens[first]!;
    const fronted = tokens[np.start - 1]?.text === ',' && /^(?:ADP|SCONJ)$/u.test(lead.pos) && !tokens.slice(first, np.start).some((x) => x.pos === 'VERB');
    // (Or a participle's phrase fronted before the subject and its comma, which it tells something of: "Looking
    // ahead to the election, Jane Roe explained why she backs the mayor.")
    const participle = tokens[np.start - 1]?.text === ',' && lead.pos === 'VERB' && /^[\p{Lu}][\p{Ll}]+(?:ing|ed)$/u.test(lead.text) && !tokens.slice(first + 1, np.start - 1).some((x) => x.text === ',');
    if (np.start !== first && !fronted && !participle && !described) return null;
    // "Her colleague Jane Roe said ...": a relation before the name ("her", "his", "their" and a noun in
    // lowercase) tells who she is to someone; the name is the subject.
    const relation = /^(?:his|her|their|our|my)$/iu.test(tokens[np.start]!.text) && tokens[np.start + 1]?.pos === 'NOUN' && /^[\p{Ll}]/u.test(tokens[np.start + 1]!.text) && tokens[np.start + 2]?.pos === 'PROPN' && tokens.slice(np.start + 2, np.end).every((x) => x.pos === 'PROPN');
    if (relation) np = { start: np.start + 2, end: np.end };
    const words = tokens.slice(np.start, np.end);
    // A name, perhaps after a role in lowercase ("Defense Secretary Ash Carter", "political analyst Jane Roe").
    const named = words[words.length - 1]!.pos === 'PROPN' && words[0]!.pos !== 'DET' && words[0]!.pos !== 'PRON';
    const pronoun = words.length === 1 && /^(?:he|she)$/iu.test(words[0]!.text);
    if (!named && !pronoun) return null;
    return finish(text, tokens, np, 'before', t.lemma);
  }
  return null;
}

/**
 * "Jane Roe spoke to reporters in Dover on Monday.", "Roe spoke at length.": the subject's speaking, told in the
 * past tense, is reported speech as "said" is; a full sentence quoted on its own after it is what she said. Not
 * "spoke with" or "spoke to" a person named (either of the two may speak next), nor after "not" or "never", nor
 * with a clause or another person after it.
 */
function spokeTo(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.quote >= 0 || t.text.toLowerCase() !== 'spoke' || t.pos !== 'VERB') return false;
  if (/^(?:not|never|n['’]t)$/iu.test(tokens[j - 1]?.text ?? '')) return false;
  const next = tokens[j + 1];
  if (next?.lemma === 'with') return false;
  if (next?.lemma === 'to' && tokens[j + 2]?.pos === 'PROPN') return false;
  // Only where and when she spoke may follow: not a clause with a speaker of its own ("spoke to reporters, who
  // asked about Roe", "spoke after Roe had left") nor another named beside her ("spoke to reporters after Roe").
  for (let k = j + 1; k < tokens.length; k++) {
    const x = tokens[k]!;
    if (x.pos === 'VERB' || x.pos === 'AUX' || /^(?:who|whom|whose|which|that|he|she|they|we|I|you)$/u.test(x.text)) return false;
    if (x.pos === 'PROPN' && /^(?:after|before|than|like|alongside|beside|besides|behind|following|and|with)$/iu.test(tokens[k - 1]?.text ?? '')) return false;
  }
  return true;
}

// Words of a day or a time that open a phrase of when: "on Monday", "last week", "earlier this year".
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last|earlier|later|this|recently)$/iu;
// Prepositions of where, when or in what a thing was said: "in an interview", "at a rally", "on Monday".
const SETTING_PREPOSITION = /^(?:in|at|on|during|after|before|over|earlier|last)$/iu;

/**
 * Whether tokens closing a sentence after its verb of saying are only a short phrase of where or when it was
 * said ("in his interview", "at a news conference", "on Monday", "last week"): opening on such a preposition or
 * time word, with no verb, comma, clause or name of anyone in it (a capitalised word only a day or month).
 */
function adjunctOfTime(tail: readonly Token[]): boolean {
  if (tail.length === 0 || tail.length > 5) return false;
  if (!SETTING_PREPOSITION.test(tail[0]!.text) && !TIME_WORD.test(tail[0]!.text)) return false;
  return tail.every((x) => (x.pos === 'PROPN' ? /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u.test(x.text) : /^(?:ADP|DET|PRON|ADJ|NOUN|NUM)$/u.test(x.pos)) && !/^(?:that|who|which|whom|of|about)$/iu.test(x.text));
}
