/**
 * The words after an inverted description that tell which person it is: `"...," said a source close to the
 * campaign`, `"...," said one Whig who helped plan the event, who ...`, `"...," said the former top aide
 * to the governor.` Cut at the head noun, "a source" or "one Whig" says nothing and reads as the same
 * person as every other "a source" in the article; the whole phrase is the speaker's description.
 */
import type { Phrase } from './grammar-phrases.ts';
import { parseSpeakerPhrase } from './speaker-phrases.ts';
import type { Token } from './tagged-sentence.ts';

// Words that open a description with no name of its own.
const OPENER = /^(?:a|an|the|one|another|some)$/iu;
// Prepositions that tie a person to whom or what they work for, know or come from.
const LINK = new Set(['to', 'for', 'of', 'at', 'in', 'from', 'with', 'on', 'inside', 'within']);
// Adjectives and participles before such a preposition: "close to", "familiar with", "involved in".
const BRIDGE = /^(?:close|closest|familiar|involved|briefed|based|allied|aligned|loyal|opposed|linked|connected|tied|working|knowledgeable)$/iu;
// A phrase of time or manner ends the description: "said a source at the station on Monday", "in an interview".
const ADJUNCT = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|weekend|month|year|night|morning|afternoon|evening|day|today|tonight|yesterday|time|eve|occasion|sidelines|margins|interview|statement|email|e-mail|call|conversation|speech|remarks|briefing|conference|tweet|post|text|message|phone|telephone|writing|person|private|public|recent|recently|advance|response|reply)$/iu;
const NOUNISH = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * `np` with its end moved past the prepositional phrases that close an inverted description (see the file
 * note), or `np` unchanged when it is no description, when a verb, a quote or a phrase of time falls in those
 * words, or when the sentence goes on past them other than by a comma. (Nor when the longer phrase would read
 * as a name with a role before it, "a spokesman for Jane Roe": the one described is not the one named.)
 */
export function withDescriptionTail(text: string, tokens: readonly Token[], np: Phrase): Phrase {
  // (A relative clause set off after it may stay: "one Whig who helped plan the event, who ...".)
  if (np.appositive && !/^(?:who|whose)$/iu.test(tokens[np.appositive[0]]?.text ?? '')) return np;
  if (!OPENER.test(tokens[np.start]?.text ?? '')) return np;
  const head = tokens[np.end - 1];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN') || np.end - np.start < 2) return np;
  let k = np.end;
  let end = np.end;
  while (k < tokens.length) {
    let p = k;
    if (BRIDGE.test(tokens[p]!.text) && LINK.has(tokens[p + 1]?.text.toLowerCase() ?? '')) p++;
    if (!LINK.has(tokens[p]!.text.toLowerCase()) || tokens[p]!.pos !== 'ADP') break;
    let m = p + 1;
    // The object of the preposition: determiners, adjectives, nouns and names.
    while (m < tokens.length && NOUNISH.has(tokens[m]!.pos) && tokens[m]!.quote < 0) m++;
    if (m === p + 1 || !/^(?:NOUN|PROPN)$/u.test(tokens[m - 1]!.pos)) break;
    if (tokens.slice(p + 1, m).some((t) => ADJUNCT.test(t.text))) break;
    // A name in those words makes the phrase a role before it ("the governor of the region Jane Roe"): the
    // grammar that reads titled names has its say, not this.
    if (parseSpeakerPhrase(text.slice(tokens[np.start]!.start, tokens[m - 1]!.end))?.type !== 'description') return np;
    end = m;
    k = m;
  }
  if (end === np.end) return np;
  const after = tokens[end];
  // The sentence ends there, or a comma sets off what follows ("..., who declined to be named").
  if (after && !/^[.,;!?]$/u.test(after.text)) return np;
  if (end - np.start > 16) return np;
  const parsed = parseSpeakerPhrase(text.slice(tokens[np.start]!.start, tokens[end - 1]!.end));
  return parsed?.type === 'description' && parsed.kind === 'unnamed' ? { ...np, end } : np;
}
