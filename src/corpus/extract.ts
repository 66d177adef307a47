/**
 * The article in a web page: Firefox's reader view (@mozilla/readability) run over linkedom's DOM finds the
 * body; the page's own metadata (Open Graph, article:*, JSON-LD, <link rel=canonical>, <time>) gives the
 * outlet, date, canonical address and byline; the text ingester's furniture rules clean what is left.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import * as chrono from 'chrono-node';
import { parseHTML } from 'linkedom';
import { isCaptionParagraph, isFurnitureLine } from './ingest.ts';
import { IngestError } from './ingest-error.ts';
import { dateProblem } from './schema.ts';
import { escapeRegExp } from '../text/regexp.ts';

// No DOM types in this project's lib: the little of the DOM used here, as linkedom provides it.
interface El {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly parentElement: El | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): Iterable<El> & { length: number };
  closest(selector: string): El | null;
  remove(): void;
}
type Page = El & { readonly body: El | null; readonly documentElement: El };

/** What a page says about its article; null where it says nothing. */
export interface ExtractedArticle {
  title: string | null;
  paragraphs: string[];
  /** Text left out as furniture (captions, credits, ads, share bars, time stamps). */
  dropped: string[];
  outlet: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  /** Where the date came from, for the person checking it. */
  publishedFrom: 'meta' | 'json-ld' | 'time' | 'dateline' | null;
  canonicalUrl: string | null;
  byline: string | null;
  /** The page's language (`<html lang>`, og:locale), as a primary subtag such as "en"; null when unsaid. */
  language: string | null;
}

/** Collapsed whitespace, no invisible characters. */
function clean(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\s\u00A0\u202F\u2007]+/g, ' ')
    .trim();
}

function meta(page: Page, ...names: string[]): string | null {
  for (const name of names) {
    for (const el of page.querySelectorAll(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)) {
      const value = clean(el.getAttribute('content'));
      if (value) return value;
    }
  }
  return null;
}

type Json = Record<string, unknown>;

/** Every JSON-LD object of the page, @graph and arrays flattened; broken blocks are skipped. */
function jsonLd(page: Page): Json[] {
  const out: Json[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      out.push(x as Json);
      // A WebPage whose mainEntity is the article, and graphs of several objects.
      if ('@graph' in x) visit((x as Json)['@graph']);
      if ('mainEntity' in x) visit((x as Json).mainEntity);
    }
  };
  for (const script of page.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD says nothing; the other sources still may.
    }
  }
  return out;
}

const ARTICLE_TYPE = /(Article|BlogPosting|LiveBlogPosting|Report)$/;

function types(x: Json): string[] {
  const t = x['@type'];
  return (Array.isArray(t) ? t : [t]).filter((v): v is string => typeof v === 'string');
}

function nameOf(x: unknown, all: Json[]): string | null {
  const first = Array.isArray(x) ? x[0] : x;
  if (typeof first === 'string') return clean(first) || null;
  if (!first || typeof first !== 'object') return null;
  const obj = first as Json;
  if (typeof obj.name === 'string' && clean(obj.name)) return clean(obj.name);
  // A reference to an object elsewhere in the graph.
  const ref = obj['@id'];
  const target = typeof ref === 'string' ? all.find((o) => o['@id'] === ref && o !== obj) : undefined;
  return target && typeof target.name === 'string' ? clean(target.name) || null : null;
}

function names(x: unknown, all: Json[]): string | null {
  const list = (Array.isArray(x) ? x : [x]).map((a) => nameOf(a, all)).filter((n): n is string => n !== null);
  return list.length ? list.join(', ') : null;
}

