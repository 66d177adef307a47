import type { Citation, Document, Passage, Sentence } from '../types.ts';
import { splitSentences } from './sentences.ts';

/** The stable id of a body paragraph: `<document id>#p<N>`, N counted from 1. */
export function passageId(doc: string, paragraph: number): string {
  return `${doc}#p${paragraph}`;
}

/** The citation of one body paragraph of a document. */
export function citationFor(doc: Document, paragraph: number): Citation {
  return {
    doc: doc.id,
    paragraph,
    passage: passageId(doc.id, paragraph),
    outlet: doc.outlet,
    title: doc.title,
    published: doc.published,
    url: doc.url,
  };
}

/** Turns documents into passages, one per body paragraph, each split into sentences and cited. */
export function buildPassages(docs: readonly Document[]): Passage[] {
  const passages: Passage[] = [];
  for (const doc of docs) {
    doc.paragraphs.forEach((text, i) => {
      const citation = citationFor(doc, i + 1);
      passages.push({ id: citation.passage, doc: doc.id, paragraph: i + 1, text, sentences: splitSentences(text), citation });
    });
  }
  return passages;
}

/** Where each passage's sentences lie in its text, as two flat arrays: what a snapshot keeps of passages. */
export interface SentenceBounds {
  /** Number of sentences of each passage, in passage order. */
  counts: Int32Array;
  /** Start and end offset of each sentence, in order: [start0, end0, start1, end1, ...]. */
  offsets: Int32Array;
}

/** The sentence boundaries of the passages, for a snapshot. */
export function sentenceBounds(passages: readonly Passage[]): SentenceBounds {
  let total = 0;
  for (const p of passages) total += p.sentences.length;
  const counts = new Int32Array(passages.length);
  const offsets = new Int32Array(total * 2);
  let k = 0;
  passages.forEach((p, i) => {
    counts[i] = p.sentences.length;
    for (const s of p.sentences) {
      offsets[k++] = s.start;
      offsets[k++] = s.end;
    }
  });
  return { counts, offsets };
}

/**
 * A passage read back from a snapshot. Its sentences (from the saved boundaries), id and citation are made
 * when first asked for: a quarter of a million passages hold about a million sentences, and making them
 * all, with their citations, was a fifth of the time a snapshot took to read, for passages most of which
 * no answer will show.
 */
class RestoredPassage implements Passage {
  readonly #document: Document;
  readonly #offsets: Int32Array;
  readonly #first: number;
  readonly #count: number;
  #sentences: Sentence[] | undefined;
  #citation: Citation | undefined;

  constructor(
    document: Document,
    readonly paragraph: number,
    readonly text: string,
    offsets: Int32Array,
    first: number,
    count: number,
  ) {
    this.#document = document;
    this.#offsets = offsets;
    this.#first = first;
    this.#count = count;
  }

  get doc(): string {
    return this.#document.id;
  }

  get id(): string {
    return this.citation.passage;
  }

  get citation(): Citation {
    this.#citation ??= citationFor(this.#document, this.paragraph);
    return this.#citation;
  }

  get sentences(): Sentence[] {
    if (this.#sentences) return this.#sentences;
    const sentences: Sentence[] = new Array(this.#count);
    for (let j = 0, k = this.#first; j < this.#count; j++, k += 2) {
      const start = this.#offsets[k]!;
      const end = this.#offsets[k + 1]!;
      sentences[j] = { text: this.text.slice(start, end), start, end };
    }
    this.#sentences = sentences;
    return sentences;
  }

  set sentences(sentences: Sentence[]) {
    this.#sentences = sentences;
  }
}

/**
 * The passages of the documents rebuilt from saved sentence boundaries, without splitting sentences again;
 * the same passages `buildPassages` gives (their sentences are made on first use). Throws when the
 * boundaries do not fit the documents (a snapshot that does not belong to them).
 */
export function restorePassages(docs: readonly Document[], bounds: SentenceBounds): Passage[] {
  const passages: Passage[] = [];
  const { counts, offsets } = bounds;
  let k = 0;
  for (const doc of docs) {
    for (let i = 0; i < doc.paragraphs.length; i++) {
      const text = doc.paragraphs[i]!;
      const n = counts[passages.length];
      if (n === undefined) throw new Error(`snapshot: sentence boundaries end before passage ${passageId(doc.id, i + 1)}`);
      // Checked now, although the sentences are made later: a snapshot that does not fit must fail here.
      let previous = 0;
      for (let j = 0; j < n; j++) {
        const start = offsets[k + 2 * j];
        const end = offsets[k + 2 * j + 1];
        if (start === undefined || end === undefined || start < previous || end < start || end > text.length) {
          throw new Error(`snapshot: sentence ${j + 1} of ${passageId(doc.id, i + 1)} lies outside the paragraph`);
        }
        previous = end;
      }
      passages.push(new RestoredPassage(doc, i + 1, text, offsets, k, n));
      k += 2 * n;
    }
  }
  if (passages.length !== counts.length) throw new Error(`snapshot: sentence boundaries for ${counts.length} passages, but the documents have ${passages.length}`);
  return passages;
}

/**
 * Documents as a snapshot keeps them: the metadata, and every paragraph of every document in one string with
 * the end offset of each. One long string is read back far faster than a quarter of a million short ones,
 * and the paragraphs become slices of it.
 */
export interface PackedDocuments {
  meta: Omit<Document, 'paragraphs'>[];
  /** Number of paragraphs of each document. */
  paragraphCounts: Int32Array;
  text: string;
  /** End offset in `text` of each paragraph, in order; each starts where the previous ended. */
  paragraphEnds: Int32Array;
}

/** The documents packed for a snapshot. */
export function packDocuments(docs: readonly Document[]): PackedDocuments {
  const counts = new Int32Array(docs.length);
  const total = docs.reduce((n, d) => n + d.paragraphs.length, 0);
  const ends = new Int32Array(total);
  const parts: string[] = [];
  let at = 0;
  let k = 0;
  docs.forEach((d, i) => {
    counts[i] = d.paragraphs.length;
    for (const p of d.paragraphs) {
      parts.push(p);
      at += p.length;
      ends[k++] = at;
    }
  });
  const meta = docs.map(({ paragraphs: _paragraphs, ...rest }) => rest);
  return { meta, paragraphCounts: counts, text: parts.join(''), paragraphEnds: ends };
}

/** The documents a snapshot packed, equal to those given to `packDocuments`. */
export function unpackDocuments(packed: PackedDocuments): Document[] {
  const { meta, paragraphCounts, text, paragraphEnds } = packed;
  if (meta.length !== paragraphCounts.length) throw new Error(`snapshot: ${meta.length} documents but paragraph counts for ${paragraphCounts.length}`);
  let k = 0;
  let at = 0;
  return meta.map((m, i) => {
    const n = paragraphCounts[i]!;
    const paragraphs: string[] = new Array(n);
    for (let j = 0; j < n; j++) {
      const end = paragraphEnds[k++];
      if (end === undefined || end < at || end > text.length) throw new Error(`snapshot: paragraph ${j + 1} of ${m.id} lies outside the saved text`);
      paragraphs[j] = text.slice(at, end);
      at = end;
    }
    return { ...m, paragraphs };
  });
}
