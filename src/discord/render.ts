/**
 * Engine answers → Discord messages. The only module that knows Discord's limits, flags and allowed
 * mentions: everything it returns fits every limit by construction, pings nobody, and shows corpus text
 * verbatim (Markdown escaped so it renders literally) with the key sentence in bold and its citation.
 */
import { ButtonStyle, ComponentType, escapeMarkdown, MessageFlags } from 'discord.js';
import { DIFFERENCE_LABELS as DIFFERENCE_KIND } from '../quotes/difference-labels.ts';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { Choice, OptionValues } from '../command.ts';
import type {
  Answer,
  AskAnswer,
  Citation,
  ErrorAnswer,
  HelpAnswer,
  IngestAnswer,
  RemovedAnswer,
  QuotesAnswer,
  SourcesAnswer,
  SpeakersAnswer,
  SummaryAnswer,
  TimelineAnswer,
  WhoSaidAnswer,
  WhoSaidMatch,
  WordDifference,
} from '../types.ts';
import { pageButtonId, SHARE_ID } from './buttons.ts';

/** Discord's documented limits (characters, counted as JavaScript string length, which never undercounts). */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedsTotal: 6000,
  embeds: 10,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
} as const;

/** Items (quotes, events, documents, speakers) shown per page of a long answer. */
export const PAGE_SIZE = 5;

/** How a cut is marked: an ellipsis after the last whole word, and the word "cut". */
export const CUT = '… (cut)';

/** `allowed_mentions` for every message: nothing the bot says may ping anyone. */
export const NO_MENTIONS = { parse: [] as never[] };

const EPHEMERAL = MessageFlags.Ephemeral as number;
const COLOR = 0x3b6ea8;
const ERROR_COLOR = 0xc0392b;
// Leave headroom under the 6000 total so titles and footers never push a message over.
const EMBED_BUDGET = 5600;

/** A message ready for Discord's API: snake_case, as the interaction callback and webhook routes take it. */
export interface RenderedMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** 64 (ephemeral) for private answers; absent for public ones. */
  flags?: number;
  allowed_mentions: { parse: never[] };
}

/** What rendering needs beyond the answer. */
export interface RenderContext {
  /** Page to show, from 0; clamped to the pages there are. */
  page?: number;
  /** Given when the answer may page: who asked and how to re-run the command for another page. */
  paging?: { command: string; userId: string; options: OptionValues };
  /** Show a Share button (default: true for anything but errors). */
  share?: boolean;
}

// ---------------------------------------------------------------- text

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
function escapeMessage(text: string): string {
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
function cutWords(s: string, n: number): string {
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

function findKey(text: string, key: string): number {
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
function link(url: string | null): string {
  return url && /^https?:\/\/[^\s<>]+$/.test(url) && url.length <= 512 ? `<${url}>` : '';
}

/** "— Outlet, 2023-09-14, ¶3 · <url>" */
export function citationLine(c: Citation): string {
  const where = `— ${escapeFit(c.outlet, 150)}, ${escapeFit(c.published, 20)}, ¶${c.paragraph}`;
  const url = link(c.url);
  return url ? `${where} · ${url}` : where;
}

function quoted(s: string): string {
  return `“${s}”`;
}

/** Typed text echoed back: escaped, neutralised, quoted, short. */
function echo(typed: string, n = 200): string {
  return quoted(escapeFit(typed.slice(0, n * 2).replace(/\s+/g, ' ').trim(), n));
}

// ---------------------------------------------------------------- limits

function embedLength(e: APIEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/** Characters counted against the 6000 limit across a message's embeds. */
export function embedsLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((n, e) => n + embedLength(e), 0);
}

function clampEmbed(e: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...e };
  if (out.title !== undefined) out.title = truncate(out.title, LIMITS.title);
  if (out.description !== undefined) out.description = truncate(out.description, LIMITS.description);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, LIMITS.authorName) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.fields).map((f) => ({
      ...f,
      name: truncate(f.name.trim() === '' ? '\u200b' : f.name, LIMITS.fieldName),
      value: truncate(f.value.trim() === '' ? '\u200b' : f.value, LIMITS.fieldValue),
    }));
  }
  if (out.description === '') delete out.description;
  return out;
}

