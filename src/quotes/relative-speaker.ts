/**
 * Relative clauses of speech, and who speaks in them.
 *
 * A relative clause set off by a comma that closes on the quote's colon, its verb one of speech or writing:
 * `Heale wrote to the harbour board, which replied on Monday: "..."`, `Rusk received a letter from the council,
 * which read: "..."`, `Locals met the Ports Board, whose chairman said: "..."`, `Lund went to Oster Hall, where
 * the mayor said: "..."`. The words are the clause's (the antecedent's, or the one it names), never those of the
 * main clause's subject, who only wrote to, received or visited it.
 *
 * A quote inside a relative clause whose verb is speech: in `The panel was chaired by Jane Roe, who opened by
 * asking whether the deal was "a marriage of convenience".` the words are Jane Roe's, the antecedent of "who".
 * The general reading finds no subject for the clause's verb ("who" is no one's name) and gives up.
 * (PolNeAR train: the judgeable pronoun/description row 3 more right and 1 fewer wrong; the raw row counts 4
 * more wrong, each a quote whose gold source is the bare "who", read by hand: the antecedent the engine gives,
 * as in "Jaan Saar, who called the rival nominee "not fit to lead"". Names unchanged.)
 */
import { isSpeechVerb } from './attribution.ts';
import { nameEnding } from './names.ts';
import { isRoleNoun } from './speaker-phrases.ts';

