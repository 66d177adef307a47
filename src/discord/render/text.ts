// Corpus and typed text made safe for a message: Markdown escaped, mentions broken, cut on a word with a
// visible mark, the key words in bold, and the citation line.
import { escapeMarkdown } from 'discord.js';
import type { Citation } from '../../types.ts';

/** How a cut is marked: an ellipsis after the last whole word, and the word "cut". */
export const CUT = '… (cut)';

/** Breaks mention syntax (@everyone, @here, <@id>, <@!id>, <@&id>, <#id>) with a zero-width space. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<(@[!&]?|#)/g, '<\u200b$1');
}

/**
 * Whatever escapeText could change: a character of Markdown, of a quote block or of a mention anywhere, or a
 * line that starts (after spaces) with "-" or a number and a full stop (a list). Text without any is shown as
 * it is (tests/render-escape.test.ts checks this against the full escape on random text).
 */
const MARKDOWN_OR_MENTION = /[\\`*_~|#[\]()>@<]|^ *(?:-|\d+\.)/m;

/**
 * Text made safe to show: Markdown characters escaped so they render literally (the characters shown stay
 * the same) and mentions neutralised. Used for corpus text and for anything a user typed.
 */
export function escapeText(text: string): string {
  // Most corpus text holds nothing Markdown or a mention reacts to, and escapeMarkdown runs a dozen regular
  // expressions over it: profiled through the fake Discord at 1,000 articles, 6% of a burst's main thread.
  if (!MARKDOWN_OR_MENTION.test(text)) return text;
  const md = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return neutraliseMentions(md.replace(/^(\s*)>/gm, '$1\\>'));
}

/**
 * Escapes a message we wrote that may carry typed text: everything escaped and mentions neutralised, then
 * our own short `option` spans restored (typed text cannot open a code block: a fence never matches).
 */
export function escapeMessage(text: string): string {
  return neutraliseMentions(escapeMarkdown(text).replace(/\\`([\w /:.-]{1,40})\\`/g, '`$1`'));
}

/** True when an escaped string has an unclosed `**` of ours (escaped characters skipped). */
function boldOpen(s: string): boolean {
  let open = false;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '*' && s[i + 1] === '*') {
      open = !open;
      i++;
    }
  }
  return open;
}

/** The longest prefix of s within n characters that ends on a word (no marker added). */
export function cutWords(s: string, n: number): string {
  if (s.length <= n) return s;
  if (n <= 0) return '';
  let cut = s.slice(0, n);
  const space = cut.search(/\s\S*$/);
  // One very long word: cut inside it rather than show nothing.
  if (space > n / 3) cut = cut.slice(0, space);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.trimEnd();
  // A dangling escape would swallow the marker that follows.
  let slashes = 0;
  while (cut.endsWith('\\'.repeat(slashes + 1))) slashes++;
  if (slashes % 2 === 1) cut = cut.slice(0, -1);
  return cut;
}

/**
 * Fits escaped text into n characters: unchanged when it fits, else cut on a word with "… (cut)", closing
 * a bold span left open.
 */
export function truncate(s: string, n: number): string {
  if (s.length <= n) return s;
  if (n < CUT.length + 3) return cutWords(s, n);
  let cut = cutWords(s, n - CUT.length - 2);
  if (boldOpen(cut)) cut += '**';
  return cut + CUT;
}

/**
 * Raw text escaped and fitted into n characters. Only a prefix is escaped: escaping never shortens text,
 * so the rest could not be shown anyway, and escaping megabytes to show a line is slow.
 */
export function escapeFit(raw: string, n: number): string {
  return truncate(escapeText(raw.length > n + 1 ? raw.slice(0, n + 1) : raw), n);
}

/** The last words of s within n characters, starting on a word. */
function tailWords(s: string, n: number): string {
  if (s.length <= n) return s;
  if (n <= 0) return '';
  const tail = s.slice(s.length - n);
  const space = tail.search(/\s/);
  return space < 0 ? '' : tail.slice(space).trimStart();
}

export function findKey(text: string, key: string): number {
  const exact = text.indexOf(key);
  if (exact >= 0) return exact;
  const lower = text.toLowerCase();
  const k = key.toLowerCase();
  return lower.length === text.length && k.length === key.length ? lower.indexOf(k) : -1;
}

/**
 * Corpus text with its key part in bold, verbatim and escaped, within n characters. When it must be cut,
 * the key part is kept whole if it fits and the context around it is trimmed on words, marked with "…".
 */
export function boldWithin(text: string, key: string, n: number): string {
  const at = key.trim() ? findKey(text, key) : -1;
  if (at < 0) return escapeFit(text, n);
  const beforeRaw = text.slice(0, at);
  const afterRaw = text.slice(at + key.length);
  const before = escapeText(beforeRaw.length > n ? beforeRaw.slice(-n) : beforeRaw);
  const mid = escapeText(key.length > n ? text.slice(at, at + n) : text.slice(at, at + key.length));
  const after = escapeText(afterRaw.length > n ? afterRaw.slice(0, n) : afterRaw);
  const clipped = beforeRaw.length > n || afterRaw.length > n || key.length > n;
  const whole = `${before}**${mid}**${after}`;
  if (whole.length <= n && !clipped) return whole;
  const room = n - CUT.length - 2 - 4;
  if (mid.length >= room) return `${before ? '… ' : ''}**${cutWords(mid, room)}**${CUT}`;
  const left = room - mid.length;
  const beforeBudget = Math.min(before.length, Math.max(Math.floor(left / 2), left - after.length));
  const b = tailWords(before, beforeBudget);
  const a = cutWords(after, left - b.length);
  const beforeCut = b.length < before.length || beforeRaw.length > n;
  const afterCut = a.length < after.trimEnd().length || afterRaw.length > n;
  return `${beforeCut ? '… ' : ''}${b}**${mid}**${a}${afterCut ? CUT : beforeCut ? ' (cut)' : ''}`;
}

/** A link Discord shows without a preview, or nothing when the url is not a plain http(s) address. */
export function link(url: string | null): string {
  return url && /^https?:\/\/[^\s<>]+$/.test(url) && url.length <= 512 ? `<${url}>` : '';
}

/** "— Outlet, 2023-09-14, ¶3 · <url>" */
export function citationLine(c: Citation): string {
  const where = `— ${escapeFit(c.outlet, 150)}, ${escapeFit(c.published, 20)}, ¶${c.paragraph}`;
  const url = link(c.url);
  return url ? `${where} · ${url}` : where;
}

export function quoted(s: string): string {
  return `“${s}”`;
}

/** Typed text echoed back: escaped, neutralised, quoted, short. */
export function echo(typed: string, n = 200): string {
  return quoted(escapeFit(typed.slice(0, n * 2).replace(/\s+/g, ' ').trim(), n));
}
