import { createRequire } from 'node:module';
import type { Passage } from '../types.ts';
import { normalizeTerm } from '../text/terms.ts';

/**
 * Who a corpus is about, for questions that say "they" or "the two leaders": the people its headlines and
 * first paragraphs name in the most documents, found by compromise's name recognition, never a list of names.
 */

// A headline and the first paragraphs say who a report is about; later paragraphs quote experts.
const LEAD_PARAGRAPHS = 2;
// Name recognition costs about a millisecond a paragraph: a large corpus is read in an even sample.
const MAX_DOCUMENTS = 300;
// The second person counts as a main one when named in at least this share of the first's documents.
const SECOND_SHARE = 0.4;
// Words compromise keeps in a name that are titles, not names.
const TITLES = new Set(
  ['president', 'leader', 'prime', 'minister', 'chancellor', 'king', 'queen', 'premier', 'general', 'secretary', 'chairman', 'mr', 'mrs', 'ms', 'dr', 'sir', 'focu', 'news'].map(
    (w) => normalizeTerm(w) ?? w,
  ),
);

// compromise, loaded on the first need (a question naming "them"), never at import: its ES modules (436 files
// through the TypeScript loader) took about half a second of every start; its CommonJS build is one file of
// the same release.
type Nlp = typeof import('compromise').default;
let nlpModule: Nlp | null = null;
function nlp(text: string): ReturnType<Nlp> {
  nlpModule ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlpModule(text);
}

/**
 * Words of a question that refer to the people the corpus is about: a plural pronoun, or "the two leaders",
 * "the pair", "both men", and the pronoun with its quantifier ("the two of them", "both of them": else "two" was
 * a question word, and the paragraph saying "the two nations" came first; the second everyday set 22 → 23 first,
 * the other sets and SQuAD v1.1 dev unchanged). Matched on the question as typed; the match is replaced by those
 * people's names. "The two" alone, as a subject before an adverb or auxiliary or closing the question ("when did the
 * two last meet", "what did the two agree", "a photo of the two"), is the pronoun too: "two" was a question word and
 * found "the two nations".
 */
export const PEOPLE_REFERENCE =
  /\b(?:the\s+two(?=\s+(?:last|first|ever|never|once|still|again|finally|actually|also|just|really|even|not|have|has|had|did|do|does|are|were|will|would|could|can|may|might|must|should|didn't|don't|haven't|won't)\b|\s*[?.!]*\s*$)|the\s+two\s+(?:leaders|men|presidents|heads\s+of\s+state|sides)|both\s+(?:leaders|men|presidents)|(?:the\s+two|both|all|the\s+pair)\s+of\s+them|the\s+pair|they|them|their|each\s+other)\b/gi;

/**
 * The main people of the corpus, most mentioned first, one or two, each as the search terms of their name
 * words (["putin", "vladimir"]), the most used first. `frequency` tells in how many passages a term stands.
 */
export function mainPeople(passages: readonly Passage[], frequency: (term: string) => number): string[][] {
  const byDoc = new Map<string, Passage[]>();
  for (const p of passages) {
    const list = byDoc.get(p.doc);
    if (list === undefined) byDoc.set(p.doc, [p]);
    else if (list.length < LEAD_PARAGRAPHS) list.push(p);
  }
  const docs = [...byDoc.values()];
  const stride = Math.max(1, Math.ceil(docs.length / MAX_DOCUMENTS));
  // Per name word: the documents naming it, and the words it stands with in a name (one person).
  const docCount = new Map<string, number>();
  const together = new Map<string, Map<string, number>>();
  for (let d = 0; d < docs.length; d += stride) {
    const lead = docs[d]!;
    const text = [lead[0]!.citation.title, ...lead.map((p) => p.text)].join('\n\n');
    const seen = new Set<string>();
    for (const name of nlp(text).people().out('array') as string[]) {
      const words = name
        .split(/\s+/)
        // A hyphenated name is one word ("Jong-un" as the index joins it), so "Kim-Putin" is not one person.
        .map((w) => normalizeTerm(w.replace(/[^\p{L}]/gu, '')))
        .filter((t): t is string => t !== null && t.length > 1 && !TITLES.has(t));
      for (const w of words) {
        seen.add(w);
        const with_ = together.get(w) ?? new Map<string, number>();
        for (const o of words) if (o !== w) with_.set(o, (with_.get(o) ?? 0) + 1);
        together.set(w, with_);
      }
    }
    for (const w of seen) docCount.set(w, (docCount.get(w) ?? 0) + 1);
  }
  // Documents naming a word first; then how many passages hold it, so that in a corpus of one article the
  // name used throughout ("Putin") wins over one used once ("Kim-Putin" in a headline).
  const ranked = [...docCount.entries()].sort((a, b) => b[1] - a[1] || frequency(b[0]) - frequency(a[0]) || (a[0] < b[0] ? -1 : 1));
  const people: string[][] = [];
  const taken = new Set<string>();
  for (const [word, count] of ranked) {
    if (taken.has(word)) continue;
    if (people.length === 1 && count < SECOND_SHARE * docCount.get(people[0]![0]!)!) break;
    const person = [word];
    // The other words of this person's name are this person, not a second one.
    for (const [o, n] of together.get(word) ?? []) {
      if (!taken.has(o) && n * 2 >= Math.min(count, docCount.get(o) ?? 0)) {
        taken.add(o);
        person.push(o);
      }
    }
    people.push(person);
    if (people.length === 2) break;
  }
  return people;
}
