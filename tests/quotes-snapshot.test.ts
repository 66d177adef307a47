import v8 from 'node:v8';
import { describe, it, expect } from 'vitest';
import type { Document, Passage } from '../src/types.ts';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { buildPassages } from '../src/text/passages.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { invertLists, packLists, packStrings, smallestInts, unpackLists, unpackStrings } from '../src/engine/packing.ts';
import { doc } from './helpers/docs.ts';
import { fixtureArticles, nonPlain } from './helpers/snapshot.ts';

/** Accents, curly apostrophes and quotes, dashes: text that takes the Unicode path of the word readers. */
function unicodeArticle(): Document {
  return doc('unicode-notes', '2023-09-14', [
    '“We will stand with Russia,” Kim Jong-un said at the Vostochny Cosmodrome.',
    'Analysts at Séoul’s institute — including José Müller — said the talks were “a turning point”.',
    "The envoy's remark, 'a new era', drew criticism. “It’s a dangerous deal,” said İlhan Ömer, a lawmaker.",
    'Nothing here is quoted: the summit lasted five hours… and ended with a banquet.',
  ]);
}

/** Phrases to ask "who said" about: pieces of quotes and of narration, close wordings, odd input. */
function whoSaidQueries(book: QuoteBook, passages: readonly Passage[]): string[] {
  const out = ['', '   ', 'the', 'on the', 'said', 'constructor', 'zzzz qqqq', 'we came here', "that's why we've come", 'thats why weve come'];
  book.quotes.forEach((q, i) => {
    if (i % 3 !== 0) return;
    const words = q.quote.split(/\s+/);
    out.push(words.slice(0, 4).join(' '), words.slice(1, 3).join(' ').toUpperCase());
    if (words.length > 5) out.push(words.slice(2, 6).reverse().join(' '));
  });
  passages.forEach((p, i) => {
    if (i % 4 !== 0) return;
    const words = p.text.split(/\s+/);
    out.push(words.slice(3, 6).join(' '), words.slice(-4).join(' '));
  });
  return out;
}

/** Names to look up: every name and alias as written and altered, typos, and names nobody has. */
function nameQueries(book: QuoteBook): string[] {
  const out = ['', 'Nobody Atall', 'Puttin', 'kim', 'official', 'President', 'the', 'constructor'];
  for (const s of book.speakers) {
    for (const n of [s.name, ...s.aliases]) out.push(n, n.toUpperCase(), n.replace(/-/g, ' '), n.slice(0, -1), `Mr. ${n}`);
  }
  return out;
}

/** Every answer the book gives on a varied set of questions. */
function answers(book: QuoteBook, passages: readonly Passage[]): unknown {
  const names = nameQueries(book);
  return {
    quotes: book.quotes,
    speakers: book.speakers,
    speakersAnswer: book.speakersAnswer(),
    whoSaid: whoSaidQueries(book, passages).flatMap((q) => [book.whoSaid(q, 5, passages), book.whoSaid(q, 1, passages)]),
    quotesOf: names.map((n) => book.quotesOf(n)),
    suggest: ['', 'p', 'put', 'JONG', 'unification', 'zz', ...names.slice(0, 40).map((n) => n.slice(0, 3))].map((t) => book.suggestSpeakers(t, 5)),
    byId: book.speakers.map((s) => book.speaker(s.id)).concat(book.speaker('no-such-speaker') ?? []),
  };
}

const corpora: [string, () => Document[]][] = [
  ['the bundled corpus', () => loadCorpus('corpus')],
  ['the fixture articles', fixtureArticles],
  ['the good test corpus', () => loadCorpus('tests/fixtures/corpora/good')],
  ['an article with accents and curly marks', () => [unicodeArticle()]],
  ['the bundled corpus with the fixture articles', () => [...loadCorpus('corpus'), ...fixtureArticles(), unicodeArticle()]],
  ['no documents', () => []],
];

