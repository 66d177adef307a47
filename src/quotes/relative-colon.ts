/**
 * A relative clause set off by a comma that closes on the quote's colon, its verb one of speech or writing:
 * `Heale wrote to the harbour board, which replied on Monday: "..."`, `Rusk received a letter from the council,
 * which read: "..."`, `Locals met the Ports Board, whose chairman said: "..."`, `Lund went to Oster Hall, where
 * the mayor said: "..."`. The words are the clause's (the antecedent's, or the one it names), never those of the
 * main clause's subject, who only wrote to, received or visited it.
 */
import { isSpeechVerb } from './attribution.ts';

// The relative word right after the last comma before the colon, then the clause up to the colon with no other
// clause mark or quote in it.
// (A name may stand set off inside it: "whose chairman, Leo Vant, said:".)
const RELATIVE_TAIL = /,\s+(which|who|whose|where)\s+([^,;:_"“”«»()—–]{1,120}?(?:,\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*,\s+[^,;:_"“”«»()—–]{1,60}?)?)\s*:\s*$/u;
// The same clause with the quote inside it, its verb of speech the clause's own, right after "which" or "whose"
// and its noun (with no subject of its own between): `Lind cited the Marsh Trust, which estimates that "..."`.
const RELATIVE_OPEN = /,\s+(?:which|whose\s+[\p{Ll}]+)\s+(?:(?:had|has|have|also|then|later|now|long|once|itself|recently|previously|in\s+turn|[\p{Ll}]+ly)\s+)*(?:said|says|estimates|estimated|warns|warned|claims|claimed|argues|argued|insists|insisted|states|stated|calls|called|describes|described|predicts|predicted|reports|reported|wrote|writes|written|told)\s+(?:that\s+)?[^,;:_"“”«»()—–]{0,80}$/u;
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
  const m = RELATIVE_TAIL.exec(before);
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
