import { expect, it } from 'vitest';
import { readSources, type ReadingContext, type SourceSpan } from '../eval/antecedent.ts';
import { headName, nameKey, quoteMarks } from '../eval/polnear.ts';

// Invented articles; the tagger's facts are given by hand. The dictionary of person nouns is WordNet's in the
// eval, which lists "self" (a person's own nature) and "More" (Thomas More) as persons: so does this one.
const SEX: Record<string, 'm' | 'f'> = { ivo: 'm', tomas: 'm', mara: 'f', lena: 'f' };
const ctx: ReadingContext = {
  headName,
  sexOf: (name) => SEX[nameKey(name)[0] ?? ''] ?? null,
  knownSurname: (word) => ['tamm', 'olsen', 'berg'].includes(word.toLowerCase()),
  personNoun: (noun) => ['pilot', 'grower', 'self', 'more'].includes(noun),
};

function read(text: string, list: [string, Partial<SourceSpan>?][]): (phrase: string) => unknown {
  let from = 0;
  const s = list.map(([phrase, extra]): SourceSpan => {
    const m = new RegExp(`(?<![\\p{L}])${phrase}(?![\\p{L}])`, 'gu');
    m.lastIndex = from;
    const start = m.exec(text)!.index;
    // (The next span may lie inside this one: "self" inside the Source that holds "self-described".)
    from = start + 1;
    const proper = /^[\p{Lu}]/u.test(phrase);
    return { start, end: start + phrase.length, text: phrase, proper, ner: proper ? 'person' : null, ...extra };
  });
  const r = readSources(text, s, quoteMarks(text), ctx);
  return (phrase) => r.get(s.find((x) => x.text === phrase)!.start);
}

it('reads no speaker in the "self" of "self-described": "he" goes on with the person it describes', () => {
  const text = 'Tomas Berg objected. Ivo Tamm, a self-described moderate, said the plan was sound. "It will hold," he said.\n';
  const r = read(text, [['Tomas Berg'], ['Ivo Tamm, a self-described moderate'], ['self'], ['he']]);
  expect(r('self')).toBeNull();
  expect(r('he')).toEqual({ name: 'Ivo Tamm' });
});

it('reads a lone quantifier ("more said ...") as a group, which no "she" continues', () => {
  const text = 'Mara Olsen spoke for the growers. Of those asked, more said they would sell. "We have no choice," she said.\n';
  const r = read(text, [['Mara Olsen'], ['more'], ['she']]);
  expect(r('she')).toEqual({ name: 'Mara Olsen' });
});
