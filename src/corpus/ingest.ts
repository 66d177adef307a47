import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Document } from '../types.ts';
import { parseArticle, serializeArticle } from './load.ts';
import { dateProblem, slugify, type Problem } from './schema.ts';
import { saveDocument } from './save.ts';

/** What the person ingesting an article knows that the text may not say. */
export interface IngestOptions {
  /** YYYY-MM-DD; required, since a page's text rarely states its own date reliably. */
  published?: string;
  outlet?: string;
  url?: string;
  title?: string;
  id?: string;
}

export interface IngestFileOptions extends IngestOptions {
  /** The corpus folder to write into. */
  out: string;
  /** Replace an existing article with different content. */
  force?: boolean;
}

import { IngestError } from './ingest-error.ts';
export { IngestError, type IngestErrorCode } from './ingest-error.ts';

// ---- recognising page furniture ----

const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** Lines that are the page around an article (buttons, menus, share bars), whole line, any case. */
const FURNITURE: readonly RegExp[] = [
  /^(scroll|back|go|return|jump) to (the )?top$/,
  /^(top|home|menu|main menu|search|close|open|next|previous|prev|back|navigation|more|less|expand|collapse)$/,
  /^skip to (main )?(content|navigation|article)$/,
  /^(share|shares|sharing|share (this|the) (article|story|page|post|video|link)|share (on|via|to) .{1,25})$/,
  /^(facebook|twitter|x|email|e-mail|mail|print|copy|copy( the)? (link|url)|link copied|copied|whatsapp|linkedin|reddit|telegram|kakao ?talk|kakao ?story|line|naver|band|pinterest|messenger|threads|bluesky|tumblr|flipboard|weibo|wechat|sms|rss)$/,
  /^(advertisement|advertising|ad|ads|sponsored( content)?|promoted( content)?|paid (content|post)|(story|article) continues below( this)?( advertisement| ad)?|continue reading( below| the (main )?(story|article))?)$/,
  /^(read more|read (the )?full (article|story)|see more|see also|show more|load more|more stories|more news|related|related (articles?|stories|news|content|coverage|topics|links|videos?|reading|posts)|recommended( (stories|articles|reading|for you))?|you (may|might) (also )?like|more (from|on|about) .{1,30}|most (read|popular|viewed|shared|watched)|trending( now| stories| news)?|top (stories|news)|latest( news| stories)?|editor'?s picks?|don'?t miss)$/,
  /^(listen( to (this|the) (article|story))?|\d+\s*min(ute)?s?( read)?|reading time.{0,20}|font size|text size|a\s*a|aa|a\+|a-|translate|print (this )?(article|page|story)|save|save (this )?(article|story)|saved|bookmark|follow( us)?( on .{1,30})?|comments?|\d+ comments?|leave a comment|view comments|add (a )?comment|report (an )?(error|typo)|feedback|audio|gift (this )?article)$/,
  /^[-–—\s]*\(?\s*end\s*\)?[-–—\s]*$/,
];

/** Longer furniture that starts in a telling way: subscription offers, copyright, credits, tags. */
const FURNITURE_PREFIX: readonly { pattern: RegExp; maxWords: number }[] = [
  { pattern: /^(subscribe|sign up|sign in|log in|newsletter|get (our|the) newsletter|already a subscriber|become a (member|subscriber))\b/, maxWords: 25 },
  { pattern: /^(©|\(c\)\s|copyright\s*(©|\(c\)|\d{4}|by\b|:))/, maxWords: 40 },
  { pattern: /(all rights reserved|unauthori[sz]ed reproduction|prohibits its content from being redistributed|may not be (re)?published|reproduction (is )?prohibited)/, maxWords: 40 },
  { pattern: /^(photos?|images?|pictures?|videos?|graphics?|illustrations?|file photos?|screenshots?|captured|courtesy|credit)\b\s*(by\b|:|：|-|–|—|\/|\||courtesy|of\b)/, maxWords: 12 },
  { pattern: /^\(?(reporting|writing|editing|additional reporting|compiled|translated|edited) by\b/, maxWords: 30 },
  { pattern: /^(tags?|topics?|keywords?|categories|category|filed under|section)\s*[:：]/, maxWords: 25 },
  { pattern: /^(published|updated|posted|last updated|first published|modified|date)\b\s*[:：]?\s*.*\d/, maxWords: 12 },
];

/** True for a whole line that is page furniture rather than article text. */
export function isFurnitureLine(line: string): boolean {
  const text = line
    .trim()
    .toLowerCase()
    .replace(/^[\s|•·›»>←→↑⬆︎]+|[\s|:•·›»>←→↑⬆︎]+$/g, '');
  if (text === '') return true;
  // Separators, icons and counters: nothing a reader would call text.
  if (!/\p{L}/u.test(text) && !/\d{3,}/.test(text)) return true;
  if (FURNITURE.some((p) => p.test(text))) return true;
  const words = wordCount(text);
  if (FURNITURE_PREFIX.some((f) => words <= f.maxWords && f.pattern.test(text))) return true;
  if (isDateLine(text)) return true;
  return false;
}

const DATE_WORDS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?|a\.?m|p\.?m|kst|gmt|utc|est|edt|et|bst|cet|msk|jst|hours?|mins?|minutes?|ago|updated|published|posted)\b/g;

