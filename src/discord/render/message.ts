// A message around embeds: flags, allowed mentions and fitting (limits.ts), pages and their buttons.
import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIButtonComponent, APIEmbed } from 'discord.js';
import { pageButtonId, SHARE_ID } from '../buttons.ts';
import { COLOR, EMBED_BUDGET, EPHEMERAL, ERROR_COLOR, LIMITS, PAGE_SIZE, fitEmbeds, type RenderContext, type RenderedMessage } from './limits.ts';
import { escapeFit, truncate } from './text.ts';

export function message(embeds: APIEmbed[], components: RenderedMessage['components'], isPrivate: boolean, content?: string): RenderedMessage {
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

export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  first: number;
}

export function pageOf<T>(items: readonly T[], page: number | undefined): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const p = Math.min(Math.max(0, Math.floor(page ?? 0)), pages - 1);
  return { items: items.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE), page: p, pages, first: p * PAGE_SIZE };
}

export function buttons(ctx: RenderContext, page: Page<unknown> | null, shareable: boolean): RenderedMessage['components'] {
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

export function pageFooter(page: Page<unknown>, total: number, noun: string): string {
  if (page.pages <= 1) return `${total} ${total === 1 ? noun.replace(/s$/, '') : noun}`;
  return `Page ${page.page + 1} of ${page.pages} · ${page.first + 1}–${page.first + page.items.length} of ${total} ${noun}`;
}

/** Per-item room so a page of items stays under the message total. */
export function itemBudget(count: number, cap: number, overhead = 0): number {
  return Math.max(60, Math.min(cap, Math.floor(EMBED_BUDGET / Math.max(1, count)) - overhead));
}
