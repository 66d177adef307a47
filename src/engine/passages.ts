import type { Citation, Document, Passage } from '../types.ts';
import { splitSentences } from '../text/sentences.ts';

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
