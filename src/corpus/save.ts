import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../types.ts';
import { IngestError } from './ingest-error.ts';
import { isArticleFile, parseArticle, serializeArticle } from './load.ts';
import { writeFileAtomic } from './write.ts';

/** Where removed (and replaced) articles go, inside the corpus folder; the loader never reads it. */
export const REMOVED_DIR = '.removed';

/** An address as compared for duplicates: no fragment, no tracking parameters, no trailing slash. */
export function comparableUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    // The query is always written out the same way ("?a" and "?a=" are one), without tracking parameters.
    const kept = new URLSearchParams([...u.searchParams].filter(([key]) => !/^(utm_|fbclid$|gclid$|ocid$)/i.test(key))).toString();
    const host = u.host.replace(/^www\./, '');
    return `${u.protocol}//${host}${u.pathname.replace(/\/+$/, '')}${kept ? `?${kept}` : ''}`;
  } catch {
    return url;
  }
}

function comparableText(paragraphs: readonly string[]): string {
  return paragraphs.join(' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The article already in the corpus that is the same as `document` (same address or same text), if any. */
export function findDuplicate(dir: string, document: Document): { id: string; file: string; why: 'address' | 'text' } | null {
  if (!existsSync(dir)) return null;
  const url = comparableUrl(document.url);
  const text = comparableText(document.paragraphs);
  for (const file of readdirSync(dir).filter(isArticleFile).sort()) {
    let parsed;
    try {
      parsed = parseArticle(file, readFileSync(join(dir, file), 'utf8')).document;
    } catch {
      continue;
    }
    if (!parsed) continue;
    if (url !== null && comparableUrl(parsed.url) === url) return { id: parsed.id, file, why: 'address' };
    if (comparableText(parsed.paragraphs) === text) return { id: parsed.id, file, why: 'text' };
  }
  return null;
}

/** Moves an article file out of the corpus into `.removed/`, never over an earlier removed copy. */
export function moveToRemoved(dir: string, file: string): string {
  const removed = join(dir, REMOVED_DIR);
  mkdirSync(removed, { recursive: true });
  let target = join(removed, file);
  if (existsSync(target)) target = join(removed, file.replace(/\.md$/i, `.${new Date().toISOString().replace(/[:.]/g, '-')}.md`));
  renameSync(join(dir, file), target);
  return target;
}

export interface Saved {
  path: string;
  written: boolean;
  /** The id of the article this one replaced (moved to `.removed/`), with `force`. */
  replaced: string | null;
}

/**
 * Writes a document into a corpus folder, atomically. The same article already there under another id
 * (same address or text) is refused with its id (IngestError 'exists') unless `force`, which moves the old
 * one to `.removed/`; a file of the same name is left alone when identical and replaced only with `force`.
 */
export function saveDocument(document: Document, options: { out: string; force?: boolean }): Saved {
  const content = serializeArticle(document);
  const target = join(options.out, document.file);
  const duplicate = findDuplicate(options.out, document);
  let replaced: string | null = null;
  if (duplicate && duplicate.file !== document.file) {
    if (!options.force) {
      throw new IngestError(
        'exists',
        `This article is already in the corpus as "${duplicate.id}" (${duplicate.file}, same ${duplicate.why}); nothing was written. Use --force to replace it.`,
      );
    }
    moveToRemoved(options.out, duplicate.file);
    replaced = duplicate.id;
  }
  if (existsSync(target)) {
    if (readFileSync(target, 'utf8') === content) return { path: target, written: false, replaced };
    if (!options.force) {
      throw new IngestError('exists', `${target} already exists with different content (document "${document.id}"); nothing was written. Use --force to replace it.`);
    }
    replaced ??= document.id;
  } else mkdirSync(options.out, { recursive: true });
  writeFileAtomic(target, content);
  return { path: target, written: true, replaced };
}
