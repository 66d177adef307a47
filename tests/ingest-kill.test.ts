/**
 * A kill during `ingest <url>` (while the page arrives, or around the write) leaves the corpus folder as it
 * was or with the whole article: never a partial article file.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isArticleFile, loadCorpus } from '../src/corpus/load.ts';
import { startPageServer, type PageServer } from './helpers/page-server.ts';

const ROOT = join(import.meta.dirname, '..');
let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(async () => {
  await server?.close();
});

/** Runs `ingest` on the slowly served wire page; kills it `killAfterMs` after the server is first asked (never, when null). */
async function ingestKilled(out: string, killAfterMs: number | null): Promise<number | null> {
  const path = `/dribble/${Math.random().toString(36).slice(2)}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'ingest', server.url(path), '--out', out], {
    cwd: ROOT,
    env: { ...process.env, INGEST_ALLOW_PRIVATE: '1' },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  if (killAfterMs !== null) {
    while (!server.requests.some((r) => r.path === path)) {
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, killAfterMs));
    child.kill('SIGKILL');
  }
  return exited;
}

describe('killing ingest part way', () => {
  it('leaves no article file, or the whole article, whenever it is killed', async () => {
    // The page takes about two seconds to arrive; the write comes just after.
    for (const at of [100, 1200, 2050, 2250]) {
      const out = mkdtempSync(join(tmpdir(), 'ingest-kill-'));
      await ingestKilled(out, at);
      const articles = readdirSync(out).filter(isArticleFile);
      if (articles.length > 0) expect(loadCorpus(out).map((d) => d.paragraphs.length), `killed at ${at} ms`).toEqual([6]);
      if (at < 1500) expect(articles, `killed at ${at} ms, while the page was still arriving`).toEqual([]);
    }
  }, 60_000);

  it('writes the article when not killed (so the test above can see one)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ingest-kill-'));
    expect(await ingestKilled(out, null)).toBe(0);
    expect(loadCorpus(out).map((d) => d.paragraphs.length)).toEqual([6]);
  }, 30_000);
});