/**
 * The safety net under every budget: each embed clamped to its limits, at most 10 embeds, and the longest
 * texts cut (then trailing fields dropped) until the message is within 6000 characters.
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const out = embeds.slice(0, LIMITS.embeds).map(clampEmbed);
  const MIN = 40;
  for (let guard = 0; guard < 1000; guard++) {
    const excess = embedsLength(out) - LIMITS.embedsTotal;
    if (excess <= 0) break;
    let best: { len: number; set: (s: string) => void; get: () => string } | null = null;
    for (const e of out) {
      const consider = (get: () => string, set: (s: string) => void) => {
        const len = get().length;
        if (len > MIN && (!best || len > best.len)) best = { len, get, set };
      };
      if (e.description) consider(() => e.description ?? '', (s) => (e.description = s));
      for (const f of e.fields ?? []) consider(() => f.value, (s) => (f.value = s));
    }
    const chosen = best as { len: number; set: (s: string) => void; get: () => string } | null;
    if (chosen) {
      chosen.set(truncate(chosen.get(), Math.max(MIN, chosen.len - excess)));
      continue;
    }
    const last = out[out.length - 1];
    if (!last) break;
    if (last.fields && last.fields.length > 0) last.fields.pop();
    else if (out.length > 1) out.pop();
    else {
      last.title = last.title ? truncate(last.title, MIN) : undefined;
      last.footer = undefined;
      break;
    }
  }
  return out;
}

/** Autocomplete choices as Discord takes them: at most 25, name and value within 100 characters. */
export function renderChoices(choices: readonly Choice[]): Choice[] {
  const out: Choice[] = [];
  const seen = new Set<string>();
  for (const c of choices) {
    if (out.length >= LIMITS.choices) break;
    // A value longer than Discord allows would come back cut and match nothing: skip it rather than mangle it.
    if (c.value.length === 0 || c.value.length > LIMITS.choiceValue || seen.has(c.value)) continue;
    seen.add(c.value);
    const name = c.name.replace(/\s+/g, ' ').trim() || c.value;
    out.push({ name: name.length > LIMITS.choiceName ? `${cutWords(name, LIMITS.choiceName - 1)}…` : name, value: c.value });
  }
  return out;
}

// ---------------------------------------------------------------- messages

function message(embeds: APIEmbed[], components: RenderedMessage['components'], isPrivate: boolean, content?: string): RenderedMessage {
  const m: RenderedMessage = { embeds: fitEmbeds(embeds), components, allowed_mentions: { parse: [] } };
  if (content !== undefined) m.content = truncate(content, LIMITS.content);
  if (isPrivate) m.flags = EPHEMERAL;
  return m;
}

/** A short private note (cooldown, expired page, someone else's buttons, an error). */
export function renderNote(text: string, options: { error?: boolean } = {}): RenderedMessage {
  return message([{ description: truncate(text, LIMITS.description), color: options.error ? ERROR_COLOR : COLOR }], [], true);
}

/** The public copy of a private answer, credited to the person who shared it (by name, never a ping). */
export function renderShared(embeds: readonly APIEmbed[], sharedBy: string): RenderedMessage {
  const clean = embeds.map((e) => {
    const out: APIEmbed = {};
    if (e.title) out.title = e.title;
    if (e.description) out.description = e.description;
    if (e.url && /^https?:\/\//.test(e.url)) out.url = e.url;
    if (typeof e.color === 'number') out.color = e.color;
    if (e.fields?.length) out.fields = e.fields.map((f) => ({ name: f.name, value: f.value, ...(f.inline ? { inline: true } : {}) }));
    if (e.footer?.text) out.footer = { text: e.footer.text };
    return out;
  });
  const name = escapeFit(sharedBy.slice(0, 200).replace(/\s+/g, ' ').trim() || 'someone', 100);
  return message(clean, [], false, `Shared by ${name}`);
}

interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  first: number;
}

