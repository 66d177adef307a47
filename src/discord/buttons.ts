/**
 * Button custom ids. Paging state lives in the id itself (page, asker, command and its options), so the
 * buttons keep working after a restart; options too long for Discord's 100 characters are kept in a
 * bounded in-memory store under a short hash, and a press whose entry is gone is told the page expired.
 */
import { createHash } from 'node:crypto';
import type { OptionValues } from '../command.ts';

/** The Share button's id: the message it is on carries everything to share. */
export const SHARE_ID = 'share';

// Discord's limit for a custom id; render.ts holds the others, this one is about our own encoding.
const CUSTOM_ID_MAX = 100;
const PREFIX = 'pg';

/** Where a paging button leads. */
export interface PageTarget {
  command: string;
  page: number;
  /** The only person allowed to press it. */
  userId: string;
  options: OptionValues;
}

/** A small least-recently-used map: the oldest entry goes when it is full. */
export class LruMap<K, V> {
  private readonly map = new Map<K, V>();
  constructor(readonly capacity: number) {}
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value as K;
      this.map.delete(oldest);
    }
  }
  get size(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
}

/** Option sets too long for a custom id, by short hash. Bounded: old ones expire. */
export const pageStore = new LruMap<string, OptionValues>(1000);

function compact(options: OptionValues): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(options)) if (v !== undefined) out[k] = v;
  return out;
}

/** The custom id of a button that shows `target.page` (≤ 100 characters, always). */
export function pageButtonId(target: PageTarget): string {
  const head = `${PREFIX}:${target.page}:${target.userId}:${target.command}:`;
  const json = JSON.stringify(compact(target.options));
  const inline = `${head}j${json}`;
  if (inline.length <= CUSTOM_ID_MAX) return inline;
  const hash = createHash('sha256').update(`${target.command}\n${json}`).digest('base64url').slice(0, 16);
  pageStore.set(hash, compact(target.options));
  const stored = `${head}h${hash}`;
  if (stored.length > CUSTOM_ID_MAX) throw new Error(`page button id too long even with a hash: command "${target.command}"`);
  return stored;
}

/** What a paging id says: the target, 'expired' when its stored options are gone, null when not a paging id. */
export function parsePageId(customId: string): PageTarget | 'expired' | null {
  const m = /^pg:(-?\d+):(\d{1,25}):([^:]{1,32}):([jh])(.*)$/s.exec(customId);
  if (!m) return null;
  const [, page, userId, command, how, rest] = m as unknown as [string, string, string, string, string, string];
  let options: OptionValues | undefined;
  if (how === 'h') {
    options = pageStore.get(rest);
    if (!options) return 'expired';
  } else {
    try {
      const parsed: unknown = JSON.parse(rest);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
      const ok = Object.values(parsed).every((v) => ['string', 'number', 'boolean'].includes(typeof v));
      if (!ok) return null;
      options = parsed as OptionValues;
    } catch {
      return null;
    }
  }
  return { command, page: Number(page), userId, options };
}