// A relative clause closing on the quote's colon, the one pattern both readers of such a clause use: a comma, the
// relative word, then the clause up to the colon with no other clause mark or quote in it.
// (A name may stand set off inside it: "whose chairman, Leo Vant, said:".)
const RELATIVE_COLON = /,\s+(which|who|whose|where)\s+([^,;:_"“”«»()—–]{1,120}?(?:,\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*,\s+[^,;:_"“”«»()—–]{1,60}?)?)\s*:\s*$/u;
// The same clause with the quote inside it, its verb of speech the clause's own, right after "which" or "whose"
// and its noun (with no subject of its own between): `Lind cited the Marsh Trust, which estimates that "..."`.
// (A reply too: `Berg said she had written to the agency, which replied that the road was "..."` is the agency's, not
// Berg's.)
const RELATIVE_OPEN = /,\s+(?:which|whose\s+[\p{Ll}]+)\s+(?:(?:had|has|have|also|then|later|now|long|once|itself|recently|previously|in\s+turn|[\p{Ll}]+ly)\s+)*(?:said|says|estimates|estimated|warns|warned|claims|claimed|argues|argued|insists|insisted|states|stated|calls|called|describes|described|predicts|predicted|reports|reported|wrote|writes|written|told|replied|replies|responded|responds|answered|answers|confirmed|confirms|assured|assures|explained|explains|wrote\s+back)\s+(?:that\s+)?[^,;:_"“”«»()—–]{0,80}$/u;
// The same clause opening on "who" after a name or a person, its verb of speech right after it, the quote inside:
// `Abbott said she had called Dunn, who told her the bridge was "..."` (Dunn's words, not Abbott's).
// (Or a verb of naming with its object: `..., who called her risotto "..."`, `who described the plan as "..."`;
// or of speaking about a thing: `Holt pointed to Dube, who had spoken of "..." in July` is Dube's word.)
const RELATIVE_WHO_OPEN = /,\s+who\s+(?:(?:had|has|have|also|then|later|now|once|recently|previously|in\s+turn|[\p{Ll}]+ly)\s+)*(?:said|says|told|tells|replied|warned|insisted|claimed|argued|wrote|added|explained|assured|promised|answered|called|calls|dubbed|branded|labell?ed|termed|described|describes|(?:spoke|spoken|speaks|talked|talks|warned)\s+(?:of|about))\s+(?:(?:him|her|them|me|us|reporters)\s+)?(?:that\s+)?[^,;:_"“”«»()—–]{0,80}$/u;

// (Or a verb that carries words to someone, the quote what they are thanked for: `..., who thanked the town for its
// "..."`, `who congratulated her on her "..."`: the thanks are the thanker's words, as in a main clause.)
const RELATIVE_WHO_THANKS = /,\s+who\s+(?:(?:had|has|also|then|later|warmly|personally)\s+)*(?:thanked|congratulated|commended)\s+[^,;:_"“”«»()—–]{1,60}?\s+(?:for|on)\s+(?:its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Where the comma opening a "who" clause of speech that holds the quote stands in `before`, or -1. */
export function relativeWhoSays(before: string): number {
  const m = RELATIVE_WHO_OPEN.exec(before) ?? RELATIVE_WHO_THANKS.exec(before);
  return m ? m.index : -1;
}

// Verbs of speech or writing the speech-verb list may not hold in the forms a relative clause uses.
const SPEAKING = /^(?:said|says|replied|replies|responded|responds|answered|answers|wrote|writes|read|reads|stated|states|warned|warns|told|tells|added|adds|declared|declares|announced|announces|insisted|insists|posted|posts|tweeted|tweets|explained|explains|concluded|concludes|began|begins|opened|opens|ran|runs|chanted|chants|shouted|shouts|yelled|sang|sings|cried|screamed|asked|asks|urged|pleaded|joked|quipped|noted|remarked|commented|argued|claimed|vowed|promised|pledged|boasted|complained|protested|recalled|admitted|conceded|ruled|rules|decided|decides|found|finds|concluded|judged|stated|written|spoken)$/u;
// What "whose" may own that is words: "whose reply came a week later:".
const WORDS_NOUN = /^(?:reply|replies|answer|answers|response|responses|verdict|message|statement|letter|note|words|comment|comments|advice|warning|retort|motto|slogan)$/u;
// A document: what the subject issued, sent or wrote may say the subject's own words ("Roe issued a statement,
// which read: ...").
// (A time may follow it: "issued a statement on Monday, which read:".)
const DOCUMENT = /\b(?:letter|statement|note|post|tweet|message|e-?mail|memo|release|notice|card|text|sign|banner|placard|leaflet|flyer)s?(?:\s+(?:on|last|this|early|late)\s+(?:[\p{Lu}][\p{Ll}]+day|week|month|year|night|morning|afternoon|evening|weekend))?$/u;
const OWN_DOCUMENT_VERB = /\b(?:issued|released|published|posted|sent|wrote|penned|signed|drafted|put\s+out|shared|tweeted|read\s+out|handed\s+out|circulated|emailed|delivered|left|pinned|held\s+up|carried|waved)\b/u;

// A document's recipient named after it: "to|for" and a person's full name (a first name, then one to three
// capitalised words), ending the words before the clause's comma.
const TO_PERSON = /\s+(to|for)\s+([\p{Lu}][\p{Ll}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){1,3}$/u;

/**
 * Where the relative clause's comma stands in `before` (the quote's sentence up to the quote's opening mark,
 * quotes masked) when it ends in such a clause; with `ownDocument` when its antecedent is a document the words
 * before it say the subject issued ("Roe sent a letter to Kask, which said:"), and no "from" or "by" names
 * another writer. Null when `before` does not end so. `firstName` tells a person's first name (for a document
 * sent to a person named before "which").
 */
export function relativeColonClause(before: string, firstName?: (word: string) => boolean): { comma: number; ownDocument: boolean } | null {
  const open = RELATIVE_OPEN.exec(before);
  if (open) return { comma: open.index, ownDocument: false };
  if (!before.includes(':')) return null;
  const m = RELATIVE_COLON.exec(before) ?? RELATIVE_COLON.exec(withoutMannerAside(before));
  if (!m) return null;
  // (A request the clause tells is no speech of the quote's: "the Ports Board, which had asked for her views:" is
  // answered by the main clause's subject; the words from "asked for" or "asked her to" on are left out.)
  const words = m[2]!.replace(/\b(?:asked|asks|asking|requested|requests)\s+(?:(?:him|her|them|us|me|it)\s+)?(?:for|to)\b.*$/u, '').split(/\s+/u).filter((w) => w.length > 0).map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
  // ("whose" may own the words instead: "the Ports Board, whose reply was short:".)
  const owned = m[1] === 'whose' && WORDS_NOUN.test((words[0] ?? '').toLowerCase());
  if (!owned && !words.some((w) => SPEAKING.test(w.toLowerCase()) || isSpeechVerb(w))) return null;
  const head = before.slice(0, m.index);
  // (The antecedent: the words before the comma back to a preposition or a verb; a document only for "which".)
  const antecedent = /(?:^|\s)((?:(?:a|an|the|his|her|their|its|my|our)\s+)?(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)$/u.exec(head)?.[1] ?? '';
  // ("which" right after a person's name, whom it cannot stand for, takes the document sent to them: "Tamm sent an
  // email to Sela Dunn, which said:" is the email's, so the sender's.)
  const toPerson = m[1] === 'which' && firstName ? TO_PERSON.exec(head) : null;
  const recipient = toPerson && firstName!(toPerson[2]!) ? toPerson : null;
  const doc = m[1] === 'which' && (DOCUMENT.test(head) || (recipient !== null && DOCUMENT.test(head.slice(0, recipient.index))));
  const ownDocument = doc && OWN_DOCUMENT_VERB.test(head) && !/\s(?:from|by)\s+[^,]*$/u.test(head) && antecedent.length > 0;
  return { comma: m.index, ownDocument };
}

// A short aside of manner or time set off by a comma right before the colon: ", half in jest:", ", smiling:",
// ", years later:" (one to four lowercase words).
const MANNER_ASIDE = /,\s+((?:[\p{Ll}]+\s+){0,3}[\p{Ll}]+)\s*:\s*$/u;
// (Nor a relative word: ", who snapped:" is the clause itself, no aside.)
const ASIDE_SPEAKER = /^(?:he|she|they|i|we|you|it|one|who|whom|whose|which|where|that)$/u;

/**
 * `before` with a short aside of manner set off before its closing colon taken out ("..., who told her, half in
 * jest:" read as "..., who told her:"), so the relative clause of speech is seen through it; `before` itself when
 * there is none, or when the aside holds a verb of speech or a pronoun that may be a credit of its own
 * (", he says:", ", she recalled:").
 */
function withoutMannerAside(before: string): string {
  const m = MANNER_ASIDE.exec(before);
  if (!m) return before;
  const words = m[1]!.split(/\s+/u);
  if (words.some((w) => ASIDE_SPEAKER.test(w) || SPEAKING.test(w) || isSpeechVerb(w) || PARTICIPLE_OF(w))) return before;
  return `${before.slice(0, m.index)}:`;
}

// A name of two to four capitalised words, a comma, "who", then the clause up to the quote's opening mark with
// no comma, colon or other quote in it.
// (Or an aside in parentheses: "Jane Roe (who spoke of "..." at the briefing)".)
// (A surname alone, "by Roe, who said", is read too; the caller keeps it only when the document names that person.)
// (A role set off after the name is the same person: "Rep. Walt Brenner, a Democrat, who told ...", up to six words
// long: "Tom Vale, a former Norland envoy to Oslo, who has called ...".)
// (Or a role with "the", its head a lowercase noun: "Kask, the port's spokesman, who told reporters ...".)
const RELATIVE = /((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)(?:,\s+(?:(?:a|an)\s+(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+|the\s+(?:[\p{L}'’-]+\s+){0,4}[\p{Ll}][\p{Ll}'’-]*))?(?:,\s+|\s+\(\s*)who\s+([^,;:_"“”«»()]{3,160})$/u;
// A capitalised word and a word that joins a body's name ("Centre for", "Institute of", "Council on") or a place
// to it ("Institute in", "Studies at") right before a name: the name is the tail of the body's, or its place.
const BODY_NAME_JOIN_BEFORE = /[\p{Lu}][\p{L}'’.-]*\s+(?:for|of|on|in|at)\s+(?:the\s+)?$/u;
// A name, a role set off after it opening on "a" or "an" and up to twenty words with no clause mark, then ", who"
// and the clause: "Jane Roe, a researcher at the Carrow-based Centre for Harbour Studies, who told ...".
const LONG_ROLE_RELATIVE = /((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*),\s+(?:a|an)\s+(?:[\p{L}'’-]+\s+){0,19}[\p{L}'’-]+,\s+who\s+([^,;:_"“”«»()]{3,160})$/u;
// A programme's or paper's title in quotation marks before its noun is a name, not a quote in the clause: "who
// told the "Harbour Talk" podcast that ...". (Quotes are masked as underscores or their marks in the text read.)
// (`PROGRAMME_NOUNS`, the nouns of a medium or a programme a title in quotation marks may stand before.)
export const PROGRAMME_NOUNS = String.raw`(?:podcast|show|programme|program|broadcast|newsletter|blog|magazine|newspaper|channel|series|column)`;
const TITLE_BEFORE_MEDIUM = new RegExp(String.raw`(\b(?:the|a|an|his|her|their|its)\s+)[_"“”]+(\s+${PROGRAMME_NOUNS}\b)`, 'gu');

// Forms of the reporting verbs that the speech-verb list holds only in part ("asking", "saying").
const PARTICIPLE_OF = (w: string): boolean => /ing$/u.test(w) && (isSpeechVerb(w) || isSpeechVerb(`${w.slice(0, -3)}ed`) || isSpeechVerb(`${w.slice(0, -3)}s`) || isSpeechVerb(`${w.slice(0, -3)}es`));

// What a relative clause closing on the colon holds when its antecedent speaks: a verb of speech or writing alone
// (a manner of speaking too: "heckled by a farmer, NAME, who shouted:"; with a time or a medium at most), "The mayor met Tom Poe, who said: "..."", "by an account called Rovers
// Forever, which wrote: "..."".
// (The time may stand before the verb too: "Tom Poe, who on Monday said: ...".)
const SOLE_VERB = /^(?:(?:later|then|once|earlier|on\s+[\p{Lu}][\p{Ll}]+day|last\s+(?:week|month|night|year)|this\s+(?:week|morning|month))\s+)?(?:wrote|said|says|writes|posted|added|replied|answered|asked|asks|tweeted|warned|shouted|yelled|screamed|cried|snapped|retorted|responded|insisted|explained|declared|told\s+(?:him|her|them|me|us|reporters))(?:\s+(?:on\s+[\p{Lu}][\p{Ll}]+day|last\s+(?:week|month|night)|this\s+(?:week|morning)|in\s+(?:a|an)\s+(?:statement|email|e-mail|letter|interview)|on\s+(?:Twitter|Facebook|X|social\s+media)))?$/u;
// The antecedent: a name of one to five capitalised words right before the clause's comma, "the" before it for a
// body ("which" only after a body's name with "the" or a name given by "called"/"named": a thing's name is no
// speaker).
const ANTECEDENT_NAME = /(?:^|[\s(])((?:the\s+)?(?:[\p{Lu}][\p{L}'’.&-]*\s+){0,4}[\p{Lu}][\p{L}'’-]*)$/u;
// A name set off after a comma, then the place its bearer is in or from: ", Gary Boyd from Leeds". (Or after
// "from" or "by", whose words are read out: "This one is from Gary Boyd in Leeds, who writes:".)
const PLACED_ANTECEDENT = /(?:,|\b(?:from|by))\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*)\s+(?:in|from)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*$/u;
const CALLED_BEFORE = /\b(?:called|named)\s+$/u;

/**
 * The name right before a relative clause of nothing but a verb of speech closing on the colon that opens the quote
 * (`RELATIVE_COLON` read at the last comma of `before`, so no name set off inside it), with the relative word and
 * where the name starts in `before`; else null.
 */
function soleVerbClause(said: string): { name: string; word: string; start: number } | null {
  // (Or through a short aside of manner before the colon: "Tom Poe, who told her, smiling:"; the words before it
  // stand where they stood.)
  const plain = soleVerbClauseIn(said);
  if (plain) return plain;
  const before = withoutMannerAside(said);
  return before === said ? null : soleVerbClauseIn(before);
}

function soleVerbClauseIn(before: string): { name: string; word: string; start: number } | null {
  const comma = before.lastIndexOf(',');
  if (comma < 0) return null;
  const clause = RELATIVE_COLON.exec(before.slice(comma));
  if (!clause || (clause[1] !== 'who' && clause[1] !== 'which') || !SOLE_VERB.test(clause[2]!)) return null;
  // ("a listener, Gary in Ohio, who asks:": where one lives or writes from, after the name, is no antecedent.)
  const placed = clause[1] === 'who' ? PLACED_ANTECEDENT.exec(before.slice(0, comma)) : null;
  if (placed) return { name: placed[1]!, word: 'who', start: placed.index + placed[0].indexOf(placed[1]!) };
  const name = ANTECEDENT_NAME.exec(before.slice(0, comma));
  if (!name) return null;
  const start = name.index + name[0].indexOf(name[1]!);
  // ("an email from a listener, a retired engineer in Port Alder, who wrote:": a name after "in", "at" or "near" is
  // where the one before it lives or works, a place, and "who" is never a place; the person is no name here.)
  if (clause[1] === 'who' && PLACE_PREPOSITION_BEFORE.test(before.slice(0, start))) return null;
  return { name: name[1]!, word: clause[1]!, start };
}

// A preposition of place right before a name ("in", "at", "near", "outside"), so the name is the place.
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|outside)\s+$/u;

/**
 * The antecedent of "who" when a relative clause of nothing but a verb of speech closes on the colon that opens
 * the quote ("Roe wrote to Mayor Tom Poe, who replied: "...""), however the rest of the sentence reads; else null.
 */
export function relativeColonSpeaker(before: string): string | null {
  const colon = soleVerbClause(before);
  return colon ? whoAntecedent(colon) : null;
}

/**
 * The name of one placed by where they are ("Farid in Leeds", "a listener, Gary from Ohio") before a relative
 * clause of only a verb of speech closing on the quote's colon ("..., who writes:"), however short; else null.
 */
export function placedColonSpeaker(before: string): string | null {
  const comma = before.lastIndexOf(',');
  if (comma < 0) return null;
  const clause = RELATIVE_COLON.exec(before.slice(comma));
  if (!clause || clause[1] !== 'who' || !SOLE_VERB.test(clause[2]!)) return null;
  return PLACED_ANTECEDENT.exec(before.slice(0, comma))?.[1] ?? null;
}

/** The antecedent of a "who" (not "the ...") that `soleVerbClause` read, else null. */
function whoAntecedent(colon: { name: string; word: string }): string | null {
  return colon.word === 'who' && !/^the\s/u.test(colon.name) ? colon.name : null;
}

// An adjunct of time or manner set off by commas inside the last "who" clause ("who has, over the years, called
// it", "who, in 2019, wrote"): no clause of its own, so the clause reads on past it.
const WHO_ASIDE = /(\bwho\b[^,;:_"“”«»()]{0,120}?),\s+(?:(?:over|in|for|during|since|after|at|on|until|like)\s+[^,;:_"“”«»()]{1,40}|[\p{Ll}]+ly|of\s+course|once\s+again),(?=\s[^,;:_"“”«»()]*$)/u;

/**
 * The name before ", who" when the rest of `before` (the quote's sentence up to its opening mark, quotes
 * masked) is a relative clause holding exactly one verb of speech; null otherwise (a second verb of speech
 * may be someone else's: "..., who said Kask had told her ...").
 */
export function relativeSpeaker(before: string): string | null {
  const colon = soleVerbClause(before);
  if (colon) {
    const body = /^the\s/u.test(colon.name);
    const who = whoAntecedent(colon);
    if (who) return who;
    // (A body's name ends on a word of bodies, names.ts's `nameEnding`: "the Lowton Supporters Trust"; "the Harbour
    // Report, which said:" is a document.)
    if (colon.word === 'which' && ((body && nameEnding(colon.name.replace(/^the\s+/u, '')) === 'body') || CALLED_BEFORE.test(before.slice(0, colon.start)))) return colon.name;
    return null;
  }
  const read = before.replace(TITLE_BEFORE_MEDIUM, '$1Title$2').replace(WHO_ASIDE, '$1').replace(/\s+$/u, '');
  let m = RELATIVE.exec(read);
  // (A name that is the tail of a body's longer name, "Jane Roe, a researcher at the Carrow-based Centre for Harbour
  // Studies, who told ...", is no antecedent: the role set off after the person ran past the six words `RELATIVE`
  // allows. The person before such a role is read instead, or no one.)
  if (m && BODY_NAME_JOIN_BEFORE.test(read.slice(0, m.index))) m = LONG_ROLE_RELATIVE.exec(read);
  if (m && BODY_NAME_JOIN_BEFORE.test(read.slice(0, m.index))) return null;
  // A dash closes the relative clause ("X -- John McCain, who lost in 2008 -- said ..."): the verb after it
  // is the main clause's.
  if (!m || /\s--\s|[—–―]/u.test(m[2]!)) return null;
  const words = m[2]!.toLowerCase().split(/\s+/u).map((w) => w.replace(/[^\p{L}]/gu, ''));
  // ("spoke of" reports words too: "who spoke of "..."", "who had spoken of "..."", "who talked about "..."".)
  const speech = words.filter((w, i) => isSpeechVerb(w) || PARTICIPLE_OF(w) || (/^(?:spoke|speaks|spoken|talked|talks)$/u.test(w) && /^(?:of|about)$/u.test(words[i + 1] ?? '')));
  // (Or thanks with the quote what they were for, `RELATIVE_WHO_THANKS`: "who thanked the town for its "..."".)
  if (speech.length === 0 && RELATIVE_WHO_THANKS.test(before)) return m[1]!;
  return speech.length === 1 ? m[1]! : null;
}

// A body's capitalised name ending the words before the relative clause's comma ("from the Royal Institute of
// Maritime Studies"), with the word before it.
const BODY_BEFORE_COMMA = /(?:^|\s)([\p{Ll}]+)?\s*((?:[Tt]he\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*[\p{Lu}][\p{L}'’-]*)*)$/u;

/**
 * `The clerk read a submission from the Marsh Trust, which said that ships had been "..."`: a relative clause of
 * "which" and a verb of speech right after it, holding the quote, whose antecedent is a body's capitalised name:
 * the body speaks (whether "which" is the body or the paper it sent). Not a body the words were sent "to". The
 * name, or null.
 */
export function bodyWhichSpeaker(before: string, isBody: (name: string) => boolean): string | null {
  const open = RELATIVE_OPEN.exec(before);
  if (!open || !/^,\s+which\s/u.test(open[0])) return null;
  const m = BODY_BEFORE_COMMA.exec(before.slice(0, open.index));
  if (!m || m[1] === 'to' || m[1] === 'for') return null;
  const name = m[2]!;
  return /\s/u.test(name) && isBody(name) ? name : null;
}

/**
 * Whether `name`, the antecedent `relativeSpeaker` read in `before`, has a role set off after it whose head is a noun
 * of a person's office or calling ("Kask, the port's spokesman, who told ..."): the text itself tells that the one
 * word names a person, though it names them nowhere in full.
 */
export function roleSetOffBeforeWho(before: string, name: string): boolean {
  const at = before.lastIndexOf(`${name}, `);
  if (at < 0) return false;
  const m = /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}([\p{Ll}][\p{Ll}'’-]*),\s+who\s/u.exec(before.slice(at + name.length));
  return m !== null && isRoleNoun(m[1]!);
}
