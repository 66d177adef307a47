import type { Document, Passage } from '../../src/types.ts';
import { buildPassages } from '../../src/text/passages.ts';

/** A document written for a test: paragraphs as given, metadata defaulted. */
export function doc(id: string, published: string, paragraphs: string[], meta: Partial<Document> = {}): Document {
  return {
    id,
    file: `${id}.md`,
    title: meta.title ?? `Test article ${id}`,
    outlet: meta.outlet ?? 'Test Outlet',
    published,
    url: meta.url ?? null,
    language: meta.language ?? 'en',
    paragraphs,
    ...meta,
  };
}

/** Passages of documents written for a test. */
export function passagesOf(...docs: Document[]): Passage[] {
  return buildPassages(docs);
}
