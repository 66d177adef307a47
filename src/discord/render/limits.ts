// Discord's size limits, the flags and allowed mentions of every message, and the fitting of embeds within
// them: the core every answer's rendering goes through (see ../render.ts).
import { MessageFlags } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { Choice, OptionValues } from '../../command.ts';
import { cutWords, truncate } from './text.ts';

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

/** `allowed_mentions` for every message: nothing the bot says may ping anyone. */
export const NO_MENTIONS = { parse: [] as never[] };

export const EPHEMERAL = MessageFlags.Ephemeral as number;
export const COLOR = 0x3b6ea8;
export const ERROR_COLOR = 0xc0392b;
// Leave headroom under the 6000 total so titles and footers never push a message over.
export const EMBED_BUDGET = 5600;

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
