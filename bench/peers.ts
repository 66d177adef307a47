/**
 * The peers `ask` is measured against, built on exactly the passages the engine searches and asked exactly the
 * same questions. Each is used the way its documentation's first example does, so the comparison is with what
 * anyone would get in ten minutes, not with a tuned rival.
 */
import MiniSearch from 'minisearch';
import lunr from 'lunr';
import { Index as FlexIndex } from 'flexsearch';
import type { Passage } from '../src/types.ts';

/** A search library under test: its name and a search returning passage ids, best first. */
export interface Peer {
  name: string;
  /** What makes this peer's configuration differ from the library's bare defaults, if anything. */
  note: string;
  buildMs: number;
  search(query: string, limit: number): string[];
}

/** A bare MiniSearch over the passage text with default options: the floor `ask` must stay near. */
export function miniSearchPeer(passages: readonly Passage[]): Peer {
  const t0 = performance.now();
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  ms.addAll(passages.map((p, i) => ({ id: i, text: p.text })));
  const buildMs = performance.now() - t0;
  return {
    name: 'MiniSearch',
    note: 'fields: [text], default options',
    buildMs,
    search: (q, limit) => ms.search(q).slice(0, limit).map((r) => passages[r.id as number]!.id),
  };
}

// Lunr's query language gives meaning to these characters; a question such as "U.N.-backed?" must be words.
const LUNR_SYNTAX = /[:^~+*\-]/g;

/** Lunr with its default pipeline (stemmer, stop words), the question stripped of Lunr query syntax. */
export function lunrPeer(passages: readonly Passage[]): Peer {
  const t0 = performance.now();
  const idx = lunr(function () {
    this.ref('id');
    this.field('text');
    passages.forEach((p, i) => this.add({ id: String(i), text: p.text }));
  });
  const buildMs = performance.now() - t0;
  return {
    name: 'Lunr',
    note: 'default pipeline; query syntax characters replaced by spaces',
    buildMs,
    search: (q, limit) => {
      const clean = q.replace(LUNR_SYNTAX, ' ').trim();
      if (clean === '') return [];
      return idx.search(clean).slice(0, limit).map((r) => passages[Number(r.ref)]!.id);
    },
  };
}

/**
 * FlexSearch's Index with default options. `suggest: true` at query time, because by default FlexSearch only
 * returns passages holding every word of the query, which answers almost no natural question.
 */
export function flexSearchPeer(passages: readonly Passage[]): Peer {
  const t0 = performance.now();
  const idx = new FlexIndex();
  passages.forEach((p, i) => idx.add(i, p.text));
  const buildMs = performance.now() - t0;
  return {
    name: 'FlexSearch',
    note: 'Index defaults; suggest: true when searching',
    buildMs,
    search: (q, limit) => (idx.search(q, { limit, suggest: true }) as number[]).map((i) => passages[i]!.id),
  };
}

/** Every peer, built in turn. */
export function buildPeers(passages: readonly Passage[]): Peer[] {
  return [miniSearchPeer(passages), lunrPeer(passages), flexSearchPeer(passages)];
}
