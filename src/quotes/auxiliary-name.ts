/**
 * Names opening on a word that is also an auxiliary ("Do Thi Hoa", "Will Hartigan", "Can Erdem"): where that word is
 * the name's first and where it is a question's auxiliary ("Will Moscow agree?", "Can Seoul respond?").
 */
import type { Token } from './tagged-sentence.ts';
import { modalNameOpening } from './speaker-phrases.ts';
import { isDocumentPerson } from './names.ts';

// A run opening on an auxiliary that is also a name ("Do", "Will", "Can") before further capitalised words.
const AUXILIARY_NAME_RUN = /^(?:Do|Will|Can)[ \t]+[\p{Lu}]/u;
// What may stand before a sentence's first word: nothing, or the end of the sentence before (a colon opens a
// question as well: 'He asked: Will ...'), then perhaps an opening quotation mark or bracket.
const SENTENCE_START_BEFORE = /(?:^|[.!?:;][)"”’]?)[\s"“‘(]*$/u;
const SENTENCE_END = /[?!]|\.(?=[\s"”’)]*(?:$|[\p{Lu}"“]))/u;
const FINITE_OR_SET_OFF = /^(?:,|\s+(?:[\p{Ll}]+ly\s+)?(?:[\p{Ll}]+ed|[\p{Ll}]+[^s\W]s|said|told|wrote|spoke|gave|took|made|got|sent|left|went|came|ran|won|lost|held|led|met|saw|felt|thought|knew|began|became|sold|bought|kept|brought|stood|sat|has|is|was|does)\b)/u;
const ABBREVIATION_BEFORE_STOP = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Prof|Rev|Fr|Jr|Sr|Lt|Col|Capt|Sgt|No|[\p{Lu}])$/u;

/**
 * Whether a capitalised run at `at` in `text` opening on "Do", "Will" or "Can" keeps that word as the first of a
 * name: anywhere but at a sentence's opening ("said Will Hartigan", "the trader Do Thi Hoa"), and there unless the
 * sentence is a question ("Will Kim Jong Un attend?", where the word is the question's auxiliary).
 */
export function auxiliaryOpensName(text: string, at: number, run: string): boolean {
  if (!AUXILIARY_NAME_RUN.test(run)) return false;
  if (!SENTENCE_START_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return true;
  // (At the opening, only before a comma setting words off or a verb no auxiliary takes, past or in "-s": "Do Thi
  // Hoa, a trader, ...", "Will Hartigan said ...", never "Will Putin tell ...", a question whatever its stops.)
  if (!FINITE_OR_SET_OFF.test(text.slice(at + run.length, at + run.length + 40))) return false;
  // The sentence's end: the first question or exclamation mark, or a full stop after no abbreviation.
  let from = at + run.length;
  for (;;) {
    const m = SENTENCE_END.exec(text.slice(from));
    if (!m) return true;
    const end = from + m.index;
    if (m[0] !== '.' || !ABBREVIATION_BEFORE_STOP.test(text.slice(Math.max(0, end - 6), end))) return m[0] !== '?';
    from = end + 1;
  }
}

// A capitalised run opening on "Do", "Will" or "Can": the auxiliary and one to three capitalised words, no capitalised
// word joined after them.
const AUXILIARY_RUN = /(?<![\p{L}\p{N}'’.-])(?:Do|Will|Can)\s+[\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+){0,2}(?![\p{L}\p{N}'’-])(?!\s+[\p{Lu}])/gu;

/**
 * The names in one document that open on a word also an auxiliary ("Do Thi Hoa", "Will Hartigan", "Can Erdem"):
 * runs standing where `auxiliaryOpensName` reads the word as the name's first, the rest read as a person's name.
 * Handed to `names.ts` as the document's people, so that a credit to the name keeps its first word.
 */
export function auxiliaryOpeningNames(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of paragraphs) {
    // (Most documents hold none of the three words capitalised: told by a plain search first.)
    if (!text.includes('Do ') && !text.includes('Will ') && !text.includes('Can ')) continue;
    AUXILIARY_RUN.lastIndex = 0;
    for (let m = AUXILIARY_RUN.exec(text); m !== null; m = AUXILIARY_RUN.exec(text)) {
      if (!out.includes(m[0]) && auxiliaryOpensName(text, m.index, m[0]) && modalNameOpening(m[0])) out.push(m[0]);
    }
  }
  return out;
}

/**
 * Where a speech verb's subject, read by the tagger as the proper nouns from `start` to `end`, really opens: one token
 * earlier when that token is a capitalised "Do", "Will" or "Can" the tagger took for an auxiliary and the document
 * shows the words with it as a person's name (`auxiliaryOpeningNames`). Else `start`.
 */
export function auxiliaryNameStart(text: string, tokens: readonly Token[], start: number, end: number): number {
  const aux = tokens[start - 1];
  if (!aux || !/^(?:Do|Will|Can)$/u.test(aux.text) || aux.end === tokens[start]!.start) return start;
  if (!tokens.slice(start, end).every((t) => t.pos === 'PROPN')) return start;
  return isDocumentPerson(text.slice(aux.start, tokens[end - 1]!.end)) ? start - 1 : start;
}
