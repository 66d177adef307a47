import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestText } from '../../src/corpus/ingest.ts';
import type { Document } from '../../src/types.ts';

/** The three test articles in other styles (tests/fixtures/articles), ingested with made-up dates and outlets. */
export function fixtureArticles(): Document[] {
  const dir = 'tests/fixtures/articles';
  return readdirSync(dir)
    .sort()
    .map((name, i) => ingestText(readFileSync(join(dir, name), 'utf8'), { published: `2023-09-1${5 + i}`, outlet: `Outlet ${i}`, id: name.replace(/\.txt$/, '') }).document);
}

/** Every non-plain value in a snapshot (Map, Set, function, class instance), by path: [] when it is plain data. */
export function nonPlain(value: unknown, path = 'snapshot'): string[] {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return [];
  if (typeof value === 'function') return [`${path} is a function`];
  if (ArrayBuffer.isView(value)) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonPlain(v, `${path}[${i}]`));
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return [`${path} is a ${(value as object).constructor?.name ?? 'non-plain object'}`];
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => nonPlain(v, `${path}.${k}`));
  }
  return [`${path} is a ${typeof value}`];
}
