/**
 * The noun phrases the grammar reads around a reporting verb: its subject (skipping adverbs, appositives, ages
 * and party tags), the subject of the clause or of the main clause a participle hangs on, the phrase before
 * or after a point, and the attribution they make.
 */
import { roleNameAfterFrontedAdjunct } from './fronted-adjunct-name.ts';
import { listedPersonName, namesListedAfter } from './listed-names-after.ts';
import { nameAfterPreposition } from './preposition-object-name.ts';
import { isIntensiveReflexive } from './intensive-reflexive.ts';
import type { GrammarAttribution } from './grammar.ts';
import { isRoleAppositive } from './attribution.ts';
import { classifyProperName, lexFirstName, lexTags, PERSON_TAGS } from './names.ts';
import { withoutAcronymAside } from './acronym-aside.ts';
import { isRoleNoun, objectOfPreposition, parseSpeakerPhrase, parseSubjectPhrase, personBeforePreposition, ROLE_ACRONYM, servesNamed, singular, TITLES, wordNetPersonOnly } from './speaker-phrases.ts';
import { commonNoun, isLemma } from '../text/wordnet.ts';
import { describedHeadBefore, TIME } from './prepositional-head.ts';
import { roleOfOtherSex } from './appositive-name.ts';
import { CUE_FORMS, isCue, LINE_BREAK, NAMING, NP_POS, SKIP_BEFORE_VERB, roleWithoutTimeTail, TITLE_COMMA, type Token } from './tagged-sentence.ts';
import { isSeatOfPower } from './seat-of-power.ts';
import { gerundModifierAt } from './gerund-modifier.ts';
import { isMemberNoun } from './member-noun.ts';
import { isKnownFirstName } from './first-names.ts';
import { pastCapsDateline } from './dateline-tokens.ts';
import { participleClauseSubject } from './participle-clause.ts';
import { participleOfVerb } from './verb-participle.ts';
import { auxiliaryNameStart } from './auxiliary-name.ts';
import { timeAdjunctStart } from './time-adjunct.ts';
import { insideOpeningRelative, personBeforeRelativeClause } from './relative-clause-subject.ts';
import { wholeJoinedAfter, wholeJoinedBefore } from './joined-descriptions.ts';


/**
 * Whether token `k` is a hyphen joining two parts of a name with no space, or the part after one, which the
 * model may tag a common noun ("Lim Soo-suk": "suk").
 */
function hyphenInName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (/^[-‐]$/u.test(t.text)) return prev !== undefined && next !== undefined && prev.end === t.start && t.end === next.start && prev.pos === 'PROPN';
  return prev !== undefined && /^[-‐]$/u.test(prev.text) && prev.end === t.start && tokens[k - 2]?.pos === 'PROPN' && tokens[k - 2]!.end === prev.start;
}

export function between(k: number, a: number, b: number): boolean {
  return k > Math.min(a, b) && k < Math.max(a, b);
}

export interface Phrase {
  start: number;
  end: number;
  /** Tokens of a role set off by commas after the name ("Peskov, the Kremlin spokesman, said"). */
  appositive?: [number, number];
  /** The appositive runs from the name to the end of the sentence. */
  trailing?: boolean;
}

/** Index `k`, or the token before the parenthesis that closes at `k` ("Jane Roe (D-Va.)" → "Roe"); -1 if none. */
function beforeParenthesis(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ')') return k;
  let o = k;
  while (o >= 0 && tokens[o]!.text !== '(') o--;
  return o - 1;
}

/**
 * Whether quote token `q` ends, with the comma inside its marks, words set off after the name opening the
 * sentence (`Jane Roe, star of "Harbour," thanked ...`): the verb after it is that name's, no inverted credit.
 */
export function closesSetOffSubject(tokens: readonly Token[], q: number): boolean {
  if (tokens[q]?.text !== TITLE_COMMA) return false;
  const named = nameBeforeCommas(tokens, q, q, false);
  return named !== null && named.start === firstWord(tokens) && tokens[named.end - 1]!.pos === 'PROPN';
}

// A noun phrase of time a sentence may open with, set off by its comma: "The next morning", "That evening", "The
// following day", "The same week".
const FRONTED_TIME = /^(?:The|That|This|Each|Every)\s+(?:(?:next|following|previous|same|very|second|third|last|first)\s+)?(?:morning|afternoon|evening|night|day|week|weekend|month|year)$/u;

// Adjuncts of stance or sequence that a writer sets off after a subject: "for its part", "in turn", "meanwhile".
const STANCE_ADJUNCT = /^(?:for (?:its|his|her|their|our) part|in turn|in response|meanwhile|however|though|too|also|likewise|instead|separately|for now)$/u;

/**
 * Whether the token at `k` is a quote standing as a word inside a noun phrase, a determiner or adjective before it
 * and a noun after it ("a "realistic" policy"): a label or scare quote, no clause of its own.
 */
function attributiveQuote(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.quote >= 0 && /^(?:DET|ADJ)$/u.test(tokens[k - 1]?.pos ?? '') && tokens[k + 1]?.pos === 'NOUN';
}

/**
 * Whether the quote at `k` stands as a word inside a clause, words of the clause on both sides and no comma or
 * stop between: 'no plans to "attack" anyone', 'a "grand" parade'. Read past like any word when the clause is set
 * off after a name ("NAME, who spent March assuring reporters it had no plans to "attack" anyone, also said").
 */
function wordInClauseQuote(tokens: readonly Token[], k: number): boolean {
  const [before, after] = [tokens[k - 1], tokens[k + 1]];
  return tokens[k]!.quote >= 0 && !!before && !!after && before.quote < 0 && after.quote < 0 && /^[\p{L}]/u.test(before.text) && /^[\p{Ll}]/u.test(after.text) && after.pos !== 'PUNCT';
}

/** Whether the token at `k` is a dash: an em or en dash, or a hyphen (or two) with a space on each side. */
function asideDash(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (/^[—–]$/u.test(t.text)) return true;
  return /^--?$/u.test(t.text) && (tokens[k - 1]?.end ?? t.start) < t.start && t.end < (tokens[k + 1]?.start ?? t.end + 1);
}

/** Whether a determiner, adjectives and nouns ending at the noun `n` open their clause ("The ministry", "Its new owners"). */
function opensClauseOnDescription(tokens: readonly Token[], n: number): boolean {
  let k = n;
  while (k > 0 && /^(?:NOUN|ADJ)$/u.test(tokens[k - 1]!.pos) && tokens[k - 1]!.quote < 0) k--;
  const d = k - 1;
  if (d < 0 || !/^(?:the|a|an|its|his|her|their)$/iu.test(tokens[d]!.text)) return false;
  return d === 0 || tokens[d - 1]!.quote >= 0 || /^[,.;:!?\n—–]$/u.test(tokens[d - 1]!.text);
}

/**
 * Whether a conjunction ("and", "or") joins something to the phrase ending at `k` within its clause (back to a stop,
 * a comma or a quote): "Fifty painters and the poet Jane Roe this week published" is a joint subject, and the name
 * after "and" alone would be read as the verb's whole subject.
 */
function coordinatedBefore(tokens: readonly Token[], k: number): boolean {
  for (let o = k; o >= 0 && k - o < 30; o--) {
    const t = tokens[o]!;
    if (t.quote >= 0 || /^[,;:.!?—–]$/u.test(t.text)) return false;
    if (t.pos === 'CCONJ' || /^(?:and|or|nor|&)$/iu.test(t.text)) return true;
  }
  return false;
}

/**
 * The noun phrase right before a verb (adverbs, auxiliaries and an appositive or age between commas skipped);
 * two descriptions joined by "and" whole, or none ("Her aides and advisers said", `joined-descriptions.ts`).
 */
export function subjectOf(tokens: readonly Token[], verb: number): Phrase | null {
  const np = subjectBefore(tokens, verb);
  // (A phrase inside a relative clause on the description opening the sentence is that clause's subject or object:
  // no one, rather than it, `insideOpeningRelative`.)
  if (np && np.start > firstWord(tokens) && insideOpeningRelative(tokens, firstWord(tokens), np, verb)) return null;
  return np ? wholeJoinedBefore(tokens, np, nounPhraseBefore) : null;
}