function pageOf<T>(items: readonly T[], page: number | undefined): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const p = Math.min(Math.max(0, Math.floor(page ?? 0)), pages - 1);
  return { items: items.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE), page: p, pages, first: p * PAGE_SIZE };
}

function buttons(ctx: RenderContext, page: Page<unknown> | null, shareable: boolean): RenderedMessage['components'] {
  const row: APIButtonComponent[] = [];
  if (page && page.pages > 1 && ctx.paging) {
    row.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: 'Previous',
      custom_id: pageButtonId({ ...ctx.paging, page: page.page - 1 }),
      disabled: page.page === 0,
    });
    row.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: 'Next',
      custom_id: pageButtonId({ ...ctx.paging, page: page.page + 1 }),
      disabled: page.page >= page.pages - 1,
    });
  }
  if (shareable && (ctx.share ?? true)) {
    row.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: 'Share', custom_id: SHARE_ID });
  }
  return row.length ? [{ type: ComponentType.ActionRow, components: row }] : [];
}

function pageFooter(page: Page<unknown>, total: number, noun: string): string {
  if (page.pages <= 1) return `${total} ${total === 1 ? noun.replace(/s$/, '') : noun}`;
  return `Page ${page.page + 1} of ${page.pages} · ${page.first + 1}–${page.first + page.items.length} of ${total} ${noun}`;
}

/** Per-item room so a page of items stays under the message total. */
function itemBudget(count: number, cap: number, overhead = 0): number {
  return Math.max(60, Math.min(cap, Math.floor(EMBED_BUDGET / Math.max(1, count)) - overhead));
}

// ---------------------------------------------------------------- answers

function renderAsk(a: AskAnswer, ctx: RenderContext): RenderedMessage {
  const heading = `Sources for ${echo(a.query)}`;
  if (!a.answered || a.results.length === 0) {
    return message(
      [
        {
          title: truncate('Not in the sources', LIMITS.title),
          description: `I searched every passage of the sources for ${echo(a.query, 300)} and found nothing that answers it.\nTry other words (a name, a place, a date), or see what the sources cover with /sources.`,
          color: COLOR,
        },
      ],
      buttons(ctx, null, false),
      true,
    );
  }
  const results = a.results.slice(0, LIMITS.embeds);
  const per = itemBudget(results.length, LIMITS.description, 300);
  const embeds = results.map((r, i): APIEmbed => {
    const cite = citationLine(r.citation);
    return {
      title: truncate(i === 0 ? heading : escapeFit(r.citation.title, LIMITS.title), LIMITS.title),
      description: `${boldWithin(r.text, r.highlight, per - cite.length - 2)}\n\n${cite}`,
      color: COLOR,
      footer: i === results.length - 1 ? { text: `${results.length} passage${results.length === 1 ? '' : 's'} · the key sentence is in bold` } : undefined,
    };
  });
  return message(embeds, buttons(ctx, null, true), true);
}

function speakerLabel(speaker: string | null, role: string | null): string {
  const who = speaker ? escapeFit(speaker, 120) : 'Unattributed';
  return role ? `${who}, ${escapeFit(role, 120)}` : who;
}

/** A quote in bold inside the sentence it stands in, when the sentence is known. */
function quoteInSentence(quote: string, sentence: string | undefined, n: number): string {
  if (sentence && findKey(sentence, quote) >= 0) return boldWithin(sentence, quote, n);
  return quoted(boldWithin(quote, quote, n - 2));
}

/**
 * Corpus text with the given ranges of it in bold (verbatim, escaped), within n characters: whole when it
 * fits, else a stretch around the first range, cut on words and marked with "…".
 */
