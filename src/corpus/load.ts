import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../types.ts';
import { parseFrontMatterYaml, splitArticle, stringifyFrontMatter } from './frontmatter.ts';
import { ID_PATTERN, slugify, validateFrontMatter, type Problem } from './schema.ts';

export type { Problem } from './schema.ts';

/** How to put an article in the corpus; said whenever the corpus has none. */
export const HOW_TO_ADD_AN_ARTICLE =
  'To add an article, run `npm run --silent cli -- ingest <url>` on its address, ' +
  'or `npm run --silent cli -- ingest <file> --published YYYY-MM-DD` on its text, ' +
  'or write a Markdown file with front matter (title, outlet, published) into the corpus folder; ' +
  'see "Adding an article" in README.md.';

/** A corpus that cannot be used. `problems` lists every problem in every file, not just the first. */
export class CorpusError extends Error {
  readonly code = 'bad_corpus';
  constructor(
    readonly problems: Problem[],
    summary?: string,
  ) {
    super(summary ?? CorpusError.describe(problems));
    this.name = 'CorpusError';
  }

  /** One line per problem: `<file>: <field>: <what is wrong>`. */
  static describe(problems: readonly Problem[]): string {
    const head = problems.length === 1 ? 'The corpus has a problem:' : `The corpus has ${problems.length} problems:`;
    return [head, ...problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`)].join('\n');
  }
}

/**
 * What the article files of a corpus folder look like on disk: name, size, modification time and inode of
 * each, one line per file. Equal fingerprints mean the same files, so the same documents: an atomic write
 * (temporary file renamed over the article) always changes the inode, so a rewrite is seen even within the
 * same millisecond. Null when the folder cannot be read.
 */
export function corpusFingerprint(dir: string): string | null {
  try {
    return readdirSync(dir)
      .filter(isArticleFile)
      .sort()
      .map((name) => {
        try {
          const s = statSync(join(dir, name));
          return `${name}:${s.size}:${s.mtimeMs}:${s.ino}`;
        } catch {
          // Removed between the listing and the stat: the next look settles it.
          return `${name}:gone`;
        }
      })
      .join('\n');
  } catch {
    return null;
  }
}

/** True for the files that are articles: `*.md`, except README.md and names starting with `_` or `.`. */
export function isArticleFile(name: string): boolean {
  return /\.md$/i.test(name) && !name.startsWith('_') && !name.startsWith('.') && name.toLowerCase() !== 'readme.md';
}

/** An entry whose type the file system did not report (DT_UNKNOWN), so only a stat can tell. */
function isUnknownType(e: Dirent): boolean {
  return !e.isFile() && !e.isDirectory() && !e.isSymbolicLink() && !e.isFIFO() && !e.isSocket() && !e.isBlockDevice() && !e.isCharacterDevice();
}

/** The document id a file name gives: the name without `.md`. */
export function idFromFileName(file: string): string {
  return file.replace(/\.md$/i, '');
}

/**
 * Parses and validates one article file. `file` is its name relative to the corpus folder, which gives the
 * document id. Returns the document when it is sound, and every problem found either way.
 */
export function parseArticle(file: string, source: string): { document?: Document; problems: Problem[] } {
  const problems: Problem[] = [];
  const id = idFromFileName(file);
  if (!ID_PATTERN.test(id)) {
    problems.push({
      file,
      field: 'id',
      message: `the file name "${id}" is not a usable document id: use only lowercase letters, digits and single hyphens, e.g. "${slugify(id) || 'my-article'}.md"`,
    });
  }
  // Accents stored as separate combining marks ("e" + U+0301, as some editors and web pages write them) are
  // composed, so "José" in an article is the "José" a reader types and the name readers see one letter.
  const split = splitArticle(source.normalize('NFC'));
  if ('error' in split) {
    problems.push({ file, field: 'front matter', message: split.error });
    return { problems };
  }
  const parsed = parseFrontMatterYaml(split.yaml);
  if ('error' in parsed) {
    problems.push({ file, field: 'front matter', message: parsed.error });
    return { problems };
  }
  const fields = validateFrontMatter(file, parsed.data);
  problems.push(...fields.problems);
  const paragraphs = split.paragraphs;
  if (paragraphs.length === 0) {
    problems.push({ file, field: 'body', message: 'is empty: put the article text after the front matter, paragraphs separated by blank lines' });
  }
  if (problems.length > 0 || !fields.value) return { problems };
  const fm = fields.value;
  return {
    document: { id, file, title: fm.title, outlet: fm.outlet, published: fm.published, url: fm.url, language: fm.language, paragraphs },
    problems,
  };
}

/**
 * The canonical Markdown of a document: front matter (title, outlet, published, url when known, language),
 * then the paragraphs separated by blank lines. `parseArticle` reads it back to the same document.
 */
export function serializeArticle(doc: Document): string {
  const fields: Record<string, unknown> = { title: doc.title, outlet: doc.outlet, published: doc.published };
  if (doc.url !== null) fields.url = doc.url;
  fields.language = doc.language;
  return `${stringifyFrontMatter(fields)}\n${doc.paragraphs.join('\n\n')}\n`;
}

/**
 * Loads and validates every article in a corpus folder, ordered by publication date then id. Throws a
 * CorpusError listing every problem in every file at once, or saying how to add an article when there are none.
 */
export function loadCorpus(dir: string): Document[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CorpusError(
      [{ file: dir, field: 'corpus', message: `there is no corpus folder at ${dir}` }],
      `There is no corpus folder at ${dir}. ${HOW_TO_ADD_AN_ARTICLE}`,
    );
  }
  // The listing says which entries are plain files; only links (and file systems that do not say) need a stat.
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((e) => isArticleFile(e.name) && (e.isFile() || ((e.isSymbolicLink() || isUnknownType(e)) && statSync(join(dir, e.name)).isFile())))
    .map((e) => e.name)
    .sort();
  if (files.length === 0) {
    throw new CorpusError(
      [{ file: dir, field: 'corpus', message: `the corpus folder ${dir} has no articles (*.md files)` }],
      `The corpus folder ${dir} has no articles. ${HOW_TO_ADD_AN_ARTICLE}`,
    );
  }
  const problems: Problem[] = [];
  const documents: Document[] = [];
  const filesById = new Map<string, string[]>();
  for (const file of files) {
    // Ids are compared without case: Foo.md and foo.md would be one document on many file systems.
    const key = idFromFileName(file).toLowerCase();
    filesById.set(key, [...(filesById.get(key) ?? []), file]);
    let source: string;
    try {
      source = readFileSync(join(dir, file), 'utf8');
    } catch (err) {
      problems.push({ file, field: 'file', message: `cannot be read (${err instanceof Error ? err.message : String(err)})` });
      continue;
    }
    const result = parseArticle(file, source);
    problems.push(...result.problems);
    if (result.document) documents.push(result.document);
  }
  for (const [id, same] of filesById) {
    if (same.length < 2) continue;
    for (const file of same) {
      const others = same.filter((f) => f !== file).join(', ');
      problems.push({ file, field: 'id', message: `duplicate document id "${id}": ${others} gives the same id; rename one of them` });
    }
  }
  if (problems.length > 0) throw new CorpusError(problems);
  return documents.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
}