describe('QuoteBook snapshot', () => {
  for (const [name, load] of corpora) {
    it(`answers exactly as the original after a v8 round trip: ${name}`, () => {
      const docs = load();
      const passages = buildPassages(docs);
      const book = QuoteBook.build(passages, docs);
      const snapshot = book.toSnapshot();
      expect(nonPlain(snapshot)).toEqual([]);
      const restored = QuoteBook.fromSnapshot(v8.deserialize(v8.serialize(snapshot)) as typeof snapshot, passages, docs);
      expect(answers(restored, passages)).toEqual(answers(book, passages));
    });
  }

  it('restores from a snapshot the restored book gives again', () => {
    const docs = loadCorpus('corpus');
    const passages = buildPassages(docs);
    const book = QuoteBook.build(passages, docs);
    const once = QuoteBook.fromSnapshot(v8.deserialize(v8.serialize(book.toSnapshot())) as ReturnType<QuoteBook['toSnapshot']>, passages, docs);
    const twice = QuoteBook.fromSnapshot(v8.deserialize(v8.serialize(once.toSnapshot())) as ReturnType<QuoteBook['toSnapshot']>, passages, docs);
    expect(answers(twice, passages)).toEqual(answers(book, passages));
  });

  it('answers "who said" over other passages than its own the same way after a round trip', () => {
    const docs = loadCorpus('corpus');
    const passages = buildPassages(docs);
    const others = buildPassages([...fixtureArticles(), unicodeArticle()]);
    const book = QuoteBook.build(passages, docs);
    const before = v8.serialize(book.toSnapshot());
    const restored = QuoteBook.fromSnapshot(v8.deserialize(before) as ReturnType<QuoteBook['toSnapshot']>, passages, docs);
    const queries = whoSaidQueries(QuoteBook.build(others, []), others);
    expect(queries.map((q) => restored.whoSaid(q, 5, others))).toEqual(queries.map((q) => book.whoSaid(q, 5, others)));
    // Asking about other passages leaves the book's own answers and snapshot as they were.
    expect(book.toSnapshot()).toEqual(v8.deserialize(before));
    expect(restored.toSnapshot()).toEqual(v8.deserialize(before));
  });

  it('refuses passages other than those it was built on', () => {
    const docs = loadCorpus('corpus');
    const passages = buildPassages(docs);
    const snapshot = QuoteBook.build(passages, docs).toSnapshot();
    expect(() => QuoteBook.fromSnapshot(snapshot, passages.slice(1), docs)).toThrow(/built on \d+ passages/);
  });

  it('gives the same snapshot before and after answering questions (posting lists are made at first use)', () => {
    const docs = [...loadCorpus('corpus'), unicodeArticle()];
    const passages = buildPassages(docs);
    const fresh = v8.serialize(QuoteBook.build(passages, docs).toSnapshot());
    const asked = QuoteBook.build(passages, docs);
    for (const q of whoSaidQueries(asked, passages).slice(0, 50)) asked.whoSaid(q, 5, passages);
    expect(v8.serialize(asked.toSnapshot()).equals(fresh)).toBe(true);
    const restored = QuoteBook.fromSnapshot(v8.deserialize(fresh) as ReturnType<QuoteBook['toSnapshot']>, passages, docs);
    for (const q of whoSaidQueries(asked, passages).slice(0, 50)) restored.whoSaid(q, 5, passages);
    expect(v8.serialize(restored.toSnapshot()).equals(fresh)).toBe(true);
  });

  it('refuses a snapshot whose lists do not add up', () => {
    const docs = loadCorpus('corpus');
    const passages = buildPassages(docs);
    const snapshot = v8.deserialize(v8.serialize(QuoteBook.build(passages, docs).toSnapshot())) as ReturnType<QuoteBook['toSnapshot']>;
    const lengths = snapshot.narration.words.lengths;
    const k = lengths.findIndex((n) => n > 0);
    lengths[k] = lengths[k]! - 1;
    expect(() => QuoteBook.fromSnapshot(snapshot, passages, docs)).toThrow(/narration index holds \d+ words, but its passages add up to/);
  });
});

describe('compact snapshot data', () => {
  it('keeps integers in the smallest typed array that holds them all', () => {
    expect(smallestInts([0, 255])).toBeInstanceOf(Uint8Array);
    expect(smallestInts([0, 256])).toBeInstanceOf(Uint16Array);
    expect(smallestInts([65535])).toBeInstanceOf(Uint16Array);
    expect(smallestInts([65536])).toBeInstanceOf(Int32Array);
    expect(smallestInts([3, -1])).toBeInstanceOf(Int32Array);
    expect(Array.from(smallestInts([70000, -1, 5]))).toEqual([70000, -1, 5]);
    expect(Array.from(smallestInts([1, 2, 3], 2))).toEqual([1, 2]);
  });

  it('joins strings and splits them again, empty and non-Latin-1 ones included', () => {
    const strings = ['', 'Putin', '', 'İlhan Ömer', '“quoted”', 'x'.repeat(300)];
    const packed = v8.deserialize(v8.serialize(packStrings(strings))) as ReturnType<typeof packStrings>;
    expect(unpackStrings(packed)).toEqual(strings);
    expect(() => unpackStrings({ text: packed.text + 'z', lengths: packed.lengths })).toThrow(/add up to/);
  });

  it('packs lists and inverts them, with or without the inverse lengths', () => {
    const start = Int32Array.from([0, 3, 3, 6]);
    const values = Int32Array.from([2, 0, 2, 1, 1, 300]);
    const packed = packLists(start, values);
    expect(packed.values).toBeInstanceOf(Uint16Array);
    const lists = unpackLists(packed);
    expect(Array.from(lists.start)).toEqual([0, 3, 3, 6]);
    expect(Array.from(lists.values)).toEqual(Array.from(values));
    const inverse = invertLists(start, values, 301);
    expect(Array.from(inverse.values.subarray(inverse.start[2]!, inverse.start[3]!))).toEqual([0]);
    expect(Array.from(inverse.values.subarray(inverse.start[1]!, inverse.start[2]!))).toEqual([2]);
    const lengths = Array.from({ length: 301 }, (_, w) => inverse.start[w + 1]! - inverse.start[w]!);
    expect(invertLists(start, values, 301, lengths)).toEqual(inverse);
    lengths[1] = 2;
    expect(() => invertLists(start, values, 301, lengths)).toThrow(/in 1 lists, but 2 were expected/);
  });
});
