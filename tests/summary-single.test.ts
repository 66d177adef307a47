import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import type { Document } from '../src/types.ts';
import { Summarizer, leadSentences } from '../src/summary/summary.ts';
import { buildPassages } from '../src/text/passages.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { doc } from './helpers/docs.ts';
import type { Fact, FactArticle } from './helpers/facts.ts';

/**
 * One article alone, as `summary` answers on a corpus of that article (the bundled corpus is one): the
 * summary must cover more of the article's key facts than its lead at every length. Two sets of facts: the
 * tuned set (tests/fixtures/summary-facts.json, which the single-article scoring was tuned on) and the
 * held-out set (tests/fixtures/summary-facts-heldout.json, written before tuning and never tuned on).
 */


const LENGTHS = [
  ['short', 3],
  ['medium', 5],
  ['long', 8],
] as const;

function articlesOf(file: string): FactArticle[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { articles: FactArticle[] }).articles;
}

/** The bundled article as the corpus loads it; a test article in the fixture text form otherwise. */
function documentOf(a: FactArticle): Document {
  const bundled = loadCorpus('corpus').find((d) => d.id === a.id);
  if (bundled) return bundled;
  const blocks = readFileSync(`tests/fixtures/${a.file}`, 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const title = blocks.shift() ?? a.id;
  return doc(a.id, a.published, blocks.filter((b) => !/^Source:/.test(b)), { title, outlet: a.outlet });
}

function coverage(sentences: readonly string[], facts: readonly Fact[]): number {
  return facts.filter((f) => f.any.some((group) => sentences.some((s) => group.every((k) => s.toLowerCase().includes(k.toLowerCase()))))).length;
}

/** Per article and length: [summary, lead] facts covered, each article summarised alone. */
function measure(articles: readonly FactArticle[]): { id: string; of: number; cells: [number, number][] }[] {
  return articles.map((a) => {
    const d = documentOf(a);
    const passages = buildPassages([d]);
    const summarizer = Summarizer.build(passages, [d]);
    const cells = LENGTHS.map(([length, n]): [number, number] => {
      const summary = summarizer.summarize({ length }, null).sentences.map((s) => s.sentence);
      expect(summary).toHaveLength(n);
      const lead = leadSentences(passages, d.id, n).map((s) => s.sentence);
      return [coverage(summary, a.facts), coverage(lead, a.facts)];
    });
    return { id: a.id, of: a.facts.length, cells };
  });
}

function report(label: string, rows: ReturnType<typeof measure>): void {
  const lines = rows.map((r) => `${r.id.padEnd(36)} ${r.cells.map(([s, l], i) => `${LENGTHS[i]![0]} ${s} vs lead ${l}`).join(' | ')} (of ${r.of})`);
  console.log(`${label}, single article, summary vs lead:\n${lines.join('\n')}`);
}

describe('single-article summary against the lead (key facts)', () => {
  it('tuned set: more key facts than the lead at short and medium on the bundled article, never fewer anywhere', () => {
    const rows = measure(articlesOf('tests/fixtures/summary-facts.json'));
    report('TUNED set (summary-facts.json)', rows);
    for (const r of rows) {
      for (const [i, [s, l]] of r.cells.entries()) {
        const where = `${r.id} ${LENGTHS[i]![0]}: summary ${s}, lead ${l}`;
        // The issue's bar on the bundled article is short and medium; long ties the lead there (9 of 14).
        if (r.id === 'yonhap-kim-putin-summit' && i < 2) expect(s, where).toBeGreaterThan(l);
        else expect(s, where).toBeGreaterThanOrEqual(l);
      }
    }
  });

  it('held-out set: reported, and never fewer key facts than the lead in total', () => {
    const rows = measure(articlesOf('tests/fixtures/summary-facts-heldout.json'));
    report('HELD-OUT set (summary-facts-heldout.json, not tuned on)', rows);
    const total = (k: 0 | 1): number => rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + c[k], 0), 0);
    expect(total(0)).toBeGreaterThanOrEqual(total(1));
  });
});
