import { afterEach, describe, expect, it, vi } from 'vitest';
import { Engine, type AsideSnapshots } from '../src/engine/engine.ts';
import { DocumentChunks, type DocumentsRead, type QuotesSplit } from '../src/quotes/extract-quotes.ts';
import { QuoteBook } from '../src/quotes/quotes.ts';
import type { QuoteWordSpans } from '../src/quotes/quote-word-tables.ts';
import { buildPassages } from '../src/text/passages.ts';
import { readPassages } from '../src/text/reading.ts';
import { doc } from './helpers/docs.ts';

// Three invented reports: one speaker across two of them, a quote left open across paragraphs, narration
// around the quotes, and a quote in a quote (its words in the book too).
const docs = [
  doc('ferry-one', '2024-05-02', [
    'Ferry operator Lina Marsh said the new crossing would start in June.',
    '"We have the boats and the crews," Marsh said. "What we lack is a pier.',
    '"The council promised one by spring," she added.',
    'Oskar Dunn, who runs the cafe by the slipway, said: "My customers told me, \'We will believe it when we sail.\'"',
  ]),
  doc('ferry-two', '2024-05-06', [
    'The council said the pier was on schedule.',
    '"June is realistic," Lina Marsh, the operator, told reporters on Monday.',
  ]),
  doc('ferry-three', '2024-05-09', ['No quote stands here, only narration about the harbour and its tides.']),
];
const passages = buildPassages(docs);

/** A split reading every chunk on this thread (no other thread), its size one document. */
function alone(): QuotesSplit {
  let next = 0;
  return { size: 1, claim: (chunks) => (next < chunks ? next++ : null), taken: () => null };
}

describe("the quotes' words read apart from the speakers", () => {
  const whole = QuoteBook.build(passages, docs);
  afterEach(() => vi.restoreAllMocks());

  it('makes, from the two parts, the snapshot one build makes', () => {
    const told: QuoteWordSpans[] = [];
    const speakers = QuoteBook.buildSpeakerPart(passages, alone(), (spans) => told.push(structuredClone(spans)));
    expect(told).toHaveLength(1);
    const words = QuoteBook.buildWordPart(passages, readPassages(passages), told[0]!);
    const joined = QuoteBook.fromParts(speakers, words, passages, docs);
    expect(joined.toSnapshot()).toEqual(whole.toSnapshot());
    // (Key order too: a snapshot file keeps the fields in the order the book gives them.)
    expect(Object.keys(joined.toSnapshot())).toEqual(Object.keys(whole.toSnapshot()));
    expect(joined.quotes.length).toBeGreaterThan(4);
    expect(joined.whoSaid('believe it when we sail', 3, passages)).toEqual(whole.whoSaid('believe it when we sail', 3, passages));
  });

  it('tells where the quotes stand once, in the order of the book', () => {
    const told: QuoteWordSpans[] = [];
    QuoteBook.buildSpeakerPart(passages, alone(), (spans) => told.push(spans));
    expect(told).toHaveLength(1);
    const spans = told[0]!;
    expect([...spans.passage]).toEqual(whole.quotes.map((q) => passages.findIndex((p) => p.citation === q.citation)));
    expect([...spans.end].map((e, i) => e - spans.start[i]!)).toEqual(whole.quotes.map((q) => q.quote.length));
  });

  it('builds the engine with the words read here while the other side merges the speakers', async () => {
    const single = Engine.build(docs);
    // A stand-in for the worker: it reads every chunk this thread did not, says where the quotes stand, and hands
    // back the speakers' part only.
    const handed = new Map<number, DocumentsRead | null>();
    let next = 0;
    const claim = (chunks: number): number | null => (next < chunks ? next++ : null);
    let tell: (spans: QuoteWordSpans) => void = () => undefined;
    const where = new Promise<QuoteWordSpans>((resolve) => (tell = resolve));
    const aside = async (): Promise<AsideSnapshots> => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const quoteSpeakers = QuoteBook.buildSpeakerPart(buildPassages(docs), { size: 1, claim, taken: (c) => handed.get(c) ?? null }, (spans) => tell(structuredClone(spans)));
      return { quoteSpeakers };
    };
    const built = vi.spyOn(QuoteBook, 'build');
    const engine = await Engine.buildSplit(docs, ['quotes'], aside, undefined, { size: 1, claim, share: (c, read) => handed.set(c, structuredClone(read)), words: () => where });
    // (Made from the two parts: no whole build on either side.)
    expect(built).not.toHaveBeenCalled();
    expect(engine.quoteBook.toSnapshot()).toEqual(single.quoteBook.toSnapshot());
    expect(engine.speakers()).toEqual(single.speakers());
  });

  it('builds the quotes itself when the other side hands back the speakers but never says where the quotes stand', async () => {
    const single = Engine.build(docs);
    const chunks = new DocumentChunks(buildPassages(docs), 1);
    let next = chunks.count;
    const aside = async (): Promise<AsideSnapshots> => ({ quoteSpeakers: QuoteBook.buildSpeakerPart(buildPassages(docs), alone(), () => undefined) });
    const built = vi.spyOn(QuoteBook, 'build');
    const engine = await Engine.buildSplit(docs, ['quotes'], aside, undefined, { size: 1, claim: () => (next < chunks.count ? next++ : null), share: () => undefined, words: () => new Promise(() => undefined) });
    expect(built).toHaveBeenCalledTimes(1);
    expect(engine.quoteBook.toSnapshot()).toEqual(single.quoteBook.toSnapshot());
  });
});
