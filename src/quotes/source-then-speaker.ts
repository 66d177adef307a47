/**
 * An "according to" source before the quote, then a clause with a verb of saying of its own: "According to Jo
 * Brin, who heard it from his brother, the coach said at half-time: "..."", "According to PC Ada Dunn, a neighbour
 * heard the victim shout "..."". The source only reports what the clause tells; the one the clause has speak is
 * its subject, never the source. Kept apart from `grammar-credits.ts`, whose `namedReporterAfter` takes such a
 * subject only when it is a name, "he"/"she" or a person's title the lexicon holds.
 */
import { isKindOf } from '../text/wordnet.ts';
import { subjectOf } from './grammar-phrases.ts';
import { isPersonNoun, PERSON_NOUNS, TITLES } from './speaker-phrases.ts';
import { isCue, LINE_BREAK, type Token } from './tagged-sentence.ts';

/**
 * Whether, between the end of an "according to" source (`from`) and the quote at `q`, a finite verb of saying has a
 * subject of its own that opens after the source and is one person described by a noun of a person ("the coach",
 * "the victim", "a neighbour"): then the source is not the speaker. (Not a body or many, "both sides expressed
 * readiness "..."": the source may be giving their joint words in its own.)
 */
export function speakerClauseAfterSource(tokens: readonly Token[], from: number, q: number): boolean {
  for (let j = from; j < q; j++) {
    const t = tokens[j]!;
    if (t.quote >= 0 || t.text === LINE_BREAK) return false;
    // (A participle, "saying", hangs on a clause; "according" is the source's own word.)
    if (t.lemma === 'accord' || /ing$/iu.test(t.text) || !isCue(t, tokens[j - 1])) continue;
    const np = subjectOf(tokens, j);
    if (!np || np.start < from || np.end <= np.start) continue;
    const words = tokens.slice(np.start, np.end);
    // (A relative pronoun, "who told him", is the source's own clause: read on to the main one.)
    if (words.some((w) => w.pos === 'PRON')) continue;
    // (The head is the noun before any preposition: "a spokesman for the port" is a spokesman's.)
    const adp = words.findIndex((w, k) => k > 0 && w.pos === 'ADP');
    const head = (adp > 0 ? words[adp - 1] : words.at(-1))!;
    if (head.pos !== 'NOUN' || !/^(?:a|an|the|one)$/iu.test(words[0]!.text)) continue;
    const noun = head.text.toLowerCase();
    if (PERSON_NOUNS.has(noun) || TITLES.has(noun) || isPersonNoun(noun) || isKindOf(noun, 'person', 8, 1)) return true;
  }
  return false;
}