/** YYYY-MM-DD of a machine-readable date, as the publisher wrote it (its own day, not UTC's). */
export function isoDay(value: string | null | undefined): string | null {
  const text = clean(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  let day = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  if (!day && text) {
    const t = Date.parse(text);
    if (Number.isFinite(t)) day = new Date(t).toISOString().slice(0, 10);
  }
  return day && dateProblem(day) === null ? day : null;
}

const DATELINE = /^\s*(?<place>\p{Lu}[^,()\n]{1,40}),\s*(?<date>[^()\n]{3,40}?)\s*\((?<agency>[^()\n]{2,40})\)\s*(?:--|[-–—:])\s/u;

/**
 * The dateline that opens many wire and state-media stories, "PLACE, September 14, 2023 (Agency) --":
 * its date (only when it names the year: a day and month alone would be a guess) and its agency.
 */
export function readDateline(paragraph: string): { published: string | null; agency: string } | null {
  const m = DATELINE.exec(paragraph);
  if (!m?.groups) return null;
  const parsed = chrono.strict.parse(m.groups.date!)[0]?.start;
  const certain = parsed && parsed.isCertain('year') && parsed.isCertain('month') && parsed.isCertain('day');
  const published = certain
    ? isoDay(`${parsed.get('year')}-${String(parsed.get('month')).padStart(2, '0')}-${String(parsed.get('day')).padStart(2, '0')}`)
    : null;
  return { published, agency: clean(m.groups.agency) };
}

function absolute(href: string | null | undefined, base: string | null): string | null {
  const h = clean(href);
  if (!h) return null;
  try {
    const url = base ? new URL(h, base) : new URL(h);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/** Elements that are never article text, and class or id words that mark furniture boxes. */
const NEVER_TEXT = 'script, style, noscript, template, nav, aside, form, button, figure, figcaption, iframe, amp-ad, amp-analytics, amp-social-share';
const FURNITURE_WORDS = /(^|[\s_-])(share|sharing|social|newsletter|subscribe|signup|related|recommended|promo|advert|advertisement|ad|ads|cookie|comments?|most-read|mostread|trending|paywall)([\s_-]|$)/i;

function removeFurniture(page: Page): void {
  for (const el of [...page.querySelectorAll(NEVER_TEXT)]) el.remove();
  const whole = clean(page.body?.textContent).length;
  for (const el of [...page.querySelectorAll('[class], [id]')]) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') continue;
    if (!FURNITURE_WORDS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    // A class such as "story has-comments" or "ad-free" can sit on the article's own container: a box
    // holding the headline, an article, or much of the page's text is not furniture.
    if (el.querySelector('h1, article, [itemprop="articleBody"]')) continue;
    if (clean(el.textContent).length > whole * 0.4) continue;
    el.remove();
  }
}

const BLOCKS = 'p, li, blockquote, pre';

/** The paragraphs of Readability's cleaned HTML: leaf text blocks, in order. */
function blocksOf(html: string): string[] {
  const page = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Page;
  const out: string[] = [];
  for (const el of page.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue;
    const text = clean(el.textContent);
    if (!text) continue;
    // A list item that is all link is a list of other stories.
    if (el.tagName === 'LI') {
      const linked = [...el.querySelectorAll('a')].map((a) => clean(a.textContent)).join(' ');
      if (linked.length >= text.length * 0.8) continue;
    }
    out.push(text);
  }
  return out;
}

/**
 * Readability's parse of the page. Readability walks the DOM linkedom built and can trip on a page broken in
 * an odd way (a TypeError inside its own code); that is a page we cannot read, not a crash of the bot.
 */
function readArticle(page: Page): ReturnType<Readability['parse']> {
  try {
    return new Readability(page as never, { charThreshold: 200 }).parse();
  } catch (e) {
    throw new IngestError('not_article', `This page could not be read as an article (its HTML is broken: ${(e as Error).message}): give the address of the story itself, or save its text to a file.`);
  }
}

/**
 * Extracts the article of an HTML page. `pageUrl` (where it was fetched from, or null for a saved file)
 * resolves relative addresses. Throws IngestError('not_article') when the page has no article text.
 */
export function extractArticle(html: string, pageUrl: string | null): ExtractedArticle {
  const page = parseHTML(html).document as unknown as Page;
  const ld = jsonLd(page);
  const article = ld.find((x) => types(x).some((t) => ARTICLE_TYPE.test(t)));
  const h1s = [...page.querySelectorAll('h1')].map((h) => clean(h.textContent)).filter(Boolean);
  const headings = [...page.querySelectorAll('h1, h2, h3')].map((h) => clean(h.textContent)).filter(Boolean);
  const firstTime = [...page.querySelectorAll('time[datetime]')].map((t) => isoDay(t.getAttribute('datetime'))).find((d) => d !== null) ?? null;
  const canonical =
    absolute(page.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl) ??
    absolute(meta(page, 'og:url'), pageUrl) ??
    absolute(typeof article?.url === 'string' ? article.url : null, pageUrl) ??
    (pageUrl ? absolute(pageUrl, null) : null);
  const readerable = isProbablyReaderable(page as never);
  const lang = /^([a-z]{2,3})(?:[-_]|$)/i.exec(clean(page.documentElement?.getAttribute('lang')) || meta(page, 'og:locale') || '')?.[1]?.toLowerCase() ?? null;

  removeFurniture(page);
  // A short story (a brief of four paragraphs) is an article too: Readability's default wants 500 characters.
  const parsed = readArticle(page);
  const dropped: string[] = [];
  const paragraphs: string[] = [];
  for (const text of blocksOf(parsed?.content ?? '')) {
    if (isFurnitureLine(text) || isCaptionParagraph(text)) dropped.push(text);
    else paragraphs.push(text);
  }
  // Article text is sentences: a list of headlines or links has none. A page Readability doubts needs two.
  const sentences = paragraphs.filter((p) => p.split(' ').length >= 8 && /[.!?…]["'”’)\]]*$/.test(p)).length;
  if (sentences === 0 || (!readerable && sentences < 2)) {
    throw new IngestError(
      'not_article',
      `This page does not look like an article (${paragraphs.length === 0 ? 'no paragraphs of text were found' : `${sentences === 0 ? 'none' : 'only one'} of its ${paragraphs.length} blocks of text reads like a paragraph`}): give the address of the story itself.`,
    );
  }

  const dateline = readDateline(paragraphs[0]!);
  const outlet =
    meta(page, 'og:site_name') || nameOf(article?.publisher, ld) || clean(parsed?.siteName) || dateline?.agency || meta(page, 'application-name') || null;
  const metaDay = isoDay(meta(page, 'article:published_time', 'datePublished', 'pubdate', 'publishdate'));
  const ldDay = isoDay(typeof article?.datePublished === 'string' ? article.datePublished : null);
  const [published, publishedFrom] = metaDay
    ? [metaDay, 'meta' as const]
    : ldDay
      ? [ldDay, 'json-ld' as const]
      : firstTime
        ? [firstTime, 'time' as const]
        : dateline?.published
          ? [dateline.published, 'dateline' as const]
          : [null, null];
  let title =
    (typeof article?.headline === 'string' ? clean(article.headline) : '') || meta(page, 'og:title') || (h1s.length === 1 ? h1s[0]! : '') || clean(parsed?.title);
  // A <title> that is only the site's name says nothing of the story: the first heading does.
  if (!title || (outlet && title.toLowerCase() === outlet.toLowerCase())) title = headings[0] ?? title;
  // "Talks end | Daily Star": the site's name after a separator is not part of the headline.
  if (outlet) {
    const suffix = new RegExp(`\\s+[|\\-–—:·•]\\s+${escapeRegExp(outlet)}\\s*$`, 'i');
    const stripped = title.replace(suffix, '');
    if (stripped.trim()) title = stripped.trim();
  }
  const byline = clean(parsed?.byline) || names(article?.author, ld) || meta(page, 'author') || null;
  return {
    title: title || null,
    paragraphs: paragraphs.filter((p) => p.toLowerCase() !== title.toLowerCase()),
    dropped,
    outlet: outlet || null,
    published,
    publishedFrom,
    canonicalUrl: canonical,
    byline: byline ? byline.replace(/^by\s+/i, '') : null,
    language: lang,
  };
}
