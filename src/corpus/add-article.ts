import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { Engine } from '../engine/engine.ts';
import type { Document, IngestAnswer } from '../types.ts';
import { fetchPage, type FetchLimits } from './fetch-page.ts';
import { IngestError } from './ingest-error.ts';
import { ingestHtml } from './ingest-html.ts';
import { ingestText, type IngestFileOptions } from './ingest.ts';
import { saveDocument } from './save.ts';
import { slugify } from './schema.ts';

export interface AddOptions extends IngestFileOptions {
  /** Limits on fetching a URL (time, size, redirects, private addresses). */
  limits?: FetchLimits;
}

/** What was added: the `ingest` command's answer without its kind (and `live`, which only Discord knows), plus the file's full path. */
export type Added = Omit<IngestAnswer, 'kind' | 'live'> & { path: string };

/** True when the input is a web address rather than a file. */
export function isWebAddress(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input.trim());
}

/** Quotes and dated events the engine finds in one document, as they will be once it is live. */
export function countFindings(document: Document): { quotes: number; events: number } {
  const engine = Engine.build([document]);
  const timeline = engine.timeline({ from: null, to: null, topic: null, source: null });
  return {
    quotes: engine.quoteBook.quotes.filter((q) => q.speech).length,
    events: timeline.kind === 'timeline' ? timeline.events.length : 0,
  };
}

type Made = { document: Document; dropped: string[]; byline: string | null; publishedFrom: string };

/**
 * Adds an article to a corpus folder from a web address, a saved HTML page or a plain-text file: the
 * `ingest` command and `/corpus add`. Nothing is written unless the article is complete and new (or
 * `force`); every refusal is an IngestError saying why.
 */
export async function addArticle(input: string, options: AddOptions): Promise<Added> {
  if (!isWebAddress(input)) return addFromFile(input, options);
  const page = await fetchPage(input, options.limits);
  return save(ingestHtml(page.html, page.url, options), 'url', page.url, options);
}

/** `addArticle` for a saved page (`.html`, `.htm`, `.xhtml`) or a text file: no network, so no waiting. */
export function addFromFile(input: string, options: AddOptions): Added {
  if (!existsSync(input) || !statSync(input).isFile()) {
    // "example.com/story" is an address without its scheme more often than a file.
    const looksLikeAddress = /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(input.trim());
    throw new IngestError('not_found', `There is no file at ${input} to ingest.${looksLikeAddress ? ' For a web page, give its full address, starting with https://.' : ''}`);
  }
  const raw = readFileSync(input, 'utf8');
  const ext = extname(input).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return save(ingestHtml(raw, null, options), 'html', null, options);
  // A file name with no usable letters (say, in Korean) falls back to the headline for the id.
  const id = options.id ?? (slugify(basename(input, extname(input))) || undefined);
  return save({ ...ingestText(raw, { ...options, id }), byline: null, publishedFrom: 'option' }, 'text', null, options);
}

function save(made: Made, source: Added['source'], fetched: string | null, options: AddOptions): Added {
  const { document } = made;
  const saved = saveDocument(document, options);
  const { id, file, title, outlet, published, url } = document;
  return {
    document: { id, file, paragraphs: document.paragraphs.length, title, outlet, published, url, byline: made.byline },
    dropped: made.dropped,
    path: saved.path,
    written: saved.written,
    source,
    fetched,
    publishedFrom: made.publishedFrom,
    ...countFindings(document),
    replaced: saved.replaced,
  };
}