export function markWithin(text: string, ranges: readonly (readonly [number, number])[], n: number): string {
  const marks = ranges.filter(([a, b]) => a >= 0 && b > a && b <= text.length).sort((x, y) => x[0] - y[0]);
  const build = (ws: number, we: number): string => {
    let out = ws > 0 ? '… ' : '';
    let at = ws;
    for (const [a, b] of marks) {
      const from = Math.max(a, ws, at);
      const to = Math.min(b, we);
      if (to <= from) continue;
      out += `${escapeText(text.slice(at, from))}**${escapeText(text.slice(from, to))}**`;
      at = to;
    }
    out += escapeText(text.slice(at, we));
    return we < text.length ? `${out.trimEnd()}${CUT}` : out;
  };
  if (text.length <= n * 2) {
    const whole = build(0, text.length);
    if (whole.length <= n) return whole;
  }
  const first = marks[0];
  if (!first) return escapeFit(text, n);
  for (let half = Math.floor(n / 2); half >= 8; half = Math.floor(half * 0.7)) {
    const ws = wordStart(text, Math.max(0, first[0] - half));
    const we = wordEnd(text, Math.min(text.length, first[1] + half));
    const part = build(ws, we);
    if (part.length <= n) return part;
  }
  return boldWithin(text, text.slice(first[0], first[1]), n);
}

/** The start of the word at or after i (0 stays 0). */
function wordStart(text: string, i: number): number {
  if (i <= 0) return 0;
  const space = text.slice(i).search(/\s/u);
  return space < 0 ? i : i + space + 1;
}

/** The end of the word at or before i (the text's end stays the end). */
function wordEnd(text: string, i: number): number {
  if (i >= text.length) return text.length;
  const before = text.slice(0, i);
  const space = before.search(/\s\S*$/u);
  return space < 0 ? i : space;
}

/** A quote inside its sentence with the words that differ from the claim in bold (the quote alone when the sentence is unknown). */
function quoteMarkedInSentence(m: WhoSaidMatch, n: number): string {
  const ranges = m.differences.filter((d) => d.quoteEnd > d.quoteStart).map((d) => [d.quoteStart, d.quoteEnd] as const);
  // Only words the claim adds ("not"): no word of the quote differs; the quote is shown as any other.
  if (ranges.length === 0) return quoteInSentence(m.quote, m.sentence, n);
  const at = m.sentence ? findKey(m.sentence, m.quote) : -1;
  if (at >= 0) return markWithin(m.sentence, ranges.map(([a, b]) => [a + at, b + at] as const), n);
  return quoted(markWithin(m.quote, ranges, n - 2));
}

/** One line per difference: what the source says where the claim says something else (typed words escaped). */
function differenceLines(m: WhoSaidMatch, n: number): string {
  const lines = m.differences.map((d) => {
    const kind = DIFFERENCE_KIND[d.kind];
    if (!d.quote) return `The claim adds ${quoted(escapeFit(d.claim, 80))} (${kind}), which the source does not have.`;
    if (!d.claim) return `The claim leaves out ${quoted(escapeFit(d.quote, 80))} (${kind}).`;
    return `The source says ${quoted(escapeFit(d.quote, 80))} where the claim says ${quoted(escapeFit(d.claim, 80))} (${kind}).`;
  });
  return truncate(lines.join('\n'), n);
}

