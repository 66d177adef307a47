/**
 * Each document's text, as the speakers' merge reads it (an acronym's expansion, a namesake, a name written in
 * capitals): only a few documents are ever asked for, so a document's passages are joined when it first is.
 */
import type { Passage } from '../types.ts';

/** Each document's text by its id, in the documents' order. A Map is one. */
export type DocumentTexts = Pick<ReadonlyMap<string, string>, 'get' | typeof Symbol.iterator>;

/**
 * The texts of the documents of `groups` (each document's id and its passages' indices, in order): its passages'
 * texts joined by newlines, made on first use and kept. Iterated, it makes every one, in the documents' order.
 */
export class JoinedDocumentTexts implements DocumentTexts {
  private readonly indices: Map<string, readonly number[]>;
  private readonly joined = new Map<string, string>();

  constructor(
    private readonly passages: readonly Passage[],
    groups: readonly (readonly [string, readonly number[]])[],
  ) {
    this.indices = new Map(groups);
  }

  get(doc: string): string | undefined {
    let text = this.joined.get(doc);
    if (text !== undefined) return text;
    const indices = this.indices.get(doc);
    if (!indices) return undefined;
    text = indices.map((i) => this.passages[i]!.text).join('\n');
    this.joined.set(doc, text);
    return text;
  }

  *[Symbol.iterator](): MapIterator<[string, string]> {
    for (const doc of this.indices.keys()) yield [doc, this.get(doc)!];
  }
}
