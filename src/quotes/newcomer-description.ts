/**
 * The words that brought in the one someone a bare description means: "Vos spoke to a senior Norlandic diplomat.
 * '...,' the diplomat told her." is the words of "a senior Norlandic diplomat", and "She met a member of the
 * Norlandic delegation. '...,' the delegate said." of "a member of the Norlandic delegation" (a member of a group
 * whose noun WordNet derives the description's noun from: delegation → delegate, commission → commissioner).
 * The fuller words are shown for the speaker, as "the delegate" alone could be any delegate.
 */
import { tag, taggerText } from './tagged-sentence.ts';
import { singular } from './speaker-phrases.ts';
import { bringsInAt } from './indefinite-holder.ts';
import { TIME } from './prepositional-head.ts';
import { derivedWords, isKindOf } from '../text/wordnet.ts';

// An article that may bring someone new in.
const ARTICLE = /(?<![\p{L}'’-])(?:a|an|another)(?=\s)/giu;
// Where the words after the article stop being one noun phrase: punctuation of a clause, a quote, a dash.
const CLAUSE_END = /[,;:!?()"“”_\n—–]|\.(?=\s|$)/u;
// A preposition that hangs a place, a body or a group on the noun: "a diplomat from Oslo", "a member of the ...".
const TIE = /^(?:of|from|for|at|in|with)$/iu;
// Words of the phrase between the article and its noun, and in the phrase the preposition takes.
const MODIFIER_POS = /^(?:ADJ|NOUN|PROPN|NUM)$/u;

interface Word {
  text: string;
  pos: string;
  end: number;
}

/**
 * The words, in `text` (narration before the sentence, quotes masked), that bring in the one newcomer of the role
 * `head` ("diplomat", "delegate") by "a", "an" or "another": the article, its modifiers, the noun and a phrase of
 * "of", "from", "for", "at", "in" or "with" after it. Null when the text brings in no such newcomer, or more than
 * one (then the description may mean either), or one whose words cannot be read as a noun phrase.
 */
export function newcomerDescription(text: string, head: string): string | null {
  if (!head) return null;
  let found: string | null = null;
  let count = 0;
  for (const m of text.matchAll(ARTICLE)) {
    if (!bringsInAt(text, m.index)) continue;
    const rest = text.slice(m.index);
    const end = rest.search(CLAUSE_END);
    const read = readNewcomer(end < 0 ? rest : rest.slice(0, end), head);
    if (read === undefined) continue;
    count++;
    found = read;
  }
  return count === 1 ? found : null;
}

/** The clause's words, as the tagger reads them, each with where it ends in `clause`. */
function words(clause: string): Word[] {
  const t = tag(taggerText(clause));
  const out: Word[] = [];
  let r = 0;
  for (let i = 0; i < t.values.length; i++) {
    if (t.pos[i] === 'SPACE') continue;
    const v = t.values[i]!;
    const at = clause.indexOf(v, r);
    if (at < 0) return [];
    r = at + v.length;
    out.push({ text: clause.slice(at, r), pos: t.pos[i]!, end: r });
  }
  return out;
}

/**
 * The newcomer `clause` (opening on its article) brings in when the role is `head`: the phrase, null when it brings
 * one in but its words are not read as a noun phrase, undefined when it brings in no one of that role.
 */
function readNewcomer(clause: string, head: string): string | null | undefined {
  const w = words(clause);
  if (w.length < 2 || w[0]!.pos !== 'DET') return clause.toLowerCase().includes(head) ? null : undefined;
  // The article's modifiers and noun: the last of them is the noun ("a senior Norlandic diplomat").
  let n = 1;
  while (n + 1 < w.length && n < 5 && MODIFIER_POS.test(w[n + 1]!.pos) && MODIFIER_POS.test(w[n]!.pos)) n++;
  if (!MODIFIER_POS.test(w[n]!.pos)) return undefined;
  const noun = singular(w[n]!.text.toLowerCase());
  const tie = TIE.test(w[n + 1]?.text ?? '') ? tiedPhrase(w, n + 2) : -1;
  // ("a spokesperson for the office of Minister of State Ana Roe": the phrase may go on with "of" phrases of its own.)
  let last = tie;
  // (Or "for" inside a title of capitalised words: "the office of Minister of State for External Affairs Ana Roe".)
  const goesOn = (k: number): boolean => /^of$/iu.test(w[k]?.text ?? '') || (/^for$/iu.test(w[k]?.text ?? '') && /^[\p{Lu}]/u.test(w[k - 1]?.text ?? '') && /^[\p{Lu}]/u.test(w[k + 1]?.text ?? ''));
  for (let more = 0; last >= 0 && more < 4 && goesOn(last + 1); more++) {
    const next = tiedPhrase(w, last + 2);
    if (next < 0) break;
    last = next;
  }
  // (The article in lower case, as it stands inside a sentence: "A senior official said" brings in "a senior official".)
  const phrase = (end: number): string => clause.slice(0, end).replace(/^(?:A|An|Another)\b/u, (a) => a.toLowerCase());
  // ("A pal of one of the pilots said .... '...,' the friend said.": a later noun that WordNet makes the first
  // sense's own direct kind of the newcomer's noun, a pal being a friend, points back as the same noun would.)
  if (noun === head || isKindOf(noun, head, 1, 1)) return phrase((last >= 0 ? w[last]! : w[n]!).end);
  // "a member of the Russian delegation" for "the delegate": the group's noun derives the role's.
  if (noun !== 'member' || tie < 0 || w[n + 1]!.text.toLowerCase() !== 'of') return undefined;
  const group = singular(w[tie]!.text.toLowerCase());
  return group !== head && derivedWords(group, 3).includes(head) ? phrase(w[last]!.end) : undefined;
}

/**
 * The last word of the noun phrase a preposition takes, opening at `from` ("the Russian delegation", "Oslo", "the
 * port's board"), or -1 when none is read there or it is a time ("in March", "on Monday"): a time says when, and no
 * one's description.
 */
function tiedPhrase(w: readonly Word[], from: number): number {
  let k = from;
  if (/^(?:the|his|her|its|their)$/iu.test(w[k]?.text ?? '')) k++;
  let last = -1;
  while (k < w.length && (MODIFIER_POS.test(w[k]!.pos) || (last >= 0 && /^['’]s$/u.test(w[k]!.text)))) {
    last = k;
    k++;
  }
  if (last < 0 || !/^(?:NOUN|PROPN)$/u.test(w[last]!.pos) || TIME.test(w[last]!.text)) return -1;
  return last;
}