/** A line that is only a date or time stamp, e.g. "Sept. 14, 2023 10:05 a.m. KST". */
function isDateLine(text: string): boolean {
  if (!/\d/.test(text)) return false;
  return text.replace(DATE_WORDS, '').replace(/[\d\s.,:/\-–()年月日]/g, '') === '';
}

/**
 * True for a paragraph that is a photo credit, lone caption, byline or label rather than article text:
 * short, and without sentence-ending punctuation. Real paragraphs (ending like a sentence, or longer than
 * twelve words) are kept, except a caption that ends in a photo credit such as "... in this photo. (Yonhap)".
 */
export function isCaptionParagraph(paragraph: string): boolean {
  const text = paragraph.trim();
  if (wordCount(text) <= 12 && !SENTENCE_END.test(text)) return true;
  const credit = /[.!?]?\s*[([][^()[\]]{1,40}[)\]]$/.test(text) && !SENTENCE_END.test(text);
  return credit && /\b(photos?|pictures?|images?|screenshots?|captured|file photo)\b/i.test(text) && wordCount(text) <= 60;
}

const SOURCE_LINE = /^source\s*[:：]\s*(.+?)\s*$/i;

/** The outlet named by a "Source: X" line, or null when the line is not one. */
export function sourceLineOutlet(line: string): string | null {
  const m = SOURCE_LINE.exec(line.trim());
  if (!m) return null;
  // "Source: Harbour Wire (a note about the article)": the outlet is the name before the remark.
  const outlet = m[1]!.replace(/\s*[([][^()[\]]*[)\]]\s*$/, '').replace(/[.;,]+$/, '').trim();
  return outlet !== '' && wordCount(outlet) <= 8 ? outlet : null;
}

/** Text as copied from a browser: invisible characters removed, no-break spaces made plain. */
function normalise(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u202F\u2007]/g, ' ')
    .replace(/\r\n?/g, '\n');
}