function renderWhoSaid(a: WhoSaidAnswer, ctx: RenderContext): RenderedMessage {
  const title = truncate(`Who said ${echo(a.query)}?`, LIMITS.title);
  if (a.matches.length > 0) {
    const matches = a.matches.slice(0, LIMITS.fields);
    const per = itemBudget(matches.length, LIMITS.fieldValue, 60);
    const fields: APIEmbedField[] = matches.map((m) => {
      const cite = citationLine(m.citation);
      const different = m.verdict === 'different';
      const tag = different ? ' (says something different)' : m.match === 'close' ? ' (close wording)' : '';
      const notNamed = m.speakerMatches === false && a.claimedSpeaker ? `Not ${escapeFit(a.claimedSpeaker, 60)} but ` : '';
      if (!different) {
        return {
          name: truncate(`${notNamed}${speakerLabel(m.speaker, m.role)}${tag}`, LIMITS.fieldName),
          value: `${quoteInSentence(m.quote, m.sentence, per - cite.length - 1)}\n${cite}`,
        };
      }
      const diff = differenceLines(m, Math.floor((per - cite.length) / 3));
      return {
        name: truncate(`${notNamed}${speakerLabel(m.speaker, m.role)}${tag}`, LIMITS.fieldName),
        value: `${quoteMarkedInSentence(m, per - cite.length - diff.length - 2)}\n${diff}\n${cite}`,
      };
    });
    const notes: string[] = [];
    if (matches.every((m) => m.verdict === 'different')) {
      notes.push('The sources do not say that: the closest quotes say something different (the words that differ are in bold).');
    } else if (matches.some((m) => m.verdict === 'different')) {
      notes.push('Some quotes below say something different from the claim (the words that differ are in bold).');
    }
    if (a.claimedSpeaker && !matches.some((m) => m.speakerMatches === true)) {
      notes.push(`No quote of ${escapeFit(a.claimedSpeaker, 100)} in the sources holds these words.`);
    }
    const embed: APIEmbed = { title, fields, color: COLOR };
    if (notes.length) embed.description = notes.join('\n');
    return message([embed], buttons(ctx, null, true), true);
  }
  if (a.narration.length > 0) {
    const items = a.narration.slice(0, LIMITS.fields);
    const per = itemBudget(items.length, LIMITS.fieldValue, 60);
    const fields = items.map((n, i) => {
      const cite = citationLine(n.citation);
      return { name: `Passage ${i + 1}`, value: `${boldWithin(n.text, a.query, per - cite.length - 1)}\n${cite}` };
    });
    return message(
      [
        {
          title,
          description: 'Nobody in the sources is quoted saying that, but the words appear in the reporting itself:',
          fields,
          color: COLOR,
        },
      ],
      buttons(ctx, null, true),
      true,
    );
  }
  return message(
    [
      {
        title,
        description: `Nobody in the sources said ${echo(a.query, 300)}: I checked every quote and every sentence of the reporting.\nCheck the wording, try /ask with the same words, or /quotes with a speaker's name to read what they said.`,
        color: COLOR,
      },
    ],
    buttons(ctx, null, false),
    true,
  );
}

function renderQuotes(a: QuotesAnswer, ctx: RenderContext): RenderedMessage {
  if (!a.speaker) {
    const names = a.suggestions.slice(0, 5).map((s) => `**${escapeFit(s, 100)}**`);
    const first = a.suggestions[0];
    const next = names.length
      ? `Did you mean ${names.join(', ')}? Try /quotes speaker: ${escapeFit(first ?? '', 100)}`
      : 'Start typing a name in the speaker option to see who is quoted, or use /who-said to find a quote by its words.';
    return message(
      [{ title: 'Nobody by that name', description: `No speaker called ${echo(a.query)} is quoted in the sources.\n${next}`, color: COLOR }],
      [],
      true,
    );
  }
  const title = truncate(`Quotes of ${speakerLabel(a.speaker, a.role)}`, LIMITS.title);
  if (a.quotes.length === 0) {
    return message(
      [{ title, description: `${escapeFit(a.speaker, 200)} appears in the sources but is not quoted.\nTry /ask with their name to see the passages about them.`, color: COLOR }],
      [],
      true,
    );
  }
  const page = pageOf(a.quotes, ctx.page);
  const per = itemBudget(page.items.length, LIMITS.fieldValue, 40);
  const fields = page.items.map((q, i) => {
    const cite = citationLine(q.citation);
    return {
      name: `${page.first + i + 1}.${q.partial ? ' (partial quote)' : ''}${q.role && q.role !== a.role ? ` as ${escapeFit(q.role, 150)}` : ''}`,
      value: `${quoteInSentence(q.quote, q.sentence, per - cite.length - 1)}\n${cite}`,
    };
  });
  return message([{ title, fields, color: COLOR, footer: { text: pageFooter(page, a.quotes.length, 'quotes') } }], buttons(ctx, page, true), true);
}

