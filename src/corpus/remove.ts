import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IngestError } from './ingest-error.ts';
import { parseArticle } from './load.ts';
import { moveToRemoved } from './save.ts';
import { ID_PATTERN } from './schema.ts';

/** An article taken out of the corpus: what it was and where its file went. */
export interface Removed {
  document: { id: string; title: string; outlet: string; published: string };
  /** Relative to the corpus folder, e.g. `.removed/some-article.md`. */
  movedTo: string;
}

/**
 * Takes an article out of a corpus folder by moving its file to `.removed/` (the loader never reads that
 * folder), so that moving it back undoes it. IngestError('not_found') when there is no such article.
 */
export function removeArticle(dir: string, id: string): Removed {
  const wanted = id.trim();
  const file = `${wanted}.md`;
  if (!ID_PATTERN.test(wanted) || !existsSync(join(dir, file))) {
    throw new IngestError('not_found', `There is no document "${wanted.slice(0, 100)}" in the corpus; /sources lists their ids.`);
  }
  const parsed = parseArticle(file, readFileSync(join(dir, file), 'utf8')).document;
  const target = moveToRemoved(dir, file);
  return {
    document: { id: wanted, title: parsed?.title ?? wanted, outlet: parsed?.outlet ?? '', published: parsed?.published ?? '' },
    movedTo: relative(dir, target),
  };
}