/** Blocks of consecutive non-blank lines, each line trimmed. */
function blocksOf(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(trimmed);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/**
 * The paragraphs a block of lines stands for. Text pasted without blank lines has one paragraph per line
 * (every line ends like a sentence, or lines are longer than any hard wrap); a block of short lines none
 * of which ends a sentence is a list of labels; anything else is one hard-wrapped paragraph.
 */
function paragraphCandidates(lines: string[]): { text: string; joined: boolean }[] {
  if (lines.length === 1) return [{ text: lines[0]!, joined: false }];
  const perLine =
    lines.every((l) => SENTENCE_END.test(l)) ||
    Math.max(...lines.map((l) => l.length)) > 100 ||
    (!SENTENCE_END.test(lines[lines.length - 1]!) && lines.every((l) => wordCount(l) <= 12));
  return perLine ? lines.map((text) => ({ text, joined: false })) : [{ text: lines.join(' '), joined: true }];
}

function looksLikeHeadline(line: string): boolean {
  return wordCount(line) <= 25 && !/[.!?…]["'”’)]*$/.test(line);
}

/**
 * Turns the raw text of a news page into a document: the first line is the headline, blank lines separate
 * paragraphs, a "Source: X" line names the outlet, and page furniture (share buttons, "scroll to top",
 * copyright, photo credits) is left out and listed in `dropped`. Throws IngestError('bad_input') when the
 * date, outlet or text is missing or wrong.
 */
export function ingestText(raw: string, options: IngestOptions = {}): { document: Document; dropped: string[] } {
  const dropped: string[] = [];
  const blocks = blocksOf(normalise(raw));

  // The headline: the first line that is not furniture (menus and "skip to content" may come before it).
  let headline: string | null = null;
  findHeadline: for (const block of blocks) {
    while (block.length > 0) {
      const line = block[0]!;
      if (isFurnitureLine(line)) {
        dropped.push(line);
        block.shift();
        continue;
      }
      if (options.title === undefined || looksLikeHeadline(line)) {
        headline = line;
        block.shift();
        if (options.title !== undefined) dropped.push(line);
      }
      break findHeadline;
    }
  }

  let sourceOutlet: string | null = null;
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const lines: string[] = [];
    for (const line of block) {
      const outlet = sourceLineOutlet(line);
      if (outlet !== null) {
        sourceOutlet ??= outlet;
        dropped.push(line);
      } else if (isFurnitureLine(line)) {
        dropped.push(line);
      } else lines.push(line);
    }
    if (lines.length === 0) continue;
    for (const { text, joined } of paragraphCandidates(lines)) {
      const isHeadlineAgain = headline !== null && text.toLowerCase() === headline.toLowerCase();
      // A hard-wrapped paragraph's last line may be short; only a long photo caption is dropped whole.
      const isCaption = joined ? wordCount(text) > 12 && isCaptionParagraph(text) : isCaptionParagraph(text);
      if (isHeadlineAgain || isCaption) dropped.push(text);
      else paragraphs.push(text);
    }
  }

  const title = (options.title ?? headline ?? '').trim();
  const outlet = (options.outlet ?? sourceOutlet ?? '').trim();
  const problems: string[] = [];
  if (title === '') problems.push('title: the text has no headline; give one with --title');
  if (outlet === '') problems.push('outlet: the text has no "Source: <outlet>" line; give the outlet with --outlet');
  const published = options.published?.trim();
  if (!published) {
    problems.push('published: give the publication date with --published YYYY-MM-DD (it cannot be read reliably from the text)');
  } else {
    const problem = dateProblem(published);
    if (problem) problems.push(`published: ${problem}`);
  }
  if (paragraphs.length === 0) problems.push('text: no article paragraphs were found after the headline');
  const id = options.id !== undefined ? options.id.trim() : slugify(title);
  if (id === '') problems.push('id: cannot make a document id from the title; give one with --id');
  else if (options.id === undefined && id !== slugify(id)) problems.push(`id: "${id}" is not a lowercase slug`);
  if (problems.length > 0) throw new IngestError('bad_input', `Cannot ingest this article:\n  ${problems.join('\n  ')}`);

  const url = options.url?.trim() ? options.url.trim() : null;
  const document: Document = {
    id,
    file: `${id}.md`,
    title,
    outlet,
    published: published!,
    url,
    language: 'en',
    paragraphs,
  };
  checkWithLoader(document);
  return { document, dropped };
}

const OPTION_FOR_FIELD: Record<string, string> = {
  id: '--id',
  title: '--title',
  outlet: '--outlet',
  published: '--published',
  url: '--url',
};

/** The article must read back through the corpus loader as exactly this document, or it is not written. */
export function checkWithLoader(document: Document): void {
  const back = parseArticle(document.file, serializeArticle(document));
  if (back.problems.length > 0) {
    const lines = back.problems.map((p: Problem) => `${OPTION_FOR_FIELD[p.field] ?? p.field}: ${p.message}`);
    throw new IngestError('bad_input', `Cannot ingest this article:\n  ${lines.join('\n  ')}`);
  }
  if (JSON.stringify(back.document) !== JSON.stringify(document)) {
    throw new IngestError('bad_input', `Cannot ingest this article: it would not read back unchanged from ${document.file}`);
  }
}

/**
 * Ingests a text file into a corpus folder: the `ingest` command. The id defaults to a slug of the input
 * file's name. Writes atomically; an existing article is left alone when identical, and replaced only with
 * `force` when it differs (otherwise IngestError('exists')).
 */
export function ingestFile(
  path: string,
  options: IngestFileOptions,
): { document: { id: string; file: string; paragraphs: number }; dropped: string[]; path: string; written: boolean } {
  if (!existsSync(path) || !statSync(path).isFile()) throw new IngestError('not_found', `There is no file at ${path} to ingest.`);
  const raw = readFileSync(path, 'utf8');
  // A file name with no usable letters (say, in Korean) falls back to the headline for the id.
  const id = options.id ?? (slugify(basename(path, extname(path))) || undefined);
  const { document, dropped } = ingestText(raw, { ...options, id });
  const { path: target, written } = saveDocument(document, options);
  return { document: { id: document.id, file: document.file, paragraphs: document.paragraphs.length }, dropped, path: target, written };
}