function renderSpeakers(a: SpeakersAnswer, ctx: RenderContext): RenderedMessage {
  const page = pageOf(a.speakers, ctx.page);
  const fields = page.items.map((s) => ({
    name: truncate(speakerLabel(s.name, s.role), LIMITS.fieldName),
    value: truncate(
      `${s.quotes} quote${s.quotes === 1 ? '' : 's'}${s.aliases.length ? ` · also: ${s.aliases.slice(0, 20).map((x) => escapeFit(x, 60)).join(', ')}` : ''}`,
      LIMITS.fieldValue,
    ),
  }));
  return message(
    [{ title: 'Speakers quoted in the sources', fields, description: fields.length ? undefined : 'Nobody is quoted in the sources.', color: COLOR, footer: { text: pageFooter(page, a.speakers.length, 'speakers') } }],
    buttons(ctx, page, true),
    true,
  );
}

function filtersText(f: TimelineAnswer['filters']): string {
  const parts: string[] = [];
  if (f.from) parts.push(`from ${echo(f.from, 20)}`);
  if (f.to) parts.push(`to ${echo(f.to, 20)}`);
  if (f.topic) parts.push(`about ${echo(f.topic, 100)}`);
  if (f.source) parts.push(`in ${echo(f.source, 100)}`);
  return parts.join(', ');
}

function renderTimeline(a: TimelineAnswer, ctx: RenderContext): RenderedMessage {
  const filters = filtersText(a.filters);
  const title = truncate(`Timeline${filters ? ` ${filters}` : ''}`, LIMITS.title);
  if (a.events.length === 0) {
    return message(
      [
        {
          title,
          description: `No dated events in the sources${filters ? ` ${filters}` : ''}.\nTry a wider from/to period, another topic or no filters; /sources lists the document ids.`,
          color: COLOR,
        },
      ],
      [],
      true,
    );
  }
  const page = pageOf(a.events, ctx.page);
  const per = itemBudget(page.items.length, LIMITS.fieldValue, 60);
  const fields = page.items.map((e) => {
    const cite = citationLine(e.citation);
    const also = e.also.length
      ? `\nAlso reported by: ${e.also
          .slice(0, 5)
          .map((x) => `${escapeFit(x.citation.outlet, 60)} (${escapeFit(x.citation.published, 20)}, ¶${x.citation.paragraph})`)
          .join(', ')}${e.also.length > 5 ? ` and ${e.also.length - 5} more` : ''}`
      : '';
    const tail = `\n${cite}${truncate(also, 200)}`;
    const qualifier = e.qualifier ? `${e.qualifier} ` : '';
    return {
      name: truncate(`${qualifier}${escapeFit(e.date, 40)} · ${escapeFit(e.expression, 150)}`, LIMITS.fieldName),
      value: `${boldWithin(e.sentence, e.expression, per - tail.length)}${tail}`,
    };
  });
  return message([{ title, fields, color: COLOR, footer: { text: pageFooter(page, a.events.length, 'events') } }], buttons(ctx, page, true), true);
}