/** The noun phrase right before a verb (adverbs, auxiliaries and an appositive or age between commas skipped). */
function subjectBefore(tokens: readonly Token[], verb: number): Phrase | null {
  let e = verb - 1;
  // "the fact-checking project Look Closer wrote": a capitalised word after a name, which the model took for
  // an adverb or adjective, ends the name; it is not an adverb before the verb ("Jane Roe also said").
  const nameEnd = e >= 1 && /^(?:ADV|ADJ)$/u.test(tokens[e]!.pos) && /^[\p{Lu}][\p{Ll}]/u.test(tokens[e]!.text) && tokens[e - 1]!.pos === 'PROPN' && tokens[e]!.quote < 0 ? e : -1;
  // A possessive "'s" is part of the noun phrase; "'s" the auxiliary ("He's claiming") is skipped like "is".
  // ("since" and "then" between an auxiliary and its verb are adverbs: "Jane Doe has since apologized".)
  while (e >= 0 && ((SKIP_BEFORE_VERB.has(tokens[e]!.pos) && !(/['’]s$/u.test(tokens[e]!.text) && tokens[e]!.pos !== 'AUX')) || (/^(?:since|then)$/iu.test(tokens[e]!.text) && tokens[e - 1]?.pos === 'AUX')) && tokens[e]!.pos !== 'PRON') e--;
  // "Jane Roe last week said", "The ministry two weeks ago said": a phrase of time between the subject and its
  // verb, no commas, is skipped as an adverb is.
  // (Only after a name or a short description that opens its clause, "The ministry", "The new owners": after "A
  // group of artists, actors and scientists" the last noun alone would be read as the subject.)
  const time = timeAdjunctStart(tokens, e);
  if (time > 0 && tokens[time - 1]!.quote < 0 && (tokens[time - 1]!.pos === 'PROPN' || (tokens[time - 1]!.pos === 'NOUN' && opensClauseOnDescription(tokens, time - 1))) && !coordinatedBefore(tokens, time - 1)) {
    e = time - 1;
  }
  // "Liam Roe '24 said": a class year after a name, as college papers write it, is no part of the subject.
  if (e >= 2 && tokens[e]!.pos === 'NUM' && /^\d{2}$/u.test(tokens[e]!.text) && /^['’‘]$/u.test(tokens[e - 1]!.text) && tokens[e - 2]!.pos === 'PROPN') e -= 2;
  // "Kim himself spoke of ...": an emphatic reflexive after the noun is no part of the subject.
  if (e >= 1 && isIntensiveReflexive(tokens[e]!.text) && /^(?:PROPN|NOUN)$/u.test(tokens[e - 1]!.pos)) e--;
  // A party tag or other parenthesis after a name: "Rep. Nell Arbery (D-Wis.) said".
  if (e >= 0 && tokens[e]!.text === ')') {
    let o = e;
    while (o >= 0 && tokens[o]!.text !== '(') o--;
    if (o > 0) e = o - 1;
  }
  // "A senior clerk — speaking from the quayside — said", "Jane Roe — who runs the port — said": an
  // aside between a pair of dashes, as a parenthesis, after a noun or name.
  // (A hyphen or two spaced on both sides is such a dash too, as British pages type it: "Tom Kell - no relation - says".)
  if (e >= 2 && asideDash(tokens, e)) {
    let o = e - 1;
    while (o > 0 && e - o < 30 && !/^[—–.;:!?\n]$/u.test(tokens[o]!.text) && !asideDash(tokens, o) && tokens[o]!.quote < 0) o--;
    if (o > 0 && o < e - 1 && asideDash(tokens, o) && /^(?:NOUN|PROPN)$/u.test(tokens[o - 1]!.pos)) e = o - 1;
  }
  // "The ministry, for its part, issued ...", "The board, in turn, said": an adjunct of stance or sequence set off by
  // commas after a common noun is no subject; the noun before it is. (A name is read past it by `nameBeforeCommas`.)
  if (e >= 3 && tokens[e]!.text === ',') {
    let o = e - 1;
    while (o > 0 && e - o < 5 && tokens[o]!.text !== ',' && tokens[o]!.quote < 0) o--;
    const aside = tokens.slice(o + 1, e).map((t) => t.text.toLowerCase()).join(' ');
    if (o > 0 && tokens[o]!.text === ',' && tokens[o - 1]!.pos === 'NOUN' && STANCE_ADJUNCT.test(aside)) e = o - 1;
  }
  // "Sen. Ann Vole (D-N.H.), said": a party tag and a stray comma before the verb.
  // ("Jane Roe, the head of the Harbour Board (HB), reacted": a body's acronym spelled by the words before its
  // bracket closes a role set off, no party tag; the role is read whole below and the name before it speaks.)
  if (e >= 1 && tokens[e]!.text === ',' && tokens[e - 1]!.text === ')' && !acronymClosingSetOff(tokens, e - 1)) {
    const o = partyTagStart(tokens, e - 1);
    if (o > 0 && tokens[o - 1]!.pos === 'PROPN') e = o - 1;
  }
  // "A port official who briefed us, and who was not allowed to be named, said": a second relative clause set off
  // by commas after a described one; the described one before it is the subject, read as without it.
  if (e >= 4 && tokens[e]!.text === ',') {
    let o = e - 1;
    while (o > 0 && e - o < 16 && tokens[o]!.text !== ',' && tokens[o]!.quote < 0 && !/^[.;:!?]$/u.test(tokens[o]!.text)) o--;
    if (o > 1 && tokens[o]!.text === ',' && tokens[o - 1]!.pos !== 'PROPN' && /^(?:and\s+)?who\s/iu.test(tokens.slice(o + 1, e).map((t) => t.text).join(' '))) {
      const described = whoClauseSubject(tokens, o);
      if (described) return described;
    }
  }
  // "Putin, 70, said" / "Peskov, the Kremlin spokesman, said": the name before the commas.
  if (e >= 0 && tokens[e]!.text === ',') {
    const named = nameBeforeCommas(tokens, e, e, false);
    // ("The coach, asked about his striker, Leon Abara, said": a name set off inside a participle of being asked
    // set off after the subject is what was asked about; the subject before the participle speaks.)
    if (named) {
      for (let k = named.start - 1; k >= 2; k--) {
        if (/^[.;:!?\n]$/u.test(tokens[k]!.text) || tokens[k]!.quote >= 0) break;
        if (/^(?:asked|pressed|questioned)$/iu.test(tokens[k]!.text) && tokens[k - 1]!.text === ',') {
          const subject = nounPhraseBefore(tokens, k - 2);
          return subject && subject.end === k - 1 ? subject : null;
        }
      }
    }
    // ("Coach Anna Berg, who has trained the captain, Ola Lie, since 2015, said": a name set off inside a "who"
    // clause on the name opening the sentence is that clause's object; the opening name speaks.)
    const opener = named ? openerBeforeWho(tokens, named) : null;
    if (opener) return opener;
    return named;
  }
  // "Jane Roe, star of "Harbour," thanked ...": the comma inside a title's marks closes the words set off.
  if (e >= 1 && tokens[e]!.text === TITLE_COMMA) {
    const named = nameBeforeCommas(tokens, e, e, false);
    if (named) return named;
  }
  // "A spokeswoman for the firm that serves the site said": the one described before a relative clause ending in
  // a noun phrase of its own, the sentence's opening, is the subject (`relative-clause-subject.ts`).
  const beforeRelative = e >= 4 && tokens[e]!.pos === 'NOUN' ? personBeforeRelativeClause(tokens, firstWord(tokens), e) : null;
  if (beforeRelative) return beforeRelative;
  let np = nounPhraseBefore(tokens, e);
  // "A clerk who was not allowed to comment said", "a guard who looked tired said": a relative clause on a person
  // that ends in a verb, an adjective or an adverb, no noun phrase, before the verb; the described one speaks.
  if (!np && e >= 1 && /^(?:VERB|ADJ|ADV)$/u.test(tokens[e]!.pos)) {
    const described = whoClauseSubject(tokens, e + 1);
    if (described) return described;
  }
  if (np && nameEnd >= 0 && np.end === nameEnd) np = { ...np, end: nameEnd + 1 };
  // "Jane Roe (D-Calif.) last week said", "Jane Roe this month told": a phrase of time between the subject and
  // its verb is no subject; the name before it is.
  if (np && np.end - np.start === 2 && /^(?:last|this|next|that)$/iu.test(tokens[np.start]!.text) && /^(?:week|month|year|weekend|spring|summer|fall|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u.test(tokens[np.start + 1]!.text) && np.start >= 1) {
    let b = np.start - 1;
    if (tokens[b]!.text === ')') {
      while (b >= 0 && tokens[b]!.text !== '(') b--;
      b--;
    }
    const name = b >= 0 && tokens[b]!.pos === 'PROPN' ? nounPhraseBefore(tokens, b) : null;
    if (name && tokens.slice(name.start, name.end).some((t) => t.pos === 'PROPN')) return name;
  }
  // "Jane Roe later Thursday told ...", "Jane Roe early Monday said": so is a weekday after "later", "earlier",
  // "late" or "early", as newswire writes the time of a day's second word.
  const day = np ? np.end - 1 : -1;
  if (np && day >= 2 && day - np.start <= 1 && WEEKDAY.test(tokens[day]!.text) && /^(?:later|earlier|late|early)$/iu.test(tokens[day - 1]!.text) && (day - 1 === np.start || np.start === day)) {
    const b = day - 2;
    const name = tokens[b]!.pos === 'PROPN' ? nounPhraseBefore(tokens, b) : null;
    if (name && name.end === b + 1 && tokens.slice(name.start, name.end).every((t) => t.pos === 'PROPN' || t.text === '.')) return name;
  }
  // "John Roe in his opening speech called ...": a phrase of time or place between a name and its verb.
  // (Past a party tag after the name as well: "Sen. Jane Roe (D-Va.) on Saturday said".)
  const owner = np && np.start >= 2 ? beforeParenthesis(tokens, np.start - 2) : -1;
  if (np && owner >= 0 && /^(?:in|at|on|during|after|before|via|through|over)$/iu.test(tokens[np.start - 1]!.text) && tokens[owner]!.pos === 'PROPN') {
    const name = nounPhraseBefore(tokens, owner);
    // The name may follow a title in lowercase ("US National Security Council spokesman John Kirby on Tuesday
    // claimed ..."): a person's name closing the phrase, read apart in finish.
    const named = name && (tokens.slice(name.start, name.end).every((t) => t.pos === 'PROPN' || t.text === '.') || (tokens[name.start]!.pos !== 'DET' && tokens[name.end - 2]?.pos === 'PROPN'));
    // (Not the tail of a possessive name: "Officials of the Farmers' Union in Dorvale said" is no "Union".)
    if (name && named && (name.start === 0 || (!/^(?:ADP|VERB)$/u.test(tokens[name.start - 1]!.pos) && !/^['’]s?$/u.test(tokens[name.start - 1]!.text)))) {
      const parsed = parseSpeakerPhrase(phraseText(tokens, name));
      if (parsed?.type === 'name') return name;
    }
    // "A letter from Jane Roe on Tuesday said", "An email sent out by Jane Roe on Monday night warned": the name is
    // the sender of a written message that opens the subject, and the phrase of time hangs on the message; the
    // whole, as without the time, is the subject (`sentMessageBefore`).
    const sent = name && named && timeOnly(tokens, np) ? sentMessageBefore(tokens, name.start) : -1;
    if (sent >= 0) return { start: sent, end: name!.end };
  }
  // "The bureau on Tuesday carried ...", "The Harbour Board late on the 20th issued ...": a phrase of time after a
  // preposition between a described subject (or a body's name after "the") and its verb is no subject either.
  if (np && np.start >= 3 && timeOnly(tokens, np) && /^(?:in|at|on|during|over)$/iu.test(tokens[np.start - 1]!.text)) {
    const k = np.start - 2 - (/^(?:late|early)$/iu.test(tokens[np.start - 2]!.text) ? 1 : 0);
    const described = k >= 1 && /^(?:NOUN|PROPN)$/u.test(tokens[k]!.pos) ? nounPhraseBefore(tokens, k) : null;
    if (described && described.end === k + 1 && tokens[described.start]!.pos === 'DET') np = described;
  }
  // So past a role set off by commas: "Jane Roe, the party's leader, on Tuesday called ...".
  if (np && np.start >= 3 && np.end - np.start <= 3 && tokens[np.start - 2]!.text === ',' && /^(?:in|at|on|during|after|before|via|through|over)$/iu.test(tokens[np.start - 1]!.text)) {
    const name = nameBeforeCommas(tokens, np.start - 2, np.start - 2, false);
    if (name && parseSpeakerPhrase(phraseText(tokens, name))?.type === 'name') return name;
  }
  // "Diplomatic sources consulted by Reuters said", "Officials contacted by the paper said": the agent of a
  // participle set after the subject is who asked, not who spoke; the phrase before the participle speaks.
  if (np && np.start >= 3 && /^by$/iu.test(tokens[np.start - 1]!.text) && tokens[np.start - 2]!.pos === 'VERB' && /ed$/iu.test(tokens[np.start - 2]!.text)) {
    const agentOf = nounPhraseBefore(tokens, np.start - 3);
    return agentOf && /^(?:NOUN|PROPN)$/u.test(tokens[agentOf.end - 1]!.pos) ? commonHeadBefore(tokens, agentOf) : null;
  }
  // "A diplomat I spoke to in Berlin described ...", "an official we met last week said": the phrase nearest the
  // verb closes a contact clause about the writer; the described person before the clause is the subject.
  const contacted = np ? contactClauseSubject(tokens, np.start) : undefined;
  if (contacted !== undefined) return contacted;
  // "A nurse who worked in Leeds said", "a banker who advised on the deal said": the phrase nearest the verb
  // closes a relative clause on a person; the described person before "who" is the subject.
  const described = np ? whoClauseSubject(tokens, np.start) : undefined;
  if (described !== undefined) return described;
  // "Voters backing Jane Roe said", "A town embracing Jane Roe announced": the name nearest the verb is the
  // object of a participle hung on the noun before it; the noun speaks, not the name. Unsure of the noun's
  // bounds, credit no one. (Not a participle that opens a role before the name: "Fair Pay organizing director
  // Jane Roe said".)
  if (np && np.start >= 2 && tokens[np.start - 1]!.pos === 'VERB' && /^[\p{Ll}]+ing$/u.test(tokens[np.start - 1]!.text) && /^(?:NOUN|PROPN)$/u.test(tokens[np.start - 2]!.pos) && tokens[np.start]!.pos === 'PROPN') return null;
  // "A spokesman for the buyer said", "Democratic leaders in Congress said": the common noun before the
  // preposition heads the subject, not "the buyer" or "Congress".
  if (np) np = commonHeadBefore(tokens, np);
  // "A shop owner accused of selling parts to a firm told the court": the phrase nearest the verb is an object
  // inside a participle's clause on the person opening the sentence; that person speaks.
  // (A capitals dateline before it is no part of the sentence: "BROOKLYN - A broker accused of ... told", `dateline-tokens.ts`.)
  const charged = np ? participleClauseSubject(tokens, np, pastCapsDateline(tokens, firstWord(tokens)), nounPhraseBefore) : undefined;
  if (charged) return charged;
  // "A pro-war blogger with half a million followers on Telegram wrote": the name nearest the verb is the
  // object of a preposition inside the subject; the determiner-led phrase the chain hangs on is the subject.
  // A place named with "the" may follow a body's capitalised name too ("The Danish Embassy in the Gulf said"): the
  // body is the subject, its place only where it sits.
  const placeOfBody = np !== null && np.start >= 2 && /^the$/iu.test(tokens[np.start]!.text) && /^(?:in|at)$/iu.test(tokens[np.start - 1]!.text) && tokens[np.start - 2]!.pos === 'PROPN';
  if (np && tokens[np.end - 1]!.pos === 'PROPN' && (tokens[np.start]!.pos !== 'DET' || placeOfBody)) {
    const described = describedHeadBefore(tokens, np, nounPhraseBefore);
    // A body's name keeps its place ("The Holocaust Museum in Washington"), as it would written in lowercase.
    if (described && tokens[described.end - 1]!.pos === 'PROPN') return { start: described.start, end: np.end };
    if (described) return described;
  }
  // "Prof Jane Roe of the Centre for Lake Studies at Fenwick College said": a person's name opening the subject,
  // then where the person works, two or more capitalised names joined by prepositions; the name nearest the verb
  // is only the last of them.
  if (np) {
    const person = personBeforeAffiliations(tokens, np);
    if (person) return person;
  }
  // "U.S. Secretary of State Jane Roe said": a title of several words with "of" in it, then a person's name
  // that opens with a known first name; the whole is one subject, its name read apart in finish.
  // ("Minister of Trade and Industry Jane Roe said": the body's words joined by "and", which the model reads as two
  // phrases, the one before the verb opening on "Industry".)
  let ofAt = np && np.start >= 2 && tokens[np.start - 1]!.text === 'of' ? np.start - 1 : -1;
  if (np && ofAt < 0 && joinsBodyWords(tokens, np.start - 1)) {
    let k = np.start - 2;
    while (k > 0 && (tokens[k]!.pos === 'PROPN' || joinsBodyWords(tokens, k))) k--;
    if (k > 0 && tokens[k]!.text === 'of') ofAt = k;
  }
  if (np && ofAt >= 1 && tokens[ofAt - 1]!.pos === 'PROPN' && titledNameStart(tokens, ofAt, np.end) >= 0) {
    const head = nounPhraseBefore(tokens, ofAt - 1);
    if (head && tokens.slice(head.start, head.end).every((t) => t.pos === 'PROPN' || t.text === '.')) return { start: head.start, end: np.end };
  }
  // "Chancellor Angela Merkel of Germany said": the place after "of" or "from" is where the speaker is from.
  if (np && np.start >= 2 && /^(?:of|from)$/iu.test(tokens[np.start - 1]!.text) && tokens[np.start - 2]!.pos === 'PROPN' && tokens[np.end - 1]!.pos === 'PROPN') {
    const name = nounPhraseBefore(tokens, np.start - 2);
    // The words as written: tokens joined, with a space where the text has one.
    const words = (p: Phrase): string => tokens.slice(p.start, p.end).map((t, i, all) => (i > 0 && all[i - 1]!.end < t.start ? ' ' : '') + t.text).join('');
    // Only a person before a place: "the Association of Flight Attendants" is one organisation's name.
    // The name may open with a role in lowercase ("former Gov. Ned Aske of Delmora said").
    // (Or with a lowercase noun of a calling: "commentator Ann Roe of the regional channel Vell-9 said", whose
    // channel, a body, would else be read as the subject.)
    let proper = name ? name.start : 0;
    while (name && proper < name.end && (tokens[proper]!.pos === 'ADJ' || tokens[proper]!.pos === 'DET' || (tokens[proper]!.pos === 'NOUN' && (isRoleNoun(tokens[proper]!.text) || wordNetPersonOnly(tokens[proper]!.text)))) && /^[\p{Ll}]/u.test(tokens[proper]!.text)) proper++;
    if (name && proper < name.end && tokens.slice(proper, name.end).every((t) => t.pos === 'PROPN' || t.text === '.') && !tokens.slice(name.start, name.end).some((t) => CUE_FORMS.has(t.text.toLowerCase()))) {
      const person = parseSpeakerPhrase(words(name));
      if (person?.type === 'name' && person.kind === 'person' && classifyProperName(words(np)) === 'organisation') return name;
    }
    // Else one organisation's name: "the American Federation of Teachers" speaks, not "Teachers".
    // (Itself after a common noun and its preposition, it is where that speaker is: "A source in the Ministry
    // of Transport told ..." is the source's.)
    if (name && tokens[name.start]!.lemma === 'the' && tokens.slice(name.start + 1, name.end).every((t) => t.pos === 'PROPN')) return commonHeadBefore(tokens, { start: name.start, end: np.end });
    // (So when a country's possessive opens the body's name for "the": "A spokesman for Norway's Ministry of
    // Justice said" is the spokesman's, the ministry his, never a "Justice".)
    if (name && possessedBodyName(tokens, name, np)) return commonHeadBefore(tokens, { start: name.start, end: np.end });
  }
  // "one diplomat who has met Kask twice said": the object of a relative clause's verb is not the subject of
  // the verb after the clause; unsure who is, leave it.
  if (np && np.start >= 2 && tokens[np.start - 1]!.pos === 'VERB' && tokens.slice(Math.max(0, np.start - 5), np.start - 1).some((t) => /^(?:who|whom|which|that)$/iu.test(t.text))) return null;
  return np;
}

/**
 * Whether `name` "of" `np` is one body's name opened by its country's (or city's) possessive rather than by
 * "the": "Norway's Ministry of Justice", "Lagos's Office of Tourism" (capitalised words, one "'s", then
 * capitalised words, and the whole read as a body's name).
 */
function possessedBodyName(tokens: readonly Token[], name: Phrase, np: Phrase): boolean {
  const words = tokens.slice(name.start, name.end);
  const owner = words.findIndex((t) => /^['’]s$/u.test(t.text));
  if (owner < 1 || owner >= words.length - 1) return false;
  if (!words.every((t, i) => i === owner || (t.pos === 'PROPN' && /^[\p{Lu}]/u.test(t.text) && t.quote < 0))) return false;
  if (!tokens.slice(np.start, np.end).every((t) => t.pos === 'PROPN' && /^[\p{Lu}]/u.test(t.text))) return false;
  const whole = `${phraseText(tokens, name).replace(/\s+(['’]s)\b/gu, '$1')} of ${phraseText(tokens, np)}`;
  const parsed = parseSpeakerPhrase(whole);
  return parsed?.type === 'name' && parsed.kind === 'organisation';
}

/**
 * The person's name a chain of two or more affiliations follows, right before the verb ("Dr Jane Roe of the
 * Institute for Lake Studies at Fenwick College"): capitalised runs joined by "of", "at", "from", "in" or "for"
 * (with or without "the"), the last a body's or a place's name, the first a person's name that opens the clause
 * (after nothing, punctuation or a quote), not the object of a preposition itself ("a friend of Jane Roe at ...").
 * Null otherwise.
 */
function personBeforeAffiliations(tokens: readonly Token[], np: Phrase): Phrase | null {
  const proper = (t: Token): boolean => t.pos === 'PROPN' || t.text === '.';
  if (!tokens.slice(np.start, np.end).every(proper) || tokens[np.end - 1]!.pos !== 'PROPN') return null;
  let k = np.start;
  let hops = 0;
  for (;;) {
    let j = k;
    if (j >= 1 && /^the$/iu.test(tokens[j - 1]!.text)) j--;
    if (j < 2 || !/^(?:of|at|from|in|for)$/u.test(tokens[j - 1]!.text) || tokens[j - 2]!.pos !== 'PROPN' || tokens[j - 2]!.quote >= 0) break;
    k = j - 2;
    while (k > 0 && proper(tokens[k - 1]!) && tokens[k - 1]!.quote < 0) k--;
    hops++;
  }
  if (hops < 2) return null;
  const before = tokens[k - 1];
  // A role in lowercase may stand right before the name, opening the sentence ("Currency strategist Lev Torin
  // of Harrow Macro in London wrote"): the name is still the subject, the role its own.
  const roleFirst = before !== undefined && before.pos === 'NOUN' && /^[\p{Ll}]/u.test(before.text) && isRoleNoun(before.text) && tokens.slice(0, k - 1).every((t) => t.quote < 0 && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') && /^[\p{L}-]+$/u.test(t.text));
  if (before && before.quote < 0 && before.pos !== 'PUNCT' && !roleFirst) return null;
  let e = k;
  while (e < tokens.length && proper(tokens[e]!)) e++;
  const name = { start: k, end: e };
  const text = tokens.slice(name.start, name.end).map((t) => t.text).join(' ').replace(/ \./gu, '.');
  const person = parseSpeakerPhrase(text);
  const last = tokens.slice(np.start, np.end).map((t) => t.text).join(' ');
  return person?.type === 'name' && person.kind === 'person' && classifyProperName(last) === 'organisation' ? name : null;
}

/**
 * The name opening the sentence when `named` stands inside a "who" or "whose" clause set off after it ("Anna
 * Berg, who trained the striker, Ola Lie, said"): the clause's verb before `named` makes it an object there. Null
 * when `named` stands in no such clause.
 */
function openerBeforeWho(tokens: readonly Token[], named: Phrase): Phrase | null {
  const fw = firstWord(tokens);
  // ("A neighbour, who gave only her first name, Rosa, said": the name the clause gives is the opener's own.)
  if (/^names?$/iu.test(tokens[named.start - 2]?.text ?? '')) return null;
  let verb = false;
  for (let k = named.start - 1; k > fw; k--) {
    const t = tokens[k]!;
    if (t.quote >= 0 || /^[.;:!?]$/u.test(t.text) || t.text === LINE_BREAK) return null;
    if (t.pos === 'VERB') verb = true;
    // ("Anna Berg, in a letter to the mayor, Karl Dahl, wrote": so a phrase a preposition opens, set off after
    // the opener, whose object the name set off inside it is.)
    const prepositional = t.text === ',' && /^(?:in|at|on|during|after|before|with|to|for|from|through|via|speaking|writing|responding|replying|referring)$/u.test(tokens[k + 1]?.text ?? '') && tokens[named.start - 1]?.text === ',' && tokens[named.start - 2]?.pos === 'NOUN';
    if (t.text !== ',' || !(prepositional || /^(?:who|whose)$/iu.test(tokens[k + 1]?.text ?? ''))) continue;
    if (!verb && !prepositional) return null;
    const opener = nounPhraseBefore(tokens, k - 1);
    // (A name, or one person described: "The lawyer, who represents the builder, Jon Aas, said".)
    if (!opener || opener.start !== fw || !(tokens[opener.end - 1]!.pos === 'PROPN' || (tokens[opener.start]!.pos === 'DET' && tokens[opener.end - 1]!.pos === 'NOUN'))) return null;
    return opener;
  }
  return null;
}

/**
 * The subject before a relative clause on a person that ends right before the phrase at `end` ("A nurse who
 * worked in Leeds [said]"): the determiner-led phrase before "who" when its clause has a verb of its own and no
 * punctuation; undefined when no such clause stands there, null when one does but no such phrase precedes it.
 */
function whoClauseSubject(tokens: readonly Token[], end: number): Phrase | null | undefined {
  const anonymous = anonymityClauseSubject(tokens, end);
  if (anonymous) return anonymous;
  let w = end - 1;
  while (w >= 0 && end - w <= 12 && tokens[w]!.quote < 0 && tokens[w]!.pos !== 'PUNCT' && tokens[w]!.text !== 'who') w--;
  if (w < 1 || tokens[w]!.text !== 'who' || tokens[w]!.quote >= 0) return undefined;
  if (!tokens.slice(w + 1, end).some((t) => t.pos === 'VERB')) return undefined;
  const head = nounPhraseBefore(tokens, w - 1);
  if (!head || !/^(?:a|an|the|one|another)$/iu.test(tokens[head.start]!.text) || tokens[head.end - 1]!.pos !== 'NOUN') return null;
  // Only the sentence's own subject, its clause holding no pronoun of its own: in "not paying an architect who
  // said he was short-changed once he drew a boathouse ..., saying" the described one is an object, not the subject.
  // (Or after a phrase of place or time fronted with its comma: "At the harbour office, a clerk who ... said".)
  // (The writer's "us" or "me" as the clause's object is no one else: "an official who briefed us".)
  if ((head.start !== firstWord(tokens) && !frontedPhraseBefore(tokens, head.start) && !frontedClauseBefore(tokens, head.start)) || tokens.slice(w + 1, end).some((t) => t.pos === 'PRON' && !/^(?:us|me)$/u.test(t.text))) return undefined;
  return head;
}

/**
 * Whether the words before `start` are one clause of concession, cause or time opening the sentence ("Although
 * there is no overlap with the team,", "While talks go on,"), then a comma: the main clause's subject follows it.
 * (No comma, quote or verb of saying inside it, which would make it more than one clause or a credit of its own.)
 */
function frontedClauseBefore(tokens: readonly Token[], start: number): boolean {
  const first = firstWord(tokens);
  if (start < first + 3 || tokens[start - 1]!.text !== ',' || !/^(?:although|though|while|whereas|because|since|when|once|if|unless|until)$/iu.test(tokens[first]!.text)) return false;
  return tokens.slice(first + 1, start - 1).every((t, i, all) => t.quote < 0 && !/^[,;:.!?—–―]$/u.test(t.text) && t.text !== LINE_BREAK && !isCue(t, all[i - 1]));
}

/** Whether the words before `start` are one prepositional phrase opening the sentence, then a comma. */
function frontedPhraseBefore(tokens: readonly Token[], start: number): boolean {
  const first = firstWord(tokens);
  if (start < first + 3 || tokens[start - 1]!.text !== ',' || tokens[first]!.pos !== 'ADP') return false;
  return tokens.slice(first + 1, start - 1).every((t) => t.quote < 0 && (/^(?:DET|NOUN|PROPN|ADJ|NUM)$/u.test(t.pos) || /^['’]s?$/u.test(t.text)));
}

/**
 * The one described before news writing's clause of anonymity that ends right before the phrase at `end`: "a dock
 * manager who asked not to be named because he was not authorized to speak to the press [said]", "an aide who
 * spoke on condition of anonymity to discuss the talks [said]". The clause may be long and hold its own "he"; the
 * described one opens the sentence, or its clause after a fronted phrase ("At the port, a dock manager who ...").
 * Null when no such clause stands there.
 */
function anonymityClauseSubject(tokens: readonly Token[], end: number): Phrase | null {
  let w = end - 1;
  while (w >= 0 && end - w <= 30 && tokens[w]!.quote < 0 && !/^[,;:.!?()]$/u.test(tokens[w]!.text) && tokens[w]!.text !== 'who') w--;
  if (w < 1 || tokens[w]!.text !== 'who') return null;
  const clause = tokens.slice(w + 1, Math.min(end, w + 9)).map((t) => t.text.toLowerCase()).join(' ');
  if (!/^(?:(?:asked|requested|declined)\s+not\s+to\s+be\s+(?:named|identified)|(?:asked|requested)\s+anonymity|spoke\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|declined\s+to\s+be\s+(?:named|identified))\b/u.test(clause)) return null;
  const head = nounPhraseBefore(tokens, w - 1);
  if (!head || !/^(?:a|an|the|one|another)$/iu.test(tokens[head.start]!.text) || tokens[head.end - 1]!.pos !== 'NOUN') return null;
  const first = firstWord(tokens);
  const fronted = tokens[head.start - 1]?.text === ',' && /^(?:ADP|SCONJ)$/u.test(tokens[first]?.pos ?? '') && !tokens.slice(first, head.start - 1).some((t) => t.pos === 'VERB' || t.quote >= 0);
  return head.start === first || fronted ? head : null;
}

/**
 * The subject before a contact clause whose words end at `end` ("A diplomat [whom] I spoke to in Berlin", "an
 * official we met"): the determiner-led phrase before "I" or "we", undefined when no such clause stands there, and
 * null when one does but no described person precedes it (the writer's own "I" then leads the sentence).
 */
function contactClauseSubject(tokens: readonly Token[], end: number): Phrase | null | undefined {
  let j = end - 1;
  while (j >= 0 && end - j <= 8 && tokens[j]!.quote < 0 && tokens[j]!.pos !== 'PUNCT' && !/^(?:I|we)$/u.test(tokens[j]!.text)) j--;
  if (j < 1 || !/^(?:I|we)$/u.test(tokens[j]!.text) || tokens[j]!.quote >= 0) return undefined;
  // The clause has its own verb right after its subject ("I spoke", "we have met").
  let v = j + 1;
  while (v < end && /^(?:AUX|ADV)$/u.test(tokens[v]!.pos)) v++;
  if (v >= end + 1 || tokens[v]?.pos !== 'VERB') return undefined;
  let h = j - 1;
  if (/^(?:whom|who|that)$/iu.test(tokens[h]!.text)) h--;
  // ("Everyone I spoke to in Oslo called it ...": the clause is there, but no one person speaks.)
  if (h >= 0 && /^(?:everyone|everybody|someone|somebody|anyone|anybody|no-one|nobody|those|all|many|most|few|several|some)$/iu.test(tokens[h]!.text)) return null;
  if (h < 0 || tokens[h]!.pos !== 'NOUN') return undefined;
  const head = nounPhraseBefore(tokens, h);
  if (!head || !/^(?:DET|NUM)$/u.test(tokens[head.start]!.pos)) return null;
  return commonHeadBefore(tokens, head);
}

/** Whether a phrase describes one person with an article: "a senior administration official", "the envoy". */
/**
 * The one described opening the sentence whose "who" clause runs, with no comma or quote, up to a verb right
 * before `at` (a name there is that verb's object, not the clause's subject), or null.
 */
function describedBeforeWho(tokens: readonly Token[], at: number): Phrase | null {
  if (at < 3 || tokens[at - 1]!.pos !== 'VERB') return null;
  let w = at - 2;
  while (w > 0 && !/^who$/iu.test(tokens[w]!.text) && tokens[w]!.text !== ',' && tokens[w]!.quote < 0) w--;
  if (w <= 0 || !/^who$/iu.test(tokens[w]!.text) || tokens[w - 1]!.pos !== 'NOUN') return null;
  const described = nounPhraseBefore(tokens, w - 1);
  return described && described.start === firstWord(tokens) && describesOne(tokens, described) ? described : null;
}

/**
 * The index of the preposition before "the" and a name that runs up to an "of" right before `at`, when the words
 * from `at` close that name ("for the Velmar Ministry of Trade", at "Trade"); else -1.
 */
function prepositionBeforeOfName(tokens: readonly Token[], at: number): number {
  if (at < 4 || !/^of$/iu.test(tokens[at - 1]!.text) || tokens[at]!.pos !== 'PROPN' || tokens[at - 2]!.pos !== 'PROPN') return -1;
  let the = at - 2;
  while (the > 0 && tokens[the]!.pos === 'PROPN') the--;
  if (tokens[the]!.lemma !== 'the' || the < 1) return -1;
  const p = the - 1;
  return tokens[p]!.pos === 'ADP' && /^[\p{Ll}]/u.test(tokens[p]!.text) && !/^(?:of|from|as)$/iu.test(tokens[p]!.text) ? p : -1;
}

/** Whether `np` is only a day, a date or a time word ("Tuesday", "the 20th", "this morning"). */
// The nouns of a written message a sender's name may follow with "from" or "by".
const MESSAGE_NOUN = /^(?:letter|email|e-mail|message|note|memo|statement|post|tweet|text)$/iu;

/**
 * Where the subject opens when the name at `nameStart` follows "from" or "by" (perhaps "sent", "sent out",
 * "signed" or "written" before it) after a written message's noun opened by a determiner ("A letter from",
 * "An email sent out by", "a short note signed by"): the determiner's index, or -1.
 */
function sentMessageBefore(tokens: readonly Token[], nameStart: number): number {
  let k = nameStart - 1;
  if (k < 2 || !/^(?:from|by)$/iu.test(tokens[k]!.text)) return -1;
  k--;
  if (/^(?:out)$/iu.test(tokens[k]!.text)) k--;
  if (/^(?:sent|signed|written|posted)$/iu.test(tokens[k]!.text)) k--;
  if (k < 1 || !MESSAGE_NOUN.test(tokens[k]!.text)) return -1;
  // The determiner, at most two lowercase words before the noun ("A fundraising email", "a short new note").
  for (let d = k - 1; d >= Math.max(0, k - 3); d--) {
    if (/^(?:a|an|the|one)$/iu.test(tokens[d]!.text)) return d;
    if (!/^[\p{Ll}-]+$/u.test(tokens[d]!.text)) return -1;
  }
  return -1;
}

function timeOnly(tokens: readonly Token[], np: Phrase): boolean {
  const last = tokens[np.end - 1]!.text;
  return (TIME.test(last) || /^\d{1,2}(?:st|nd|rd|th)$/u.test(last)) && np.end - np.start <= 3 && tokens.slice(np.start, np.end - 1).every((t) => /^(?:the|this|that|last|next|early|late|\d{1,2})$/iu.test(t.text) || TIME.test(t.text));
}

function describesOne(tokens: readonly Token[], np: Phrase, who = false): boolean {
  // (Or one a possessive sets apart: "My late father, who served in Korea, used to say".)
  if (!/^(?:a|an|the|one|my|our|your|his|her|their)$/iu.test(tokens[np.start]!.text)) return false;
  // (A "who" set off after it tells a person, whatever noun the lists lack: "A forwarder, who works at the port, said".)
  const words = tokens.slice(np.start, np.end).map((t) => t.text).join(' ');
  const parsed = parseSpeakerPhrase(words) ?? (who && tokens[np.end - 1]!.pos === 'NOUN' ? parseSubjectPhrase(words) : null);
  return parsed?.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural;
}

/** How many words before the number at `k` say how near it is: 2 for "more than", "fewer than", 1 for "nearly", "over", else 0. */
function quantifierBefore(tokens: readonly Token[], k: number): number {
  if (k >= 2 && /^than$/iu.test(tokens[k - 1]!.text) && /^(?:more|less|fewer)$/iu.test(tokens[k - 2]!.text)) return 2;
  return k >= 1 && /^(?:over|nearly|almost|about|around|roughly|some|under|barely)$/iu.test(tokens[k - 1]!.text) ? 1 : 0;
}

/**
 * The phrase a preposition hangs `np` on when a common noun stands before it: "A spokesman for the buyer",
 * "Democratic leaders in Congress", "a source in the Ministry of Transport" are the spokesman, the leaders and
 * the source, not the buyer, Congress or the ministry. `np` itself when it hangs on nothing so.
 */
const TIE_ADJECTIVE = /^(?:close|closest|closer|near|familiar|loyal|allied|aligned|connected|linked|friendly|sympathetic|opposed|hostile|related|devoted|answerable|beholden|attached)$/iu;
function commonHeadBefore(tokens: readonly Token[], np: Phrase): Phrase {
  // ("An official at the Norland Embassy in Dao Ninh": a place after a body's capitalised name opened by "the" is
  // where the body sits, and the body hangs in turn on the common noun before it; the place, which the lexicon may
  // not know and may read as a person's two names, is no speaker.)
  if (np.start >= 5 && /^(?:in|at)$/iu.test(tokens[np.start - 1]!.text) && tokens[np.start - 2]!.pos === 'PROPN' && tokens[np.start - 2]!.quote < 0) {
    let body = nounPhraseBefore(tokens, np.start - 2);
    // ("A spokesperson for the Consulate General of the Republic of Korea in Haldor": the body's name may run back
    // over "of" and the capitalised names it joins; the place still closes the whole name.)
    while (body && body.start >= 2 && tokens[body.start - 1]!.text === 'of' && tokens[body.start - 2]!.pos === 'PROPN' && tokens[body.start - 2]!.quote < 0) {
      const head = nounPhraseBefore(tokens, body.start - 2);
      if (!head || !tokens.slice(head.start, head.end).every((t, i) => t.pos === 'PROPN' || (i === 0 && /^the$/iu.test(t.text)))) break;
      body = { start: head.start, end: body.end };
    }
    const named = body !== null && /^the$/iu.test(tokens[body.start]!.text) && body.end - body.start >= 2 && tokens.slice(body.start + 1, body.end).every((t) => t.pos === 'PROPN' || (/^(?:of|the)$/u.test(t.text) && t.quote < 0));
    if (body && named && body.start >= 2 && /^(?:at|in|for|with|from|to)$/iu.test(tokens[body.start - 1]!.text) && tokens[body.start - 2]!.pos === 'NOUN') {
      const outer = commonHeadBefore(tokens, { start: body.start, end: np.end });
      if (outer.start < body.start) return outer;
    }
  }
  // A number's quantifier stands between the preposition and the phrase: "A channel with more than 500,000
  // subscribers wrote", "a group of nearly 40 lawmakers said".
  // (So with "a" before the number: "a blogger with more than a million followers".)
  const counted = tokens[np.start]?.pos === 'NUM' || (/^an?$/iu.test(tokens[np.start]?.text ?? '') && tokens[np.start + 1]?.pos === 'NUM');
  const bare = counted ? np.start - quantifierBefore(tokens, np.start) : np.start;
  // ("a nun serving in the Canadian Far North": the tagger may cut a place's name of capitalised words short,
  // "Far" read as an adverb; the whole name and its article are read back to the participle of placing.)
  let named = bare;
  while (named >= 1 && /^[\p{Lu}][\p{L}'’-]*$/u.test(tokens[named - 1]!.text) && named - 1 > firstWord(tokens)) named--;
  if (named >= 1 && /^the$/iu.test(tokens[named - 1]!.text)) named--;
  const at = named < bare && named >= 3 && /^(?:at|in)$/iu.test(tokens[named - 1]!.text) && /^(?:based|posted|stationed|deployed|living|working|serving)$/iu.test(tokens[named - 2]!.text) ? named : bare;
  // ("Officials in Seoul said": a plural noun of persons capitalised as the sentence's first word, which the
  // tagger reads as a name, is the common noun it is.)
  // (A bare noun the tagger reads as a common noun keeps the rule below: "Analysts at Wren Partners wrote in a
  // note" is the firm's.)
  const opening = at >= 2 && at - 2 === firstWord(tokens) && tokens[at - 2]!.pos === 'PROPN' ? parseSpeakerPhrase(tokens[at - 2]!.text) : null;
  const capitalisedNoun = opening?.type === 'description';
  // ("A diplomat posted in Moscow", "an engineer based at the port": a participle of where someone is placed
  // may stand between the noun and the preposition; the place still hangs on the noun.)
  const placedParticiple = !capitalisedNoun && at >= 3 && /^(?:based|posted|stationed|deployed|living|working|serving)$/iu.test(tokens[at - 2]!.text) && /^(?:at|in)$/iu.test(tokens[at - 1]!.text);
  // (An adverb of time may stand before the participle: "a former diplomat now living in Seoul", "an engineer
  // still based at the port" are the diplomat and the engineer, not the city.)
  let placed = placedParticiple && tokens[at - 3]!.pos === 'NOUN' ? 1 : placedParticiple && at >= 4 && tokens[at - 3]!.pos === 'ADV' && /^(?:now|still|currently|also|once|long|since|formerly|previously|later)$/iu.test(tokens[at - 3]!.text) && tokens[at - 4]!.pos === 'NOUN' ? 2 : 0;
  // ("A diplomat here in Seoul", "a skipper there at the quay": an adverb of place may stand between the noun and
  // the preposition; the place still hangs on the noun, who speaks.)
  if (!capitalisedNoun && !placed && at >= 3 && /^(?:in|at)$/iu.test(tokens[at - 1]!.text) && /^(?:here|there)$/iu.test(tokens[at - 2]!.text) && tokens[at - 3]!.pos === 'NOUN') placed = 1;
  // ("A person close to Kral", "sources familiar with Mr. Roe's thinking", "those loyal to the governor": an
  // adjective of a tie to someone stands between the noun and the preposition; the one tied speaks, not the one
  // named after it. "Someone close to Roe", "Those close to Roe", "People close to Roe" are pronoun-like heads.)
  // (The one tied to may be named after a role of theirs, "A source close to the PLACE-born minister NAME", "an
  // aide loyal to governor NAME" (the tagger may read the role as a verb): read back over it to the preposition.)
  const tiedTo = roleBeforeName(tokens, at);
  if (!capitalisedNoun && tiedTo >= 3 && /^(?:to|with)$/iu.test(tokens[tiedTo - 1]!.text) && TIE_ADJECTIVE.test(tokens[tiedTo - 2]!.text)) {
    const k = tiedTo - 3;
    if (tiedTo < at && tokens[k]!.pos === 'NOUN') {
      const head = nounPhraseBefore(tokens, k);
      if (head && tokens[head.start]!.pos === 'DET') return { start: head.start, end: np.end };
    }
    if (/^(?:someone|somebody|those|people|one|anyone|others|many|several|some|few)$/iu.test(tokens[k]!.text)) return { start: k, end: np.end };
    if (tokens[k]!.pos === 'NOUN') placed = 1;
    // ("Sources close to Roe said": a plural noun capitalised as the first word, which the tagger reads as a name.)
    else if (k === firstWord(tokens) && tokens[k]!.pos === 'PROPN' && parseSpeakerPhrase(tokens[k]!.text)?.type === 'description') return { start: k, end: np.end };
  }
  // ("A commentator on the state channel said", "a guard on the night shift": so "on" before a place or a
  // medium, not before a day or a time, "The board on Monday said", which tells when the board spoke.)
  const onPlace = at >= 2 && /^on$/iu.test(tokens[at - 1]!.text) && !TIME.test(tokens[np.end - 1]!.text) && !tokens.slice(np.start, np.end).some((t) => t.pos === 'NUM');
  if (at < 2 || (!/^(?:for|at|with|to|of|from|in)$/iu.test(tokens[at - 1]!.text) && !onPlace) || (tokens[at - 2 - placed]!.pos !== 'NOUN' && !capitalisedNoun)) return np;
  if (capitalisedNoun) return { start: at - 2, end: np.end };
  const head = nounPhraseBefore(tokens, at - 2 - placed);
  // (A number may stand for the determiner: "One woman in the village", "Two officials at the port".)
  // (So may a possessive pronoun: "Her mentor in Paris told her", "My teacher in Lyon used to say" are the
  // mentor's and the teacher's, not the city's.)
  if (head && (tokens[head.start]!.pos === 'DET' || (tokens[head.start]!.pos === 'PRON' && /^(?:my|your|his|her|its|our|their)$/iu.test(tokens[head.start]!.text)) || (tokens[head.start]!.pos === 'NUM' && /^[\p{L}]+$/u.test(tokens[head.start]!.text)) || (tokens[at - 1]!.text.toLowerCase() === 'in' && (/^(?:ADJ|NOUN|PROPN)$/u.test(tokens[head.start]!.pos) || gerundModifierAt(tokens, head.start, firstWord(tokens)))))) return { start: head.start, end: np.end };
  // ("The producer of commentator NAME's show on the regional channel X said": the noun the preposition hangs the
  // place on, "commentator NAME's show", opens on no determiner, and hangs in turn on "of" after a noun led by one;
  // that outer noun heads the subject, never the channel named last. Only when the outer head is found so.)
  if (head && head.start >= 2 && tokens[head.start - 1]!.quote < 0) {
    const outer = commonHeadBefore(tokens, { start: head.start, end: np.end });
    if (outer.start < head.start) return outer;
  }
  return np;
}

/**
 * Where a name's role before it starts ("the PLACE-born minister" before "NAME"): back over a lowercase role noun
 * right before `at`, lowercase words, hyphened compounds and "the"; `at` itself when no role noun stands there.
 */
function roleBeforeName(tokens: readonly Token[], at: number): number {
  if (at < 1 || !/^[\p{Ll}]+$/u.test(tokens[at - 1]!.text) || !isRoleNoun(tokens[at - 1]!.text)) return at;
  let k = at - 1;
  while (k >= 1 && tokens[k - 1]!.quote < 0 && (/^(?:the|-|[\p{Ll}]+)$/u.test(tokens[k - 1]!.text) || /^[\p{Lu}][\p{L}]*$/u.test(tokens[k - 1]!.text) && tokens[k]!.text === '-') && !/^(?:to|with|a|an)$/u.test(tokens[k - 1]!.text)) k--;
  return k;
}

// The nouns of a document that carries its issuer's words, and the participles of its coming out.
const DOCUMENT_HEAD = /^(?:statement|letter|communiqu[eé]|readout|declaration|release|note|memo|notice|bulletin|resolution)$/iu;
const DOCUMENT_OUT = /^(?:released|issued|published|sent|signed|posted|dated|circulated|delivered|distributed|shared)$/iu;

/**
 * The name before the comma-set words that end at the comma `e` (`last`: the comma before the verb). A place
 * after "of" or "from" is where the speaker is from, not the speaker: "Rawlings, 59, of Ashton, Md., said"
 * and "Wilson, of Springfield, Va., said" are Rawlings's and Wilson's.
 */
function nameBeforeCommas(tokens: readonly Token[], e: number, last: number, afterPlace: boolean): Phrase | null {
  // A title set off by commas of its own, its second comma inside its marks ("Jane Roe, a contestant on the
  // show, "Harbour," who ..., said"): the comma before it closes the words before.
  if (e >= 2 && tokens[e]!.text === TITLE_COMMA && tokens[e - 1]!.text === ',') e--;
  let c = e - 1;
  // A participle before a noun is an adjective there ("New Jersey's sitting governor"), no verb of a clause.
  // So is one alone between commas ("Clinton, exasperated, responded").
  // And a "verb" between a determiner or adjective and a noun is a noun the model misread ("a later press gaggle").
  const clauseVerb = (k: number): boolean =>
    tokens[k]!.pos === 'VERB' &&
    !(/(?:ing|ed)$/iu.test(tokens[k]!.text) && (tokens[k + 1]?.pos === 'NOUN' || (tokens[k + 1]?.text === ',' && tokens[k - 1]?.text === ','))) &&
    !(tokens[k + 1]?.pos === 'NOUN' && /^(?:DET|ADJ|ADV|NUM)$/u.test(tokens[k - 1]?.pos ?? ''));
  // (A short quote ending on a comma may stand inside the words set off: "Jane Roe, star of "Harbour", said".)
  // So may a title whose comma stands inside its marks, with more words set off after it: "Jane Roe, the author
  // of "Harbour," about the port, said".
  // (So may a scare quote used as a word of a noun phrase, between a determiner or adjective and its noun: "Jo Roe,
  // a columnist who has argued for a "realistic" policy, wrote".)
  // (And a quote standing as a word inside a clause set off: "who had no plans to "attack" anyone", `wordInClauseQuote`.)
  while (c >= 0 && tokens[c]!.text !== ',' && !clauseVerb(c) && (tokens[c]!.quote < 0 || tokens[c]!.text === TITLE_COMMA || attributiveQuote(tokens, c) || wordInClauseQuote(tokens, c))) c--;
  // A relative clause with no verb but a copula ("who was present at the talks") after a name and its role set
  // off by commas: "Jane Roe, the transport minister, who was present, stressed": what stands before it speaks.
  if (c > 0 && tokens[c]!.text === ',' && /^(?:who|whose)$/iu.test(tokens[c + 1]?.text ?? '') && tokens.slice(c + 1, e).every((t) => t.quote < 0)) {
    // (The role ends before the clause: the clause says what the person did, not what he is.)
    const before = nameBeforeCommas(tokens, c, c, afterPlace);
    if (before) return before;
  }
  // A relative clause between the commas has verbs of its own: "Jane Doe, who has surged in the polls, said".
  if (c >= 0 && tokens[c]!.pos === 'VERB') {
    let r = c;
    while (r >= 0 && tokens[r]!.text !== ',' && (tokens[r]!.quote < 0 || attributiveQuote(tokens, r) || wordInClauseQuote(tokens, r))) r--;
    // (A title's comma inside its marks closes the words before the clause as a comma would.)
    const titled = r > 0 && tokens[r]!.text === TITLE_COMMA;
    // So has a participial phrase: "Mr. Aske, showing his courteous upbringing, replied", and a phrase a
    // preposition opens: "Jane Roe, in a bid to get it noticed, wrote".
    // So has a role whose own relative clause holds the verb: "Jane Roe, a former candidate who now runs the
    // port, said".
    // (The role's noun may carry a place or body after a preposition before the clause: "Jane Roe, a former
    // candidate for mayor in Dunmore who now runs the port, said": whatever "who" hangs on, the stretch the
    // determiner opens after the name's comma is the name's role.)
    // (So a body's role, its clause opened by "that" or "which" on the role's noun, the role perhaps "one of" a
    // kind: "Harbour Lines, one of the stocks that fell, issued a statement saying ...".)
    const roleWho = /^(?:a|an|the)$/iu.test(tokens[r + 1]?.text ?? '') && tokens.slice(r + 2, c).some((t, k) => /^(?:who|whose)$/iu.test(t.text) && (tokens[r + 1 + k]!.pos === 'NOUN' || placeAfterRole(tokens, r + 2, r + 1 + k)));
    const roleThat = /^(?:a|an|the|one)$/iu.test(tokens[r + 1]?.text ?? '') && tokens.slice(r + 2, c).some((t, k) => /^(?:that|which)$/iu.test(t.text) && tokens[r + 1 + k]!.pos === 'NOUN' && /^[\p{Ll}]/u.test(tokens[r + 1 + k]!.text));
    // So has a passive participle of being asked, with what was asked: "Jane Roe, asked whether ..., answered"
    // (only those: "X, based on accounts from ..., reported" sets off a source, and the name before it may be a place).
    const passive = tokens[r + 1]?.pos === 'VERB' && /^(?:asked|pressed|questioned|quizzed|challenged|contacted|reached|interviewed)$/iu.test(tokens[r + 1]!.text) && /^(?:ADP|SCONJ)$/u.test(tokens[r + 2]?.pos ?? '');
    // So has a role with a participle of how the body is set up: "Kestrel Analytics, a consultancy based in
    // Leeds, said", "..., a charity founded by two nurses, said" (a noun right before the participle).
    const roleSetUp = /^(?:a|an|the)$/iu.test(tokens[r + 1]?.text ?? '') && /^(?:based|founded|headquartered|owned|run|backed|created|established|formed|led|funded|registered|listed|chaired)$/iu.test(tokens[c]!.text) && tokens[c - 1]?.pos === 'NOUN' && c - r <= 5;
    // So has a participle of how a document came out, after its noun: "The council's letter, released on Friday,
    // called for ...", "A statement, issued late, said".
    const documentOut = DOCUMENT_HEAD.test(tokens[r - 1]?.text ?? '') && DOCUMENT_OUT.test(tokens[r + 1]?.text ?? '') && c - r <= 4;
    if (r > 0 && (tokens[r]!.text === ',' || titled) && (roleWho || roleThat || passive || roleSetUp || documentOut || /^(?:who|whose|which)$/iu.test(tokens[r + 1]?.text ?? '') || (tokens[r + 1]?.pos === 'VERB' && /ing$/iu.test(tokens[r + 1]!.text)) || adverbParticiple(tokens, r + 1) || (tokens[r + 1]?.pos === 'ADP' && /^[\p{Ll}]/u.test(tokens[r + 1]!.text)))) {
      // ("At the University of Tarn, political analyst Ada Vell, who ..., said": a role and name right after a fronted
      // phrase of place are the subject, not a description set off after the place's last word, `fronted-adjunct-name.ts`.)
      const afterFronted = nounPhraseBefore(tokens, r - 1);
      if (afterFronted && afterFronted.end === r && roleNameAfterFrontedAdjunct(tokens, afterFronted.start, afterFronted.end)) return { ...afterFronted, appositive: [r + 1, last] };
      // The clause says more of what stands before it, itself a name or a name and its role between commas.
      const before = nameBeforeCommas(tokens, r, last, afterPlace);
      if (before) return before;
      // A party tag may stand between the name and the clause: "Rep. Jane Roe (D-Calif.), who ..., said".
      const tag = tokens[r - 1]?.text === ')' ? partyTagStart(tokens, r - 1) : -1;
      // (A place or body after a preposition hangs on the common noun before it: in "A trader in Halden, who
      // asked not to be named, said" the trader speaks, not Halden.)
      // ("there" after a noun says where, no part of the phrase: "A senior official there, speaking ...".)
      const placeAdverb = /^(?:there|here)$/iu.test(tokens[r - 1]?.text ?? '') && tokens[r - 2]?.pos === 'NOUN' ? 1 : 0;
      const near = nounPhraseBefore(tokens, tag > 0 ? tag - 1 : r - 1 - placeAdverb);
      // (And a body's name with an "of" of its own after the preposition: "A spokesman for the Velmar Ministry of
      // Trade, speaking to reporters, said".)
      const ofName = near ? prepositionBeforeOfName(tokens, near.start) : -1;
      const headed = ofName > 0 ? nounPhraseBefore(tokens, ofName - 1) : null;
      const np = headed && near ? { start: headed.start, end: near.end } : near && commonHeadBefore(tokens, near);
      // "A ministry official who handles Norway, speaking on condition of anonymity, said": the name closes a
      // "who" clause on one described opening the sentence, as the object of its verb; the one described speaks.
      // (So with a common noun for the object: "A senior diplomat who has handled the Varn desk, speaking on
      // condition of anonymity, said", the desk being no speaker either.)
      const antecedent = np && (tokens[np.end - 1]!.pos === 'PROPN' || tokens[np.end - 1]!.pos === 'NOUN') ? describedBeforeWho(tokens, np.start) : null;
      if (antecedent) return antecedent;
      if (np && tokens[np.end - 1]!.pos === 'PROPN') {
        // A name, or a name after its role in lowercase ("Post columnist Jane Roe, in an attempt to ..., wrote").
        if (tokens.slice(np.start, np.end).every((t) => t.pos === 'PROPN' || t.text === '.')) return { ...np, appositive: [r + 1, last] };
        const words = tokens.slice(np.start, np.end);
        const role = words.findIndex((t) => t.pos === 'NOUN' && /^[\p{Ll}]/u.test(t.text));
        const named = role >= 0 && words.length - role >= 3 && words.slice(role + 1).every((t) => t.pos === 'PROPN' || t.text === '.') && words[0]!.pos !== 'DET';
        if (named && np.start === firstWord(tokens)) return { ...np, appositive: [r + 1, last] };
        // A body's name after "the", opening the sentence, with a clause of "which" on it: "The Harbour Trust,
        // which Jane Roe's father founded, issued ...": the body, not the one named inside the clause.
        if (tokens[np.start]!.lemma === 'the' && np.start === firstWord(tokens) && /^which$/iu.test(tokens[r + 1]?.text ?? '') && words.slice(1).every((t) => t.pos === 'PROPN' || t.text === '.' || /^['’]$/u.test(t.text))) return { ...np, appositive: [r + 1, last] };
      }
      // Or one person described, opening the sentence: "A senior official, who spoke on condition of anonymity, said",
      // and so past a participle ("A senior official, speaking on condition of anonymity, said", "A trader,
      // reached by phone in Osaka, said").
      // (Only a document of someone's: "The letter, signed by forty residents, said" credits no letter.)
      if (documentOut && np && np.start === firstWord(tokens) && np.end === r && tokens.slice(np.start, np.end).some((t) => /^['’]s$/u.test(t.text))) return np;
      const setOff = tokens[r + 1]?.text.toLowerCase() === 'who' || passive || (tokens[r + 1]?.pos === 'VERB' && /ing$/iu.test(tokens[r + 1]!.text));
      return np && setOff && np.start === firstWord(tokens) && describesOne(tokens, np, tokens[r + 1]?.text.toLowerCase() === 'who') ? np : null;
    }
  }
  if (c <= 0 || tokens[c]!.text !== ',') {
    if (!afterPlace) return null;
    const np = nounPhraseBefore(tokens, e - 1);
    return np && tokens[np.end - 1]!.pos === 'PROPN' ? { ...np, appositive: [e + 1, last] } : null;
  }
  // "Rep. Jane Roe (D-Md.), chair of the committee, said": the party tag after the name is no part of it.
  const tag = tokens[c - 1]!.text === ')' ? partyTagStart(tokens, c - 1) : -1;
  if (tag > 0 && tokens[tag - 1]!.pos === 'PROPN') {
    const named = nounPhraseBefore(tokens, tag - 1);
    // The name opens its clause: "clerked for Sen. Ann Vole (R-Tenn.), one of ..." is another's role.
    const lead = tokens[named?.start ? named.start - 1 : -1];
    const opens = !lead || lead.quote >= 0 || lead.pos === 'PUNCT' || lead.pos === 'CCONJ';
    if (named && opens && tokens.slice(named.start, named.end).every((t) => t.pos === 'PROPN' || t.text === '.')) return { ...named, appositive: [c + 1, last] };
    // (So the words up to the party tag are themselves set off, after the one who speaks: "Jane Roe, a lecturer
    // who clerked for Sen. Ann Vole (R-Tenn.), one of the bill's authors, said" is Roe's.)
    if (named && lead?.pos === 'ADP' && /^[\p{Ll}]+$/u.test(lead.text)) {
      const outer = nameBeforeCommas(tokens, c, last, afterPlace);
      if (outer) return outer;
    }
    // ("Former Dunmore mayor Jane Roe (D), a friend of the port, said": a role in lowercase before the name opening
    // the sentence is the name's, as it is with no party tag.)
    const words = named ? tokens.slice(named.start, named.end) : [];
    const role = words.findIndex((t) => t.pos === 'NOUN' && /^[\p{Ll}]/u.test(t.text));
    if (named && named.start === firstWord(tokens) && role >= 0 && words.length - role >= 3 && words[0]!.pos !== 'DET' && words.slice(role + 1).every((t) => t.pos === 'PROPN' || t.text === '.')) return { start: named.start + role + 1, end: named.end, appositive: [c + 1, last] };
  }
  // "Roe herself, in a letter to members, said": an emphatic reflexive after the name, before the words set off, is
  // no part of the name (as before a verb: "Kim himself spoke"). (So is "itself": the credit reader then types the
  // name read past it as a body, which "itself" says it is.)
  const reflexive = c >= 2 && isIntensiveReflexive(tokens[c - 1]!.text, ['himself', 'herself', 'itself']) && tokens[c - 2]!.pos === 'PROPN' ? 1 : 0;
  const np = nounPhraseBefore(tokens, c - 1 - reflexive);
  // "the Vatican spokesman, Federico Lombardi, said", "the head of the league, Jane Doe, said": a description,
  // then the name it gives, set off by commas. The description opens its clause: after another name's comma
  // it is that name's role ("Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano,
  // said").
  let desc = np;
  // (A participle or adjective the noun phrase stopped at may stand after the preposition: "The sister of
  // jailed activist Jane Roe, Ann Roe, said".)
  let ds = desc ? desc.start : 0;
  while (desc && ds >= 3 && /^(?:ADJ|VERB)$/u.test(tokens[ds - 1]!.pos) && /^[\p{Ll}]+(?:ed|ing)?$/u.test(tokens[ds - 1]!.text) && (tokens[ds - 1]!.pos === 'ADJ' || /(?:ed|ing)$/u.test(tokens[ds - 1]!.text))) ds--;
  if (desc && ds !== desc.start && !(/^(?:of|for|at|to)$/iu.test(tokens[ds - 1]!.text) && tokens[ds - 2]!.pos === 'NOUN')) ds = desc.start;
  // ("from" too, where the one described works: "a reporter from the Courier, Josh Tamaki, asked" is Tamaki, not
  // a place named before the description, "At the press conference in Velmar, a reporter from ...".)
  if (desc && ds >= 2 && (/^(?:of|for|at|to)$/iu.test(tokens[ds - 1]!.text) || (/^from$/iu.test(tokens[ds - 1]!.text) && ds === desc.start)) && tokens[ds - 2]!.pos === 'NOUN') {
    const head = nounPhraseBefore(tokens, ds - 2);
    desc = head && tokens[head.start]!.pos === 'DET' ? { start: head.start, end: desc.end } : null;
  } else if (desc && ds >= 2 && /^(?:of|for|at|to|on|in)$/iu.test(tokens[ds - 1]!.text)) {
    // "the Chairman of the Senate Committee on Harbour Affairs, Senator NAME,": a title written with a
    // capital, its bodies strung on prepositions; the description runs back to "the" and the title's noun.
    let from = ds;
    for (let hops = 0; hops < 3 && from >= 2 && /^(?:of|for|at|to|on|in)$/iu.test(tokens[from - 1]!.text); hops++) {
      const head = nounPhraseBefore(tokens, from - 2);
      if (!head) break;
      from = head.start;
      // (A definite title only: "NAME, who is a pastor at the Bethel Church of Dunmore, Ohio, slammed" holds no name set off.)
      if (tokens[head.start]!.pos === 'DET' && /^the$/iu.test(tokens[head.start]!.text) && head.end - head.start === 2 && isRoleNoun(tokens[head.end - 1]!.text)) {
        desc = { start: head.start, end: desc.end };
        break;
      }
    }
  }
  // After the comma of a fronted phrase ("In a statement, her adviser, Jake Doe, said") it opens its clause too.
  // (Its object may be a gerund with an object of its own: "In opposing the request, her lawyer, Jake Doe, wrote".)
  const gerund = firstWord(tokens) + 1;
  const opensGerund = tokens[gerund]?.pos === 'VERB' && /ing$/iu.test(tokens[gerund]!.text);
  // So after a fronted participle, an adverb perhaps before it ("Also reacting, the chairman of the committee,
  // Senator Ivo Lund, described ..."): the participle is the clause's only verb.
  const participle = /^ADV$/u.test(tokens[firstWord(tokens)]?.pos ?? '') ? gerund : firstWord(tokens);
  // (The tagger may take a participle capitalised at the sentence's head for a name, "Siding with the coach, ...":
  // the -ing form of a verb WordNet knows, a preposition or article after it, is the participle still.)
  const misreadParticiple = participle === firstWord(tokens) && tokens[participle]?.pos === 'PROPN' && /^(?:ADP|DET)$/u.test(tokens[participle + 1]?.pos ?? '') && participleOfVerb(tokens[participle]!.text);
  const opensParticiple = ((tokens[participle]?.pos === 'VERB' && /^[\p{L}]+ing$/iu.test(tokens[participle]!.text)) || misreadParticiple) && (participle === firstWord(tokens) || /^[\p{Ll}]+$/u.test(tokens[participle]!.text));
  const frontedComma = desc !== null && tokens[desc.start - 1]?.text === ',' && (/^(?:ADP|SCONJ)$/u.test(tokens[firstWord(tokens)]?.pos ?? '') || opensParticiple) && !tokens.slice(0, desc.start - 1).some((t, i) => (t.pos === 'VERB' && !(opensGerund && i === gerund) && !(opensParticiple && i === participle)) || t.quote >= 0);
  // So after a fronted clause of time or condition, its own verb inside it ("When the council announced the
  // closure, its leader, Jane Roe, called ..."): one stretch with no comma or quote, then the description.
  const fw = firstWord(tokens);
  const frontedClause = desc !== null && tokens[desc.start - 1]?.text === ',' && /^(?:when|whenever|after|before|while|once|since|although|though|if|until|because)$/iu.test(tokens[fw]?.text ?? '') && !tokens.slice(fw + 1, desc.start - 1).some((t) => t.text === ',' || t.quote >= 0 || t.text === LINE_BREAK);
  // So after a fronted noun phrase of time ("The next morning, the Kremlin's spokesman, NAME, says ..."): a
  // determiner, perhaps a word of sequence, and a noun of time, then the comma (`FRONTED_TIME`).
  const frontedTime = desc !== null && tokens[desc.start - 1]?.text === ',' && desc.start - 1 - fw >= 2 && desc.start - 1 - fw <= 4 && FRONTED_TIME.test(tokens.slice(fw, desc.start - 1).map((t) => t.text).join(' '));
  const opens = desc !== null && (desc.start === 0 || frontedComma || frontedClause || frontedTime || !/^(?:,|of|for|at|from|by|with|to)$/iu.test(tokens[desc.start - 1]!.text));
  const described = desc !== null && (tokens[desc.start]!.pos === 'DET' || (/^one$/iu.test(tokens[desc.start]!.text) && desc.end - desc.start >= 2) || /^(?:his|her|its|their|my|our|your)$/iu.test(tokens[desc.start]!.text) || tokens.slice(desc.start, desc.end).some((t) => /^['’]s$/u.test(t.text)));
  const headNoun = desc !== null && (desc !== np || tokens[np!.end - 1]!.pos === 'NOUN' || tokens[np!.end - 1]!.pos === 'ADJ');
  // ("Our pastor, the Rev. Jane Roe, said": a title the name carries may take "the".)
  // ("One dock worker, 34-year-old Jane Roe, said": an age before the name is none of it.)
  const aged = e - c - 1 >= 7 && /^\d{1,3}-year-old$/iu.test(tokens.slice(c + 1, c + 6).map((t) => t.text).join('')) ? c + 6 : -1;
  // ("Her teacher, the late linguist Jane Roe, said": "the", an adjective perhaps, and a lowercase noun of a person.)
  const from = aged > 0 ? aged : /^the$/iu.test(tokens[c + 1]?.text ?? '') && e - c - 1 >= 3 && titleWord(tokens[c + 2]!.text) && /^[\p{Lu}]/u.test(tokens[c + 2]!.text) ? c + 2 : rolePrefixEnd(tokens, c + 1, e);
  // ("The researcher, Jane Roe of the Harbour Institute, said": where the person works may follow the name.)
  const nameEnd = desc && opens && described && headNoun && !afterPlace ? affiliationStart(tokens, from, e) : e;
  if (desc && opens && described && headNoun && !afterPlace && nameEnd - from >= 1 && tokens.slice(from, nameEnd).every((t, i) => t.pos === 'PROPN' || t.text === '.' || hyphenInName(tokens, from + i) || givenNameMisread(tokens, from + i, nameEnd))) {
    return { start: from, end: nameEnd, appositive: [desc.start, c] };
  }
  if (!np || tokens[np.end - 1]!.pos !== 'PROPN') return null;
  // "In Seoul, a South Korean official, speaking on condition of anonymity, said", "Of Carson, Levine, who
  // ..., said": the object of a fronted preposition is no subject; the noun phrase after its comma is, or
  // nobody ("As X, the No. 2 in the party, put it" is X's).
  if (!afterPlace && np.start >= 1 && np.start - 1 === firstWord(tokens) && tokens[np.start - 1]!.pos === 'ADP' && !/^(?:as|like)$/iu.test(tokens[np.start - 1]!.text)) {
    const after = nounPhraseBefore(tokens, e - 1);
    return after && after.start === c + 1 ? after : null;
  }
  const lead = np.start >= 2 ? tokens[np.start - 1]! : null;
  // "the head of the Harbour Board of Dunmore, John B. Roe, said": an organisation ending a
  // description before a full name between commas; the name speaks.
  if (lead && /^(?:of|at|for|to)$/iu.test(lead.text) && !afterPlace && e - c - 1 >= 2 && tokens.slice(c + 1, e).every((t) => t.pos === 'PROPN' || t.text === '.')) {
    const person = parseSpeakerPhrase(phraseText(tokens, { start: c + 1, end: e }));
    if (person?.type === 'name' && person.kind === 'person') return { start: c + 1, end: e, appositive: [np.start, c] };
  }
  // "Hans Weber of Lindqvist, Norland's oldest bank, said", "Rep. John Roe of Oklahoma, a friend of
  // the whips, said": the name before "of" or "from" is the speaker, the rest where he is from.
  if (lead && /^(?:of|from)$/iu.test(lead.text) && tokens[np.start - 2]!.pos === 'PROPN') {
    const name = nounPhraseBefore(tokens, np.start - 2);
    if (name && tokens.slice(name.start, name.end).every((t) => t.pos === 'PROPN' || t.text === '.')) {
      const person = parseSpeakerPhrase(phraseText(tokens, name));
      if (person?.type === 'name' && person.kind === 'person' && (name.end - name.start >= 2 || person.role)) return { ...name, appositive: [c + 1, last] };
    }
  }
  // "A spokesman for the Velmar Ministry of Trade, in a statement, said": an "of" inside a body's name after
  // "the" and a preposition; the whole name is that preposition's object, as "Velmar Shipping" would be, and
  // the name after its "of" is no subject.
  if (!afterPlace && prepositionBeforeOfName(tokens, np.start) > 0) return null;
  // "Jane Roe, during a school board forum in Dunmore, Ohio, said": a place (or any object of a preposition:
  // "a pollster advising Forward Harbor, a fundraising committee, said") inside a phrase set off by commas is no
  // subject; the name before that phrase is, or nobody.
  if (lead && lead.pos === 'ADP' && !/^(?:of|from|as)$/iu.test(lead.text)) {
    // "A post by Jane Roe, a local blogger, says ...", "A letter shared online by Jane Roe, a retired pilot,
    // claims ...": the sentence opens with a piece of writing "by" a person named in full, set off with her role;
    // what the writing says is its author's.
    if (!afterPlace && /^by$/iu.test(lead.text) && authoredWork(tokens, np.start - 1) && np.end - np.start >= 2 && tokens.slice(np.start, np.end).every((t) => t.pos === 'PROPN' || t.text === '.')) {
      const person = parseSpeakerPhrase(phraseText(tokens, np));
      if (person?.type === 'name' && person.kind === 'person') return { ...np, appositive: [c + 1, last] };
    }
    // But a description opening the sentence, its place or body last, then a person's full name set off: "A
    // former engineer who worked with colleagues on the Harbour Project, Jane Roe, said". The name is the
    // description's, as "the director of the Bureau, Jane Roe," is.
    const described = openingDescription(tokens, c);
    if (described >= 0 && !afterPlace && e - c - 1 >= 2 && tokens.slice(c + 1, e).every((t) => t.pos === 'PROPN' || t.text === '.')) {
      const person = parseSpeakerPhrase(phraseText(tokens, { start: c + 1, end: e }));
      if (person?.type === 'name' && person.kind === 'person') return { start: c + 1, end: e, appositive: [described, c] };
    }
    let c0 = np.start - 1;
    while (c0 >= 0 && tokens[c0]!.text !== ',' && tokens[c0]!.pos !== 'VERB' && tokens[c0]!.quote < 0) c0--;
    if (c0 > 0 && tokens[c0]!.text === ',') return nameBeforeCommas(tokens, c0, last, true);
    return null;
  }
  // "Pierre-Luc Vantour, the foreign minister of Veldoria, a member of the Harbor Council, said": the place ends a role
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
 * Whether the name ending at `end` hangs on a common noun of the role opening at `from` through a lowercase
 * preposition ("candidate for mayor in Dunmore", "professor at Halden"): names and the words of the preposition's
 * object only, back to the preposition, with a noun before it.
 */
function placeAfterRole(tokens: readonly Token[], from: number, end: number): boolean {
  if (tokens[end]!.pos !== 'PROPN') return false;
  let k = end;
  while (k > from && (tokens[k]!.pos === 'PROPN' || tokens[k]!.text === '.' || /^the$/iu.test(tokens[k]!.text))) k--;
  return k > from && /^(?:in|at|of|for|from)$/u.test(tokens[k]!.text) && tokens[k - 1]!.pos === 'NOUN';
}

// Nouns of a piece of writing or a post, whose author "by" names.
const AUTHORED_NOUN = /^(?:post|posts|essay|article|op-ed|column|blog|letter|note|memo|tweet|thread|comment|message|video|report|editorial|review|paper|study|book|memoir|piece|commentary|analysis|petition|leaflet|pamphlet|flyer|statement)$/iu;

/**
 * Whether the sentence opens, up to `by` (the token "by"), with a piece of writing: a determiner, a few modifiers,
 * a noun of written work, and perhaps a participle of its spreading ("shared 4,000 times on X", "posted on
 * Sunday"), with no comma, quote or verb of a clause.
 */
function authoredWork(tokens: readonly Token[], by: number): boolean {
  let first = firstWord(tokens);
  // (After a label and its colon opening the line: "CLAIM: A post by ...".)
  if (first >= 0 && tokens[first + 1]?.text === ':' && /^[\p{Lu}]+$/u.test(tokens[first]!.text)) first += 2;
  if (first < 0 || first >= by || !/^(?:a|an|the|one|another|this|that|his|her|their)$/iu.test(tokens[first]!.text)) return false;
  let k = first + 1;
  while (k < by && /^(?:ADJ|NOUN|PROPN|NUM)$/u.test(tokens[k]!.pos) && !AUTHORED_NOUN.test(tokens[k]!.text)) k++;
  if (k >= by || !AUTHORED_NOUN.test(tokens[k]!.text)) return false;
  k++;
  if (k === by) return true;
  if (!/^(?:shared|posted|published|written|circulated|sent|written|uploaded|retweeted|reposted)$/iu.test(tokens[k]!.text)) return false;
  return tokens.slice(k + 1, by).every((t) => t.quote < 0 && t.text !== ',' && t.text !== LINE_BREAK && t.pos !== 'VERB' && t.pos !== 'AUX');
}

/**
 * Where a description of one person opens the sentence and runs to `end` ("A former engineer who worked on
 * the Harbour Project"): "a", "an" or "one", a lowercase noun before any preposition or relative word, no
 * comma or quote, and verbs only inside a relative clause. -1 when the sentence does not open so.
 */
function openingDescription(tokens: readonly Token[], end: number): number {
  const first = firstWord(tokens);
  if (first < 0 || first >= end || !/^(?:a|an|one)$/iu.test(tokens[first]!.text)) return -1;
  let head = -1;
  let relative = false;
  for (let k = first + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.text === ',' || t.text === LINE_BREAK) return -1;
    if (/^(?:who|that)$/iu.test(t.text)) relative = true;
    else if (head < 0 && (t.pos === 'ADP' || relative)) return -1;
    if (head < 0 && t.pos === 'NOUN' && /^[\p{Ll}]/u.test(t.text)) head = k;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !relative) return -1;
  }
  return head >= 0 ? first : -1;
}

/**
 * Where an affiliation after a name opens in `tokens[from, e)` ("Jane Roe of the Harbour Institute for Peace"):
 * "of", "at" or "from" after two words of the name at least, then capitalised words, "the" and joining words
 * only, to the end. `e` when there is none.
 */
function affiliationStart(tokens: readonly Token[], from: number, e: number): number {
  const at = tokens.findIndex((t, i) => i >= from + 2 && i < e && /^(?:of|at|from)$/u.test(t.text));
  if (at < 0 || tokens[at + 1] === undefined || at + 1 >= e) return e;
  const rest = tokens.slice(at + 1, e);
  const proper = rest.every((t, i) => t.pos === 'PROPN' || t.text === '.' || (i === 0 && t.text === 'the') || (i > 0 && /^(?:of|for|and|on|the)$/u.test(t.text)));
  // (Or a body in lowercase after "the": "Jane Roe of the parliament's budget committee".)
  const common = rest.length >= 2 && rest[0]!.text === 'the' && rest[rest.length - 1]!.pos === 'NOUN' && rest.slice(1).every((t) => /^(?:NOUN|ADJ|PROPN)$/u.test(t.pos) || /^(?:['’]s|of|for|and|on|the)$/u.test(t.text));
  return ((proper && rest.some((t) => t.pos === 'PROPN')) || common) && tokens.slice(from, at).every((t) => t.pos === 'PROPN' || t.text === '-') ? at : e;
}

/** Whether a word is a title a name may carry ("Rev", "Dr", "Professor"), with or without its full stop. */
/**
 * Where the name starts after "the", an adjective or two and a lowercase noun of a person opening tokens
 * [start, end) ("the late linguist", "the veteran pilot"); `start` itself when they do not open so.
 */
function rolePrefixEnd(tokens: readonly Token[], start: number, end: number): number {
  if (!/^the$/iu.test(tokens[start]?.text ?? '')) return start;
  for (let k = start + 2; k <= start + 4 && k < end - 1; k++) {
    const noun = tokens[k - 1]!;
    if (!/^[\p{Ll}-]+$/u.test(noun.text)) return start;
    if (tokens[k]!.pos !== 'PROPN') continue;
    // Every word before the noun an adjective; the noun a role, or one WordNet has only as a kind of person.
    if (noun.pos !== 'NOUN' || !tokens.slice(start + 1, k - 1).every((t) => t.pos === 'ADJ' && /^[\p{Ll}-]+$/u.test(t.text))) return start;
    return titleWord(noun.text) || isRoleNoun(noun.lemma) || wordNetPersonOnly(noun.lemma) ? k : start;
  }
  return start;
}

function titleWord(word: string): boolean {
  const w = word.toLowerCase();
  return TITLES.has(w) || TITLES.has(`${w}.`);
}

/** Where the parenthesis closing at `close` opens, when it is short and holds no quote (a party tag: "(D-Wis.)"); or -1. */
/**
 * Whether the bracket closing at `close` holds one acronym that the capitalised words right before it spell,
 * inside words set off after a comma: "..., the head of the Harbour Board (HB)".
 */
function acronymClosingSetOff(tokens: readonly Token[], close: number): boolean {
  if (close < 3 || tokens[close - 2]!.text !== '(') return false;
  let c = close - 3;
  while (c >= 0 && tokens[c]!.text !== ',' && !/^[.;:!?\n]$/u.test(tokens[c]!.text) && tokens[c]!.quote < 0) c--;
  if (c < 0 || tokens[c]!.text !== ',') return false;
  const head = tokens.slice(c + 1, close - 2).map((t) => t.text).join(' ');
  const withAcronym = `${head} (${tokens[close - 1]!.text})`;
  return withoutAcronymAside(withAcronym) !== withAcronym;
}

function partyTagStart(tokens: readonly Token[], close: number): number {
  for (let o = close - 1; o >= 0 && o >= close - 8; o--) {
    const t = tokens[o]!;
    if (t.text === '(') return o < close - 1 ? o : -1;
    // A party and state, or a state alone: capitalised words, hyphens and abbreviations' full stops.
    if (t.quote >= 0 || !(/^[\p{Lu}]/u.test(t.text) || t.text === '-' || t.text === '.')) return -1;
  }
  return -1;
}

/**
 * The subject of the nearest reporting verb before token `before` (not a participle): a participle or a
 * second verb after it speaks for the same person ("..., Jane Doe said, adding ...", "Jane Doe said she had
 * doubts but said ..."). A noun phrase right after another verb is its object, whatever the verb after it
 * was tagged ("posted a Twitter comment").
 */
export function governingSubject(tokens: readonly Token[], before: number): Phrase | null {
  for (let j = before - 1; j > 0; j--) {
    const t = tokens[j]!;
    if (t.text === LINE_BREAK || t.text === ';') return null;
    if (!isCue(t, tokens[j - 1]) || /ing$/iu.test(t.text)) continue;
    // ("began" before "to" and a verb is no verb of saying but that verb's helper: in "As the crowd began to leave,
    // Roe stood and said, ..." the saying is Roe's, not the crowd's.)
    if (/^(?:begin|begins|began|begun)$/iu.test(t.text) && tokens[j + 1]?.lemma === 'to' && tokens[j + 2]?.pos === 'VERB') continue;
    // (A verb of saying in an infinitive has no subject of its own: in "X took to the radio to demand an apology,
    // writing: ..." the participle hangs on the clause the infinitive serves, whose subject is X; what the model
    // reads as the infinitive's subject, "the radio", is none.)
    if (tokens[j - 1]?.lemma === 'to' && tokens[j - 1]!.pos === 'PART') return mainSubject(tokens, j);
    const np = subjectOf(tokens, j);
    if (np && tokens[np.start - 1]?.pos !== 'VERB') return np;
    // An inverted credit right after a quote: `"...," said Jane Doe (D-Va.) back then, adding that ...`.
    if (!np && tokens[j - 1]?.quote !== undefined && tokens[j - 1]!.quote >= 0) {
      const after = nounPhraseAfter(tokens, j + 1);
      if (after && after.end <= before && tokens[after.end - 1]!.pos === 'PROPN' && tokens.slice(after.start, after.end).every((x) => x.pos === 'PROPN' || x.text === '.' || x.pos === 'ADJ' || x.pos === 'NOUN')) return { start: after.start, end: after.end };
    }
  }
  return null;
}

/** A phrase's words as written: tokens joined, with a space where the text has one. */
function phraseText(tokens: readonly Token[], p: Phrase): string {
  return tokens.slice(p.start, p.end).map((t, i, all) => (i > 0 && all[i - 1]!.end < t.start ? ' ' : '') + t.text).join('');
}

/** The first word of the sentence: past opening punctuation. */
export function firstWord(tokens: readonly Token[]): number {
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
export function clauseSubject(tokens: readonly Token[], before: number): Phrase | null {
  const first = firstWord(tokens);
  let open = first;
  while (open < before && (tokens[open]!.pos === 'CCONJ' || tokens[open]!.pos === 'ADV')) open++;
  for (let j = open; j < before; j++) {
    const t = tokens[j]!;
    if (t.text === LINE_BREAK || /^[;:]$/u.test(t.text)) return null;
    if (!(t.pos === 'VERB' || isCopula(tokens, j, before)) || t.quote >= 0 || /ing$/iu.test(t.text) || tokens[j - 1]?.lemma === 'to') continue;
    const np = subjectOf(tokens, j);
    if (!np) continue;
    const lead = tokens[open]!;
    const fronted = tokens[np.start - 1]?.text === ',' && (lead.pos === 'ADP' || lead.pos === 'SCONJ' || (lead.pos === 'VERB' && /(?:ing|ed)$/iu.test(lead.text)) || frontedTime(tokens, first, np.start - 1));
    if (np.start !== open && !(fronted && !tokens.slice(open, np.start).some((x) => x.quote >= 0))) continue;
    // A relative clause says more of a noun and leaves the participle to the main clause ("..., with whom he
    // clashed, calling him ..."); an adverbial one takes it ("..., when protesters interrupted, shouting ...").
    // ("for" before a participle is a preposition: "responsible for advising ...".)
    // ("as" right before a quote, or before "being" and a quote, labels the object: "defended it as being "...".)
    const subordinate = tokens.slice(j + 1, before).some((x, k) => (x.pos === 'SCONJ' && !/^(?:that|for)$/iu.test(x.text) && !labelAs(tokens, j + 1 + k, before)) || /^(?:where|when|while)$/iu.test(x.text));
    // A clause joined after a comma by "and" or "but" with a subject of its own ("X led the revolt, and within
    // weeks the group had placed ads calling ..."): the participle hangs on that nearer clause, not this one.
    return subordinate || joinedClause(tokens, j, before) ? null : np;
  }
  return null;
}

const TIME_WORD = /^(?:day|days|week|weeks|weekend|month|months|year|years|night|morning|afternoon|evening|today|yesterday|tonight|ago|later|earlier|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/iu;

/**
 * Whether the words from `first` up to the comma at `comma` are a fronted phrase of time with no verb: "Earlier this
 * week,", "Last month,", "Two days later,".
 */
function frontedTime(tokens: readonly Token[], first: number, comma: number): boolean {
  const words = tokens.slice(first, comma);
  return words.length > 0 && words.length <= 4 && words.some((t) => TIME_WORD.test(t.text)) && words.every((t) => t.quote < 0 && /^(?:ADV|DET|NUM|ADJ|NOUN|PROPN)$/u.test(t.pos));
}

/** Whether a clause of its own (", and"/", but", then a verb whose subject stands after the conjunction) comes between the verb at `j` and `before`. */
function joinedClause(tokens: readonly Token[], j: number, before: number): boolean {
  for (let k = j + 1; k < before; k++) {
    if (!(tokens[k]!.pos === 'CCONJ' && /^(?:and|but)$/iu.test(tokens[k]!.text) && tokens[k - 1]?.text === ',')) continue;
    for (let v = k + 1; v < before; v++) {
      const t = tokens[v]!;
      if (t.quote >= 0) break;
      if (t.pos !== 'VERB' || /ing$/iu.test(t.text) || tokens[v - 1]?.lemma === 'to') continue;
      const np = subjectOf(tokens, v);
      if (np && np.start > k) return true;
    }
  }
  return false;
}

/** Whether "as" at `k` stands right before the quote at `before`, or before "being" and it. */
function labelAs(tokens: readonly Token[], k: number, before: number): boolean {
  return tokens[k]!.text.toLowerCase() === 'as' && (k + 1 === before || (k + 2 === before && tokens[k + 1]!.text.toLowerCase() === 'being'));
}

/**
 * Whether token `j` is a copula that is its clause's verb, with an adjective after it, that a participle at
 * `before` hangs on: "X was blunter the next day, calling ..." (the tagger reads "was" as an auxiliary, and
 * may read a comparative, "blunter", as a noun). Not when a quote or "with" stands between ("Kelly was
 * "incognito," sparking ...", "..., with Y tweeting"): the participle is then no act of the copula's subject.
 * (PolNeAR train with the quote and "with" checks: 1 more right and 1 fewer wrong; without them, 3 more wrong.)
 */
function isCopula(tokens: readonly Token[], j: number, before: number): boolean {
  if (tokens[j]!.pos !== 'AUX' || !/^(?:is|was|are|were)$/iu.test(tokens[j]!.text)) return false;
  let k = j + 1;
  while (k < tokens.length && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++;
  if (tokens[k]?.pos !== 'ADJ' && tokens[k]?.pos !== 'NOUN') return false;
  return !tokens.slice(j, before).some((x) => x.quote >= 0 || x.lemma === 'with');
}

/** The subject of the clause a participle hangs on: "X turned to the border, saying: ...". */
export function mainSubject(tokens: readonly Token[], participle: number): Phrase | null {
  for (let j = participle - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.quote >= 0) continue;
    // An infinitive has no subject of its own ("... urging Roe to ease his position, saying ..."), but
    // after "for" ("time for Roe to mend fences, even after brushing off ...").
    if (t.pos === 'VERB' && !/ing$/iu.test(t.text)) {
      const np = subjectOf(tokens, j);
      if (np && (tokens[j - 1]?.lemma !== 'to' || tokens[np.start - 1]?.lemma === 'for')) return np;
    }
    // A copula as the clause's verb: "Jane Roe was upbeat and said ...", "Roe was quick to praise the deal and said
    // ...", "Roe was in Oslo on Monday, saying ...": its subject is the one joined verb's or participle's.
    // (Only the main clause's: in "Roe said Kask is to blame and accused him of ..." or "Roe joked that Oslo was his
    // answer, but went on to say", the copula is in what is reported, and its subject does not speak.)
    // So does a verb in the progressive: "Jane Roe is backing the plan and in a statement praised it as ...".
    // (Not past a relative clause, on whose subject a later participle may hang: "The senator was rallying for a
    // teacher, who worked the crowd, praising ...".)
    const progressive = t.pos === 'VERB' && /ing$/iu.test(t.text) && /^(?:is|was|are|were)$/iu.test(tokens[j - 1]?.text ?? '') && tokens[j - 1]!.pos === 'AUX' && !tokens.slice(j + 1, participle).some((x) => /^(?:who|whom|which|that)$/iu.test(x.text));
    if (progressive || (t.pos === 'AUX' && /^(?:is|was|are|were)$/iu.test(t.text) && !VERB_AFTER_AUX(tokens, j))) {
      const np = subjectOf(tokens, j);
      // (And the subject opens the sentence, after at most a conjunction or an adverb: in "A contact close to the
      // Harbour Commission was more candid, calling ..." the phrase next to the copula is not the subject.)
      let open = firstWord(tokens);
      while (open < j && (tokens[open]!.pos === 'CCONJ' || tokens[open]!.pos === 'ADV')) open++;
      if (np && np.start === open) return np;
      // (Or a description opens it and the name is set off after it: "The deputy, Jane Roe, was forthcoming, telling
      // reporters ...".)
      if (np && np.appositive && np.appositive[0] === open && np.appositive[1] < np.start) return np;
    }
  }
  return null;
}

/** Whether the auxiliary at `j` only helps a verb of its own right after it ("was told", "is asking"): not a copula. */
function VERB_AFTER_AUX(tokens: readonly Token[], j: number): boolean {
  let k = j + 1;
  while (k < tokens.length && tokens[k]!.pos === 'ADV') k++;
  return tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX';
}

/** Where "the N-year-old" ends at token `e` opens (the "the"), or -1 when it does not. */
function ageEpithetBefore(tokens: readonly Token[], e: number): number {
  if (e < 5 || tokens[e]!.text.toLowerCase() !== 'old') return -1;
  const parts = tokens.slice(e - 4, e + 1);
  if (parts.some((t, k) => t.quote >= 0 || (k > 0 && parts[k - 1]!.end !== t.start))) return -1;
  if (!/^\d{1,3}-year-old$/iu.test(parts.map((t) => t.text).join(''))) return -1;
  return /^the$/iu.test(tokens[e - 5]!.text) ? e - 5 : -1;
}

/**
 * Whether token `k` is a plural possessive's bare apostrophe inside a body's name ("the Farmers' Union", "the
 * Beekeepers' Association"): right after a capitalised word in "-s", a space, then a capitalised word (no quote mark).
 */
function pluralApostrophe(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (t.text === "'" || t.text === '’') && t.quote < 0 && before !== undefined && after !== undefined && before.end === t.start && after.start > t.end && /^[\p{Lu}][\p{L}]*s$/u.test(before.text) && /^[\p{Lu}]/u.test(after.text);
}

/**
 * Whether token `k` is "senior" or "junior" right after a capitalised surname ("Mr. Hume senior said"): the word
 * telling a father from a son of one name, which the model tags an adjective, closes the person's phrase.
 */
function generationWordAfterName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  return t !== undefined && before !== undefined && t.quote < 0 && before.quote < 0 && /^(?:senior|junior)$/u.test(t.text) && before.pos === 'PROPN' && /^[\p{Lu}]/u.test(before.text);
}

/**
 * "A Ministry of Ports and Harbours spokesperson said": an "and" between the capitalised words after a body's "of",
 * in a phrase closed by a lowercase noun (the body's spokesperson), joins one body's name, not two subjects.
 */
function bodyNameAnd(tokens: readonly Token[], k: number, e: number): boolean {
  const t = tokens[k];
  if (!t || t.text !== 'and' || tokens[k - 1]?.pos !== 'PROPN') return false;
  // (The name's words before the "and" run back to its "of": "Ministry of Foreign Affairs and Trade".)
  let o = k - 1;
  while (o > 0 && k - o <= 3 && tokens[o]!.pos === 'PROPN' && /^[\p{Lu}]/u.test(tokens[o]!.text) && tokens[o]!.quote < 0) o--;
  if (tokens[o]?.text !== 'of' || o === k - 1 || tokens[o - 1]?.pos !== 'PROPN') return false;
  const last = tokens[e]!;
  if (last.pos !== 'NOUN' || !/^[\p{Ll}]/u.test(last.text) || e - k < 2) return false;
  // (Only capitalised words of the name between the "and" and the closing noun.)
  return tokens.slice(k + 1, e).every((x) => x.pos === 'PROPN' && /^[\p{Lu}]/u.test(x.text) && x.quote < 0);
}

export function nounPhraseBefore(tokens: readonly Token[], e: number): Phrase | null {
  if (e < 0) return null;
  if (generationWordAfterName(tokens, e)) {
    const name = nounPhraseBefore(tokens, e - 1);
    return name ? { start: name.start, end: e + 1 } : null;
  }
  const last = tokens[e]!;
  // The model takes some nouns after "the" for adjectives ("the general", "the premier").
  const nounLike = last.pos === 'ADJ' && e > 0 && tokens[e - 1]!.pos === 'DET';
  // "the 70-year-old": an age epithet after "the" stands for the person, though the model splits it at the
  // hyphens and tags its end an adjective.
  const age = ageEpithetBefore(tokens, e);
  if (age >= 0) return { start: age, end: e + 1 };
  if (!(last.pos === 'PROPN' || last.pos === 'NOUN' || last.pos === 'PRON' || nounLike)) return null;
  // (The writer's "I" too, which only a byline can tell: `credit-readers.ts` reads it so or not at all.)
  if (last.pos === 'PRON') return /^(?:he|she|they|it)$/iu.test(last.text) || last.text === 'I' ? { start: e, end: e + 1 } : null;
  let s = e;
  while (s - 1 >= 0) {
    const t = tokens[s - 1]!;
    if (t.quote >= 0) break;
    // "In 2018 Kim promised": a year after a preposition opening the sentence says when, and is no part of the
    // name after it (as it is of a description: "the 2016 nominee"). (Inside a clause, "I hope in 2017 America
    // says", the words are no one's yet: the phrase is left whole.)
    if (t.pos === 'NUM' && /^\d{4}$/u.test(t.text) && tokens[s]!.pos === 'PROPN' && tokens[s - 2]?.pos === 'ADP' && s - 2 === firstWord(tokens)) break;
    const abbreviation = t.text === '.' && s - 2 >= 0 && tokens[s - 2]!.end === t.start;
    // ("Kessler & Moore": an ampersand between capitalised words, spaced or not, joins one firm's name.)
    const joined = ((t.text === '-' || t.text === '/' || t.text === '&') && tokens[s]!.start === t.end) || (t.text === '&' && tokens[s]!.pos === 'PROPN' && tokens[s - 2]?.pos === 'PROPN') || bodyNameAnd(tokens, s - 1, e);
    // "A Tokyo-based bond strategist": the word after a hyphen that makes a place an adjective is part of the
    // phrase, whatever the model tagged it (a verb, "based").
    const placeAdjective = /^(?:based|born|area|bred|raised|run|owned|backed|led)$/u.test(t.text) && s - 2 >= 0 && tokens[s - 2]!.text === '-' && tokens[s - 2]!.end === t.start && tokens[s]!.pos !== 'PRON';
    // ("Greek shipping executives": a word in "-ing" the model read as a verb, modifying the noun after it.)
    if (placeAdjective || (t.pos === 'VERB' && gerundModifierAt(tokens, s - 1, firstWord(tokens)))) {
      s--;
      continue;
    }
    // "the Farmers' Union", "the Beekeepers' Association": a plural possessive's bare apostrophe, right after a
    // capitalised word in "-s" and before a capitalised word of the name, is inside the name (no quote mark).
    if (NP_POS.has(t.pos) && t.pos !== 'PRON' || abbreviation || joined || (s - 2 >= 0 && pluralApostrophe(tokens, s - 1)) || (t.pos === 'PRON' && /^(?:his|her|its|their|my|our|your)$/iu.test(t.text))) s--;
    else break;
  }
  while (s < e && (tokens[s]!.pos === 'PART' || tokens[s]!.pos === 'PUNCT')) s++;
  // "Downing Street insisted", "Ealing Council said": a capitalised word in "-ing" opening the sentence, right
  // before a name of capitalised words with no comma between, is the name's first word (a place's), not a
  // participle the model took it for; a fronted participle is set off by a comma ("Speaking later, Roe said").
  if (s > 0 && s - 1 === firstWord(tokens) && tokens[s]!.pos === 'PROPN' && tokens.slice(s, e + 1).every((t) => t.pos === 'PROPN')) {
    const ing = tokens[s - 1]!;
    if (ing.quote < 0 && /^[\p{Lu}][\p{Ll}]+ing$/u.test(ing.text) && ing.end < tokens[s]!.start) s--;
  }
  // "HM Revenue and Customs, which ..., said": capitalised words joined by "and" into one body's name (the name
  // as a whole reads as a body's, `parseSpeakerPhrase`) are the subject, not the words after the "and" alone.
  if (s >= 2 && /^(?:and|&)$/u.test(tokens[s - 1]!.text) && tokens[s - 2]!.pos === 'PROPN' && tokens.slice(s, e + 1).every((t) => t.pos === 'PROPN')) {
    let j = s - 2;
    while (j - 1 >= 0 && tokens[j - 1]!.pos === 'PROPN' && tokens[j - 1]!.quote < 0) j--;
    // ("the Forestry, Canals and Waterways Office": one word before a comma, after "the", opens the series.)
    if (j >= 3 && tokens[j - 1]!.text === ',' && tokens[j - 2]!.pos === 'PROPN' && /^the$/iu.test(tokens[j - 3]!.text)) j -= 2;
    const joined = parseSpeakerPhrase(tokens.slice(j, e + 1).map((t) => t.text).join(' ').replace(/ ,/gu, ','));
    if (joined?.type === 'name' && joined.kind === 'organisation' && /\s(?:and|&)\s/u.test(joined.name)) s = j;
    // "The Department of Fisheries and Oceans says": the words before the "and" may close a body's name
    // joined by "of" or "for" to its head, opened by "the"; the whole is the subject, when the words after the
    // "and" hold no first name (not "the Ministry of Defence and Jane Roe", two subjects).
    else if (s === e) {
      let k = j;
      while (k >= 2 && /^(?:of|for)$/u.test(tokens[k - 1]!.text) && tokens[k - 2]!.pos === 'PROPN' && tokens[k - 2]!.quote < 0) {
        k -= 2;
        while (k - 1 >= 0 && tokens[k - 1]!.pos === 'PROPN' && tokens[k - 1]!.quote < 0) k--;
      }
      const after = tokens.slice(s, e + 1).map((t) => t.text);
      // (Or opened by a country's possessive: "Norway's Ministry of Economy and Finance said".)
      let owner = k >= 2 && /^['’]s$/u.test(tokens[k - 1]!.text) && tokens[k - 2]!.pos === 'PROPN' ? k - 2 : -1;
      while (owner > 0 && tokens[owner - 1]!.pos === 'PROPN' && tokens[owner - 1]!.quote < 0) owner--;
      const opener = k >= 1 && /^the$/iu.test(tokens[k - 1]!.text) ? k - 1 : owner;
      if (k < j && opener >= 0 && !after.some((w) => lexFirstName(w))) {
        const whole = parseSpeakerPhrase(tokens.slice(opener, e + 1).map((t) => t.text).join(' ').replace(/ (['’]s)(?= )/gu, '$1'));
        if (whole?.type === 'name' && whole.kind === 'organisation') s = opener;
      }
    }
  }
  // "the Delmar senator and Labour leadership hopeful said": after one "the", roles joined by "and" describe one
  // person holding both (`one-with-two-roles.ts`); the subject is the whole, not the second role alone.
  if (s >= 3 && tokens[s - 1]!.text === 'and' && tokens[s - 1]!.quote < 0 && tokens[s]!.pos !== 'DET') {
    let j = s - 2;
    while (j > 0 && tokens[j]!.quote < 0 && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'PROPN')) j--;
    if (j < s - 2 && tokens[j]!.quote < 0 && /^the$/iu.test(tokens[j]!.text)) {
      const whole = parseSpeakerPhrase(tokens.slice(j, e + 1).map((t) => t.text).join(' '));
      if (whole?.type === 'description' && !whole.plural && /\sand\s/u.test(whole.text)) s = j;
    }
  }
  return { start: s, end: e + 1 };
}

/**
 * The noun phrase starting at `k` (after "said" or "according to"), up to a comma, a verb or the end; two
 * descriptions joined by "and" whole, or none ("said her aides and advisers", `joined-descriptions.ts`).
 */
export function nounPhraseAfter(tokens: readonly Token[], k: number): Phrase | null {
  const np = phraseFrom(tokens, k);
  return np ? wholeJoinedAfter(tokens, np, phraseFrom) : null;
}

/** The noun phrase starting at `k` (after "said" or "according to"), up to a comma, a verb or the end. */
function phraseFrom(tokens: readonly Token[], k: number): Phrase | null {
  // "said one of the people, who ...": one picked out of a group, whose words run on past "of" to the group's noun.
  if (/^one$/iu.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'of' && /^(?:the|these|those|his|her|their|its|our)$/iu.test(tokens[k + 2]?.text ?? '')) {
    const group = nounPhraseAfter(tokens, k + 2);
    if (group && tokens[group.end - 1]!.pos === 'NOUN') return { ...group, start: k };
  }
  let e = k;
  while (e < tokens.length) {
    const t = tokens[e]!;
    if (t.quote >= 0 || (e > k && /^(?:who|whom|whose|which|that)$/iu.test(t.text))) break;
    const abbreviation = t.text === '.' && e > k && tokens[e - 1]!.end === t.start && e + 1 < tokens.length && tokens[e + 1]!.pos === 'PROPN';
    const joined = ((t.text === '-' || t.text === '/' || t.text === '&') && e > k && tokens[e - 1]!.end === t.start) || (t.text === '&' && e > k && tokens[e - 1]!.pos === 'PROPN' && tokens[e + 1]?.pos === 'PROPN');
    // "Los Angeles-based": the word after a hyphen is part of the phrase, whatever the model tagged it.
    if (joined && t.text === '-' && tokens[e + 1] && tokens[e + 1]!.start === t.end && tokens[e + 1]!.quote < 0) e += 2;
    // "said one well-connected lawyer", "said a long-serving aide": a word joined by a hyphen to the word after
    // it is one modifier, whatever the model tagged its first half (an adverb, "well", stops no phrase there).
    else if (e > k && hyphenCompound(tokens, e)) e += 3;
    // "said the federation's managing director", "said the acting chair": a word in "-ing" between a determiner
    // or a possessive and a noun modifies the noun, whatever the model tagged it (a verb stops no phrase there).
    else if (e > k && t.pos === 'VERB' && /^[\p{Ll}]+ing$/u.test(t.text) && (tokens[e - 1]!.pos === 'DET' || /^['’]s$/u.test(tokens[e - 1]!.text)) && tokens[e + 1]?.pos === 'NOUN' && tokens[e + 1]!.quote < 0) e++;
    else if ((NP_POS.has(t.pos) && t.pos !== 'PART') || abbreviation || joined || (t.pos === 'PART' && /^['’]s$/u.test(t.text))) e++;
    else break;
  }
  if (e === k) return null;
  // "said U.S. Secretary of State Jane Roe": the title goes on past "of" to the person's name.
  if (tokens[e]?.text === 'of' && tokens.slice(k, e).every((t) => t.pos === 'PROPN' || t.text === '.')) {
    let r = tokens[e + 1]?.text === 'the' ? e + 2 : e + 1;
    // ("said Minister of Trade and Industry Jane Roe": the body's words may be joined by "and".)
    while (r < tokens.length && ((tokens[r]!.pos === 'PROPN' && tokens[r]!.quote < 0) || joinsBodyWords(tokens, r))) r++;
    if (titledNameStart(tokens, e, r) >= 0) e = r;
  } else if (tokens[e]?.text === 'of' && e > k && tokens.slice(k, e).every((t) => (/^(?:NOUN|ADJ)$/u.test(t.pos) && /^[\p{Ll}]/u.test(t.text)) || t.pos === 'PROPN' || t.text === '.')) {
    // A role written in lowercase with "of" in it, then the name: "said master of ceremonies Jane Roe",
    // "said former secretary of state Jane Roe". The name opens with a known first name.
    let r = e + 1;
    while (r < tokens.length && tokens[r]!.quote < 0 && tokens[r]!.pos === 'NOUN' && /^[\p{Ll}]/u.test(tokens[r]!.text)) r++;
    let n = r;
    while (n < tokens.length && tokens[n]!.quote < 0 && (tokens[n]!.pos === 'PROPN' || (tokens[n]!.text === '-' && tokens[n - 1]!.end === tokens[n]!.start))) n++;
    if (r > e + 1 && n - r >= 2 && lexFirstName(tokens[r]!.text)) e = n;
  } else if (tokens[e]?.text === 'of' && e > k + 1 && /^(?:the|a|an)$/iu.test(tokens[k]!.text) && tokens.slice(k + 1, e).every((t) => /^(?:NOUN|ADJ)$/u.test(t.pos) && /^[\p{Ll}]/u.test(t.text))) {
    // A title translated word for word, bodies and places strung on "of" before the name: "said the governor of
    // the Amur Region Jane Roe", "said the deputy of the Regional Assembly of the Amur Region Jane Roe".
    e = ofChainedName(tokens, e) ?? seatAfterOf(tokens, e) ?? e;
  }
  // "said Kestrel's head of research, Jo Roe": a role closed by "of" and a field in lowercase ("head of research",
  // "director of operations") goes on to the comma that sets off the name after it.
  if (tokens[e]?.text === 'of' && e > k && tokens[e - 1]!.pos === 'NOUN' && /^[\p{Ll}]/u.test(tokens[e - 1]!.text)) {
    let r = e + 1;
    while (r < tokens.length && r - e <= 3 && tokens[r]!.quote < 0 && /^(?:NOUN|ADJ)$/u.test(tokens[r]!.pos) && /^[\p{Ll}]/u.test(tokens[r]!.text)) r++;
    if (r > e + 1 && tokens[r]?.text === ',' && tokens[r + 1]?.pos === 'PROPN') e = r;
  }
  // "according to the Coalition to Save Our Libraries (CSOL)": a body's name goes on past a small word when the
  // acronym in brackets after it spells the initials of the whole run of capitalised words.
  if (e > k && tokens[e - 1]!.pos === 'PROPN' && SMALL_NAME_WORD.test(tokens[e]?.text ?? '')) {
    let r = e;
    while (r < tokens.length && r - e < 8 && tokens[r]!.quote < 0 && (/^[\p{Lu}]/u.test(tokens[r]!.text) || SMALL_NAME_WORD.test(tokens[r]!.text))) r++;
    if (r > e + 1 && acronymSpelled(tokens, k, r) >= 0) e = r;
  }
  // ("said Mr. Hume senior": the word of his generation closes his phrase.)
  if (e > k + 1 && generationWordAfterName(tokens, e - 1) && !NP_POS.has(tokens[e]?.pos ?? '')) return { start: k, end: e };
  if (e > k && generationWordAfterName(tokens, e)) return { start: k, end: e + 1 };
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

/** Whether the word at `e`, a hyphen and a word after it stand close up, the quote's words none of them. */
function hyphenCompound(tokens: readonly Token[], e: number): boolean {
  const a = tokens[e]!;
  const h = tokens[e + 1];
  const b = tokens[e + 2];
  return !!h && !!b && h.text === '-' && h.start === a.end && b.start === h.end && a.quote < 0 && b.quote < 0 && /^[\p{Ll}]+$/u.test(a.text) && /^[\p{Ll}]+$/u.test(b.text);
}

/**
 * Where "of [the] <seat of power>" from `of` ends when it closes the phrase ("said the head of the Kremlin on
 * ...": the leader described by the seat), or null; "the head of the Kremlin administration" goes on.
 */
function seatAfterOf(tokens: readonly Token[], of: number): number | null {
  const from = tokens[of + 1]?.text === 'the' ? of + 2 : of + 1;
  let r = from;
  while (r < tokens.length && tokens[r]!.quote < 0 && tokens[r]!.pos === 'PROPN') r++;
  if (r === from || /^(?:NOUN|PROPN|PART)$/u.test(tokens[r]?.pos ?? '')) return null;
  return isSeatOfPower(tokens.slice(from, r).map((t) => t.text).join(' ')) ? r : null;
}

/**
 * Where a run of "of [the] <body>" phrases from `of` ends in a known first name and a surname: the end of the
 * name, or null. A body before the last may be written in lowercase ("of the transport department of ...").
 */
function ofChainedName(tokens: readonly Token[], of: number): number | null {
  for (let hops = 0; hops < 4; hops++) {
    let r = tokens[of + 1]?.text === 'the' ? of + 2 : of + 1;
    const from = r;
    while (r < tokens.length && tokens[r]!.pos === 'PROPN' && tokens[r]!.quote < 0) r++;
    if (r > from && titledNameStart(tokens, of, r) >= 0) return r;
    while (r < tokens.length && /^(?:NOUN|ADJ)$/u.test(tokens[r]!.pos) && /^[\p{Ll}]/u.test(tokens[r]!.text) && tokens[r]!.quote < 0) r++;
    if (r === from || tokens[r]?.text !== 'of') return null;
    of = r;
  }
  return null;
}

/**
 * Where the person's name starts in a title-and-name run after the word at `of` ("of State Jane Roe", "of the
 * House Jane Roe"): the first word a known first name followed only by capitalised names, after at least one
 * title word; or -1.
 */
export function titledNameStart(tokens: readonly Token[], of: number, end: number): number {
  for (let p = of + 2; p < end - 1; p++) {
    // ("Speaker of the House Jane Roe": "the" may open the body the title is of.)
    // ("Minister of Trade and Industry Jane Roe": an "and" may join the body's capitalised words.)
    if (!tokens.slice(of + 1, end).every((t, i) => t.pos === 'PROPN' || t.text === '.' || (i === 0 && t.text === 'the' && end - of > 3) || joinsBodyWords(tokens, of + 1 + i))) return -1;
    if (lexFirstName(tokens[p]!.text) && tokens.slice(p, end).every((t) => t.pos === 'PROPN' && /^[\p{Lu}]/u.test(t.text))) return p;
  }
  return unlistedNameAfterTitle(tokens, of, end);
}

/**
 * Where the name starts in "Minister of Transport Oskarin Tavelli", whose given name no list knows: after a
 * title before "of", the body it is of in words WordNet knows in lower case ("Transport", "Foreign Affairs",
 * "Natural Resources"), then two or more capitalised words the first of which is no such word; or -1. (A
 * place's or body's name after "of" is not common words, so "Governor of Delmora ..." finds nothing here.)
 */
function unlistedNameAfterTitle(tokens: readonly Token[], of: number, end: number): number {
  if (!TITLES.has(tokens[of - 1]?.text.toLowerCase() ?? '')) return -1;
  const from = tokens[of + 1]?.text === 'the' ? of + 2 : of + 1;
  let p = from;
  // (Words of English joined by "and": "Minister of Natural Resources and Environment Oskarin Tavelli".)
  while (p < end && ((tokens[p]!.pos === 'PROPN' && lowerCaseWord(tokens[p]!.text)) || (p > from && joinsBodyWords(tokens, p) && lowerCaseWord(tokens[p + 1]!.text)))) p++;
  if (p === from || end - p < 2) return -1;
  if (!tokens.slice(p, end).every((t) => t.pos === 'PROPN' && /^[\p{Lu}][\p{Ll}]/u.test(t.text))) return -1;
  return classifyProperName(tokens.slice(p, end).map((t) => t.text).join(' ')) === 'person' ? p : -1;
}

/** Whether the token at `k` is an "and" (or "&") between two capitalised words, joining the words of a body's name. */
function joinsBodyWords(tokens: readonly Token[], k: number): boolean {
  return /^(?:and|&)$/u.test(tokens[k]?.text ?? '') && tokens[k - 1]?.pos === 'PROPN' && tokens[k + 1]?.pos === 'PROPN' && /^[\p{Lu}]/u.test(tokens[k + 1]!.text) && tokens[k + 1]!.quote < 0;
}

/** Whether WordNet knows a capitalised word in lower case, a noun (perhaps plural) or an adjective. */
function lowerCaseWord(word: string): boolean {
  const w = word.toLowerCase();
  return commonNoun(w) || commonNoun(singular(w)) || isLemma(w, 'adj');
}

/**
 * The one person a group subject names as included ("Others, including Jane Roe of the Delta Institute,"),
 * with at most where she works after the name; null when the group names several or none.
 */
function includedMember(tokens: readonly Token[], np: Phrase): Phrase | null {
  if (!np.appositive) return null;
  const [a, b] = np.appositive;
  const head = tokens.slice(np.start, np.end);
  // The group: "others", or a plural common noun ("analysts", "several experts").
  if (!(head.length <= 3 && (/^others$/iu.test(head[head.length - 1]!.text) || (head[head.length - 1]!.pos === 'NOUN' && /s$/u.test(head[head.length - 1]!.text))))) return null;
  if (!/^including$/iu.test(tokens[a]?.text ?? '')) return null;
  let n = a + 1;
  while (n < b && (tokens[n]!.pos === 'PROPN' || tokens[n]!.text === '.')) n++;
  if (n - (a + 1) < 2) return null;
  const rest = tokens.slice(n, b);
  if (rest.length > 0 && !/^(?:of|at|from)$/iu.test(rest[0]!.text)) return null;
  // A second person after "and" makes it a list ("... of X and Jane Doe"), not an institution's name.
  if (rest.some((t, i) => t.text === ',' || (/^and$/iu.test(t.text) && lexTags(rest[i + 1]?.text ?? '').some((x) => PERSON_TAGS.test(x))))) return null;
  return { start: a + 1, end: n };
}

// The nouns of a work or medium a name may follow in apposition ("the channel Northern Front", "the blog Harbour
// Notes"): a name after one of them is that work's, not a person's.
const WORK_NOUN = /^(?:channel|blog|podcast|show|programme|program|newspaper|paper|magazine|website|site|account|page|column|newsletter|series|book|novel|film|documentary|album|band)$/u;

/**
 * A given name the model read as another word ("Per" as a preposition, in "..., Per Hoff, said"): capitalised,
 * a first name the lexicon knows, a proper noun after it inside the name.
 */
function givenNameMisread(tokens: readonly Token[], k: number, end: number): boolean {
  return k + 1 < end && tokens[k + 1]!.pos === 'PROPN' && /^[\p{Lu}][\p{Ll}]+$/u.test(tokens[k]!.text) && isKnownFirstName(tokens[k]!.text);
}

// Small words a body's name may hold between its capitalised words ("Coalition to Save Our Libraries").
const SMALL_NAME_WORD = /^(?:to|for|of|and|on|in|against|with|the)$/u;

/**
 * Where a body's name starts in `tokens[from, end)` when an acronym in brackets right after it ("(CSOL)")
 * spells the initials of its capitalised words, small words between them ("Coalition to Save Our Libraries");
 * -1 when none does.
 */
function acronymSpelled(tokens: readonly Token[], from: number, end: number): number {
  const acronym = tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' ? tokens[end + 1]!.text : '';
  if (!/^[\p{Lu}]{3,}$/u.test(acronym)) return -1;
  let initials = '';
  for (let b = end - 1; b >= from; b--) {
    const t = tokens[b]!.text;
    if (/^[\p{Lu}]/u.test(t)) initials = t[0]! + initials;
    else if (!SMALL_NAME_WORD.test(t)) return -1;
    if (initials === acronym) return /^[\p{Lu}]/u.test(t) ? b : -1;
    if (initials.length >= acronym.length) return -1;
  }
  return -1;
}

/**
 * Whether tokens [from, to) are one written word of lowercase parts joined by hyphens, its last an adjective
 * ("ever-cautious", "warm-and-fuzzy"); not a role ("ex-president", whose last part is a noun).
 */
function hyphenedAdjective(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 3 || tokens[to - 1]!.pos !== 'ADJ') return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) return false;
    if ((k - from) % 2 === 1 ? !/^[-‐]$/u.test(t.text) : !/^[\p{Ll}]+$/u.test(t.text)) return false;
    if (k > from && tokens[k - 1]!.end !== t.start) return false;
  }
  return (to - from) % 2 === 1;
}

/** The phrase as written, with the role words before a name set apart ("9/11 widow" + "Mary Fetchet"). */
export function finish(text: string, tokens: readonly Token[], np: Phrase, via: GrammarAttribution['via'], cue: string): GrammarAttribution | null {
  // ("Do Thi Hoa said", "Will Hartigan, a farmer, said": a name's first word the tagger took for an auxiliary.)
  const opened = auxiliaryNameStart(text, tokens, np.start, np.end);
  if (opened < np.start) np = { ...np, start: opened };
  let nameFrom = np.end;
  // A hyphen joining two parts of a name with no space ("Jean-Pierre") is inside the name.
  const hyphen = (k: number): boolean => /^[-‐]$/u.test(tokens[k]!.text) && k > np.start && k + 1 < np.end && tokens[k - 1]!.end === tokens[k]!.start && tokens[k]!.end === tokens[k + 1]!.start && /^[\p{Lu}]/u.test(tokens[k - 1]!.text);
  // (So is a plural possessive's apostrophe inside a body's name: "the Farmers' Union".)
  const apostrophe = (k: number): boolean => k > np.start && k + 1 < np.end && pluralApostrophe(tokens, k);
  while (nameFrom - 1 >= np.start && (tokens[nameFrom - 1]!.pos === 'PROPN' || hyphen(nameFrom - 1) || apostrophe(nameFrom - 1) || (tokens[nameFrom - 1]!.text === '.' && nameFrom - 2 >= np.start && tokens[nameFrom - 2]!.pos === 'PROPN') || /^[\p{Lu}]/u.test(tokens[nameFrom - 1]!.text) && tokens[nameFrom - 1]!.pos !== 'PRON')) nameFrom--;
  // (Back past small words over a body's name its bracketed acronym spells: "the organizer Coalition to Save Our
  // Libraries (CSOL)".)
  const spelled = acronymSpelled(tokens, np.start, np.end);
  if (spelled >= 0 && spelled < nameFrom) nameFrom = spelled;
  const all = text.slice(tokens[np.start]!.start, tokens[np.end - 1]!.end).trim();
  if (all === '') return null;
  let phrase = all;
  let role: string | null = null;
  // ("a senior Democrat", "a veteran Tory": after an indefinite article, one capitalised word that is a noun for
  // a party's member heads a description of one unnamed, neither a name nor a role and name: `member-noun.ts`.)
  const memberHead = nameFrom === np.end - 1 && /^(?:a|an|one|another)$/iu.test(tokens[np.start]!.text) && isMemberNoun(tokens[nameFrom]!.text);
  // "an angry Hollande": a determiner and adjectives before a name describe the moment, not the person.
  // ("the younger Mr. Trump" is another man than "Mr. Trump": only after "a" or "an").
  if (nameFrom > np.start && nameFrom < np.end && tokens.slice(np.start, nameFrom).every((t) => t.pos === 'DET' || t.pos === 'ADJ') && /^(?:a|an)$/iu.test(tokens[np.start]!.text) && nameFrom - np.start >= 2 && !ROLE_ACRONYM.test(tokens[np.end - 1]!.text) && !memberHead) {
    phrase = text.slice(tokens[nameFrom]!.start, tokens[np.end - 1]!.end);
  }
  // So does one compound adjective of lowercase words joined by hyphens, after "a" or "an" or alone ("an
  // ever-cautious Roe", "warm-and-fuzzy Roe said"): the tagger reads its parts apart, and the name is the speaker.
  const compoundFrom = np.start + (/^(?:a|an)$/iu.test(tokens[np.start]!.text) ? 1 : 0);
  if (phrase === all && nameFrom > compoundFrom && nameFrom < np.end && hyphenedAdjective(tokens, compoundFrom, nameFrom) && !memberHead) {
    phrase = text.slice(tokens[nameFrom]!.start, tokens[np.end - 1]!.end);
  }
  // A lowercase role before the name ("psychotherapist Jane Doe", "9/11 widow Mary Fetchet"): the name alone.
  if (nameFrom > np.start && nameFrom < np.end && !memberHead && !/^(?:DET|ADP)$/u.test(tokens[nameFrom - 1]!.pos) && !/['’]s$/u.test(tokens[nameFrom - 1]!.text)) {
    const lower = tokens.slice(np.start, nameFrom);
    // ("A former aide to ex-mayor Jane Roe told": the name is the one served, the aide the speaker.)
    // ("the author of the Telegram channel Northern Front wrote": the name is the work's or medium's the
    // person serves, after "of" and the noun of that work; the described author speaks.)
    // (So after any preposition of where one works: "a commentator on the state channel Harbour One", "a
    // columnist for the paper Nordic Times".)
    const ofWork = lower.some((t) => /^(?:of|on|at|for|from|with|in)$/u.test(t.text)) && WORK_NOUN.test(tokens[nameFrom - 1]!.text);
    // ("the wife of fisherman Tom Reed said": the name after a relation, a preposition and the named one's own
    // trade is the preposition's object; the wife speaks, and is no role of Reed's.)
    const object = lower.length >= 3 && tokens[nameFrom - 2]!.pos === 'ADP' && objectOfPreposition(text.slice(tokens[np.start]!.start, tokens[np.end - 1]!.end));
    // ("A reporter from the Seoul-based Hanbit Ilbo asked": a name after a preposition and only an article,
    // adjectives or a hyphened compound is where the one described works; `preposition-object-name.ts`.)
    const workplace = nameAfterPreposition(tokens, np.start, nameFrom);
    // ("A source close to the PLACE-born minister NAME said": the name after a tie adjective and "to" or "with"
    // is the one the described is tied to, with that one's own role; the described speaks.)
    const tied = lower.some((t, i) => i >= 1 && TIE_ADJECTIVE.test(t.text) && /^(?:to|with)$/iu.test(lower[i + 1]?.text ?? '') && lower[i - 1]!.pos === 'NOUN');
    if (lower.some((t) => t.pos === 'NOUN') && !ofWork && !object && !workplace && !tied && !servesNamed(text.slice(tokens[np.start]!.start, tokens[nameFrom - 1]!.end).split(/\s+/u))) {
      phrase = text.slice(tokens[nameFrom]!.start, tokens[np.end - 1]!.end);
      role = text.slice(tokens[np.start]!.start, tokens[nameFrom - 1]!.end).replace(/^(?:the|a|an)\s+/iu, '');
    }
  }
  // "U.S. Secretary of State Jane Roe": the title with "of" is the role, the name after it the speaker.
  const of = tokens.slice(np.start, np.end).findIndex((t) => t.text === 'of');
  const named = of > 0 ? titledNameStart(tokens, np.start + of, np.end) : -1;
  // (Not a saint's "St." taken for the title: "Residents of St. Clair Street" is no "Clair Street".)
  if (named >= 0 && !/^(?:St\.?|Saint)$/u.test(tokens[named - 1]!.text) && tokens.slice(np.start, np.start + of).every((t) => t.pos === 'PROPN' || t.text === '.')) {
    phrase = text.slice(tokens[named]!.start, tokens[np.end - 1]!.end);
    role = text.slice(tokens[np.start]!.start, tokens[named - 1]!.end);
  }
  // "Others, including Jane Roe of the Delta Institute, described it as ...": a group that names one member
  // only puts her words forward.
  const member = includedMember(tokens, np);
  if (member) return { phrase: text.slice(tokens[member.start]!.start, tokens[member.end - 1]!.end), role: null, via, cue };
  if (np.appositive) {
    const [a, b] = np.appositive;
    let appositive = text.slice(tokens[a]!.start, tokens[b - 1]!.end).trim();
    // "A driver for the former mayor, Jane Roe, said": the name set off after a person served names that person
    // as often as the driver, so the described driver speaks; "A representative of the developer, Harbour
    // Holdings, said": a body's name set off after a person's noun is the body, and its representative speaks.
    if (b <= np.start && /^(?:a|an|one)$/iu.test(tokens[a]!.text)) {
      const words = appositive.replace(/,$/u, '').split(/\s+/u);
      const body = classifyProperName(text.slice(tokens[np.start]!.start, tokens[np.end - 1]!.end)) === 'organisation';
      if (servesNamed(words) || (body && personBeforePreposition(words)) || (personBeforePreposition(words) && roleOfOtherSex(appositive, text.slice(tokens[np.start]!.start, tokens[np.end - 1]!.end)))) return { phrase: appositive.replace(/,$/u, ''), role: null, via, cue };
    }
    // After the name it runs to the sentence end, where time and place words are no part of the role.
    if (np.trailing) appositive = roleWithoutTimeTail(appositive).trim();
    // ("wrote the economists NAME1, NAME2 and NAME3": names set off after the name are the rest of a list it opens,
    // no role; the first alone did not write it, and a list of people is credited to no one here.)
    if (namesListedAfter(appositive) && listedPersonName(phrase)) return null;
    if (isRoleAppositive(appositive)) role = appositive;
  }
  if (NAMING.has(cue) && via !== 'before') return null;
  return { phrase, role, via, cue };
}

/** Whether an adverb, then a participle in -ing, open the words set off at `k`: "Jane Roe, also campaigning in Linden, said". */
function adverbParticiple(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.pos === 'ADV' && /^[\p{Ll}]+$/u.test(tokens[k]!.text) && tokens[k + 1]?.pos === 'VERB' && /[\p{Ll}]ing$/u.test(tokens[k + 1]!.text);
}

/** A day of the week. */
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
