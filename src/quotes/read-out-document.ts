/**
 * "Niamh read the message out on air: "..."", "Ben read out a letter from a neighbour: "..."": one who reads out a
 * message, a letter or an email before a colon voices someone else's written words. The words are the writer's:
 * the one the document is "from", or the one the same sentence says sent it ("Their aunt texted Ben, and Ben read
 * the message aloud: ..."); when neither is told, no one, never the reader.
 */
import { nounPhraseAfter, type Phrase, subjectOf } from './grammar-phrases.ts';
import type { Token } from './tagged-sentence.ts';

// Things one person writes to another and someone else may read out. (Not a statement or a speech: a
// spokesman reading his body's statement speaks for it, and is left to the readings that credit him.)
const WRITTEN_TO_SOMEONE = /^(?:messages?|e-?mails?|letters?|texts?|notes?|postcards?|cards?|posts?|tweets?|telegrams?|voicemails?)$/iu;

// Verbs by which a message reaches someone: their subject wrote it.
const SENDING = /^(?:text|email|e-mail|message|send|write|post|tweet|wire|telegraph)$/u;

// Words that may stand between the verb of reading and the document: the particle, an article or a demonstrative,
// a few adjectives ("the whole message", "a short email").
const BEFORE_DOCUMENT = /^(?:out|aloud|the|a|an|this|that|one|whole|short|long|new|latest|last|first|entire|full)$/iu;

/**
 * When the verb at `verb` reads out a document written to someone (its object a message, letter, email, ...,
 * before the colon at `colon`): the writer's noun phrase when the sentence tells it, else null. Undefined when the
 * verb is no reading of such a document, or the document is owned by a possessive ("read her own letter", "read
 * his note"), which may be the reader's own words.
 */
export function documentReadOut(tokens: readonly Token[], verb: number, colon: number): Phrase | null | undefined {
  const t = tokens[verb];
  if (!t || !/^(?:read|recite)$/u.test(t.lemma)) return undefined;
  let k = verb + 1;
  while (k < colon && BEFORE_DOCUMENT.test(tokens[k]!.text)) k++;
  if (k >= colon || !WRITTEN_TO_SOMEONE.test(tokens[k]!.text) || tokens[k]!.pos !== 'NOUN') return undefined;
  // (At least an article or a demonstrative before the noun: "read texts for a living" tells of a trade.)
  if (!tokens.slice(verb + 1, k).some((x) => /^(?:the|a|an|this|that|one)$/iu.test(x.text))) return undefined;
  // "a message from her mother": the one it is from wrote it.
  if (tokens[k + 1]?.lemma === 'from') {
    const from = nounPhraseAfter(tokens, k + 2);
    if (from && from.end <= colon) return { start: from.start, end: from.end };
    return null;
  }
  // "Their aunt wrote to Ben, and Ben read the letter aloud": the subject of a verb of sending earlier in the sentence,
  // when it is not the reader.
  const reader = subjectOf(tokens, verb);
  for (let i = verb - 1; i >= 0; i--) {
    const x = tokens[i]!;
    if (x.quote >= 0 || /^[.;:!?\n]$/u.test(x.text)) break;
    if (x.pos !== 'VERB' || !SENDING.test(x.lemma)) continue;
    const sender = subjectOf(tokens, i);
    if (sender && (!reader || sender.start !== reader.start)) return sender;
    break;
  }
  return null;
}