function renderSummary(a: SummaryAnswer, ctx: RenderContext): RenderedMessage {
  const scope = [a.topic ? `about ${echo(a.topic, 100)}` : '', a.source ? `of ${echo(a.source, 100)}` : ''].filter(Boolean).join(' ');
  const title = truncate(`Summary${scope ? ` ${scope}` : ''} (${a.length})`, LIMITS.title);
  if (a.sentences.length === 0) {
    return message(
      [{ title, description: `Nothing to summarise${scope ? ` ${scope}` : ''}.\nTry without a topic, or pick a document from /sources.`, color: COLOR }],
      [],
      true,
    );
  }
  const items = a.sentences.slice(0, 40);
  const per = Math.floor((LIMITS.description - 100) / items.length);
  const lines = items.map((s, i) => {
    // Who else reports the same fact, one outlet once with its paragraphs ("DW ¶1 ¶4"); the first thing
    // to go when the sentence needs the room.
    const outlets = new Map<string, number[]>();
    for (const x of s.also ?? []) outlets.set(x.citation.outlet, [...(outlets.get(x.citation.outlet) ?? []), x.citation.paragraph]);
    const named = [...outlets].slice(0, 5).map(([outlet, ps]) => `${escapeFit(outlet, 40)} ${ps.map((p) => `¶${p}`).join(' ')}`);
    const credit = outlets.size
      ? truncate(`\nAlso: ${named.join(', ')}${outlets.size > 5 ? ` and ${outlets.size - 5} more` : ''}`, Math.max(0, Math.min(160, per - 80)))
      : '';
    const cite = `${citationLine(s.citation)}${credit}`;
    return `${i + 1}\\. ${escapeFit(s.sentence, Math.max(40, per - cite.length - 8))}\n${cite}`;
  });
  const across = items.some((s) => s.citation.doc !== items[0]!.citation.doc);
  const order = across ? 'most widely reported first, dated events in date order' : 'in reading order';
  return message([{ title, description: lines.join('\n\n'), color: COLOR, footer: { text: `${items.length} sentences from the sources, ${order}` } }], buttons(ctx, null, true), true);
}

function renderSources(a: SourcesAnswer, ctx: RenderContext): RenderedMessage {
  const page = pageOf(a.documents, ctx.page);
  const fields = page.items.map((d) => {
    const url = link(d.url);
    return {
      name: escapeFit(d.title, LIMITS.fieldName),
      value: truncate(`${escapeFit(d.outlet, 150)}, ${escapeFit(d.published, 20)} · id \`${neutraliseMentions(d.id.slice(0, 100).replace(/`/g, ''))}\` · ${d.paragraphs} paragraphs${url ? `\n${url}` : ''}`, LIMITS.fieldValue),
    };
  });
  return message(
    [
      {
        title: 'Sources',
        description: fields.length ? 'Every answer quotes these articles. Use an id with the `source` option of /timeline or /summary.' : 'The corpus is empty: there is nothing to answer from yet.',
        fields,
        color: COLOR,
        footer: { text: pageFooter(page, a.documents.length, 'documents') },
      },
    ],
    buttons(ctx, page, fields.length > 0),
    true,
  );
}

function renderHelp(a: HelpAnswer, ctx: RenderContext): RenderedMessage {
  const code = (s: string) => (s.trim() ? `\`${neutraliseMentions(s.replace(/`/g, 'ˋ'))}\`` : '');
  const fields = a.commands.slice(0, LIMITS.fields).map((c) => ({
    name: truncate(/^[-_\p{Ll}\p{N}]+$/u.test(c.name) ? `/${c.name}` : `${escapeFit(c.name, 100)} (Apps menu on a message)`, LIMITS.fieldName),
    value: truncate(`${escapeFit(c.description, 400)}\n${code(c.usage.slice(0, 300))}\nExample: ${code(c.example.slice(0, 300))}`, LIMITS.fieldValue),
  }));
  return message(
    [{ title: 'What I can do', description: 'Every answer quotes the sources verbatim, with outlet, date and paragraph. Answers are private; Share posts one to the channel.', fields, color: COLOR }],
    buttons(ctx, null, false),
    true,
  );
}

function liveLine(live: boolean | undefined, now: string, later: string): string {
  return live === undefined ? '' : `\n\n${live ? now : later}`;
}

