import type { Document } from '../types.ts';
import { extractArticle, type ExtractedArticle } from './extract.ts';
import { IngestError } from './ingest-error.ts';
import { checkWithLoader, type IngestOptions } from './ingest.ts';
import { dateProblem, slugify } from './schema.ts';

/** A document made from a web page, with what the page said and what was left out. */
export interface HtmlIngested {
  document: Document;
  dropped: string[];
  byline: string | null;
  /** Where the date came from: the page (meta, json-ld, time, dateline) or the command line. */
  publishedFrom: NonNullable<ExtractedArticle['publishedFrom']> | 'option';
}

/**
 * Turns an HTML page into a document: the article as extract.ts finds it, with the options overriding what
 * the page says (title, outlet, published, url, id). Throws IngestError('bad_input') naming each field the
 * page does not give and the option that would, or IngestError('not_article').
 */
export function ingestHtml(html: string, pageUrl: string | null, options: IngestOptions = {}): HtmlIngested {
  const page = extractArticle(html, pageUrl);
  const title = (options.title ?? page.title ?? '').trim();
  const outlet = (options.outlet ?? page.outlet ?? '').trim();
  const published = (options.published ?? page.published ?? '').trim();
  const problems: string[] = [];
  if (title === '') problems.push('title: the page has no headline; give one with --title');
  if (outlet === '') problems.push('outlet: the page does not name its outlet (no og:site_name, JSON-LD publisher or dateline); give it with --outlet');
  if (published === '') {
    problems.push('published: the page does not say when it was published (no article:published_time, JSON-LD datePublished, <time> or dated dateline); give --published YYYY-MM-DD');
  } else {
    const problem = dateProblem(published);
    if (problem) problems.push(`published: ${problem}`);
  }
  const id = options.id !== undefined ? options.id.trim() : slugify(title);
  if (id === '' && title !== '') problems.push('id: cannot make a document id from the title; give one with --id');
  else if (options.id !== undefined && id !== slugify(id)) problems.push(`id: "${id}" is not a lowercase slug`);
  if (problems.length > 0) throw new IngestError('bad_input', `Cannot ingest this page:\n  ${problems.join('\n  ')}`);
  const url = options.url?.trim() || page.canonicalUrl;
  const document: Document = {
    id,
    file: `${id}.md`,
    title,
    outlet,
    published,
    url: url ?? null,
    language: page.language ?? 'en',
    paragraphs: page.paragraphs,
  };
  checkWithLoader(document);
  // A date always comes from somewhere: the option, or the page (else the problems above were thrown).
  return { document, dropped: page.dropped, byline: page.byline, publishedFrom: options.published ? 'option' : page.publishedFrom! };
}