function renderIngest(a: IngestAnswer): RenderedMessage {
  const d = a.document;
  const url = link(d.url);
  const id = `\`${neutraliseMentions(d.id.slice(0, 100).replace(/`/g, ''))}\``;
  const description =
    `**${escapeFit(d.title, 300)}**\n${escapeFit(d.outlet, 150)}, ${escapeFit(d.published, 20)}${url ? ` · ${url}` : ''}` +
    (a.replaced && a.replaced !== d.id ? `\n\nReplaced \`${neutraliseMentions(a.replaced.slice(0, 100).replace(/`/g, ''))}\` (its file is in \`.removed/\`).` : '') +
    liveLine(a.live, 'Live now: /ask and the other commands answer from it.', 'It will be live once the corpus reloads (a few seconds).') +
    (a.dropped.length ? `\n\nLeft out: ${a.dropped.slice(0, 10).map((x) => escapeFit(x, 80)).join(' · ')}` : '');
  const fields = [
    { name: 'Id', value: id, inline: true },
    { name: 'Paragraphs', value: String(d.paragraphs), inline: true },
    { name: 'Quotes found', value: String(a.quotes), inline: true },
    { name: 'Dated events', value: String(a.events), inline: true },
  ];
  return message([{ title: a.written ? 'Article added' : 'Already in the corpus', description: truncate(description, LIMITS.description), fields, color: COLOR }], [], true);
}

function renderRemoved(a: RemovedAnswer): RenderedMessage {
  const d = a.document;
  const description =
    `**${escapeFit(d.title, 300)}**${d.outlet ? `\n${escapeFit(d.outlet, 150)}, ${escapeFit(d.published, 20)}` : ''} · id \`${neutraliseMentions(d.id.slice(0, 100).replace(/`/g, ''))}\`` +
    `\n\nThe file was moved to \`${escapeFit(a.movedTo.replace(/`/g, ''), 200)}\` in the corpus folder; to undo, move it back into the corpus folder.` +
    liveLine(a.live, 'Answers no longer use it.', 'Answers stop using it once the corpus reloads (a few seconds).');
  return message([{ title: 'Article removed', description: truncate(description, LIMITS.description), color: COLOR }], [], true);
}

function renderError(a: ErrorAnswer): RenderedMessage {
  return message([{ title: 'I can’t answer that', description: truncate(escapeMessage(a.error.message.slice(0, LIMITS.description)), LIMITS.description), color: ERROR_COLOR }], [], true);
}

/**
 * Renders any answer as a Discord message within every limit: private (ephemeral) with a Share button,
 * and Previous/Next buttons when the answer has more than one page and `ctx.paging` says how to re-run it.
 */
export function renderAnswer(answer: Answer, ctx: RenderContext = {}): RenderedMessage {
  switch (answer.kind) {
    case 'ask':
      return renderAsk(answer, ctx);
    case 'who-said':
      return renderWhoSaid(answer, ctx);
    case 'quotes':
      return renderQuotes(answer, ctx);
    case 'speakers':
      return renderSpeakers(answer, ctx);
    case 'timeline':
      return renderTimeline(answer, ctx);
    case 'summary':
      return renderSummary(answer, ctx);
    case 'sources':
      return renderSources(answer, ctx);
    case 'help':
      return renderHelp(answer, ctx);
    case 'passage': {
      const cite = citationLine(answer.citation);
      return message(
        [{ title: escapeFit(answer.citation.title, LIMITS.title), description: `${escapeFit(answer.text, LIMITS.description - cite.length - 2)}\n\n${cite}`, color: COLOR }],
        buttons(ctx, null, true),
        true,
      );
    }
    case 'ingest':
      return renderIngest(answer);
    case 'removed':
      return renderRemoved(answer);
    case 'error':
      return renderError(answer);
  }
}

/** How many pages an answer has (1 for answers that do not page). */
export function pageCount(answer: Answer): number {
  const n = answer.kind === 'quotes' ? answer.quotes.length : answer.kind === 'timeline' ? answer.events.length : answer.kind === 'sources' ? answer.documents.length : answer.kind === 'speakers' ? answer.speakers.length : 0;
  return Math.max(1, Math.ceil(n / PAGE_SIZE));
}
