import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultSnapshotFile, loadConfig, loadCorpusConfig } from '../src/config.ts';

const root = new URL('..', import.meta.url).pathname;

/** A folder holding a corpus (not the bundled one) and a `.env` that names it. */
function projectWithDotenv(): { dir: string; corpus: string; dotenvPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'config-'));
  const corpus = join(dir, 'other-corpus');
  cpSync(join(root, 'tests/fixtures/corpora/good'), corpus, { recursive: true });
  const dotenvPath = join(dir, '.env');
  writeFileSync(dotenvPath, `CORPUS_DIR=${corpus}\nSNAPSHOT=off\n`);
  return { dir, corpus, dotenvPath };
}

describe('configuration', () => {
  it('reads .env the same way for npm start and the command line, beneath the environment', () => {
    const { corpus, dotenvPath } = projectWithDotenv();
    const start = loadConfig({}, { dotenv: true, dotenvPath });
    const cli = loadCorpusConfig({}, { dotenv: true, dotenvPath });
    expect(cli).toEqual({ corpusDir: corpus, snapshot: start.snapshot });
    expect(start.corpusDir).toBe(corpus);
    expect(start.snapshot.mode).toBe('off');
    // A variable set in the environment wins over .env, for both; --corpus wins over both.
    expect(loadConfig({ CORPUS_DIR: 'elsewhere' }, { dotenv: true, dotenvPath }).corpusDir).toBe('elsewhere');
    expect(loadCorpusConfig({ CORPUS_DIR: 'elsewhere' }, { dotenv: true, dotenvPath }).corpusDir).toBe('elsewhere');
    expect(loadCorpusConfig({}, { dotenv: true, dotenvPath, corpusDir: 'given' }).corpusDir).toBe('given');
    // Without .env the defaults hold.
    expect(loadCorpusConfig({}, { dotenv: false }).corpusDir).toBe('corpus');
  });

  it("keeps the snapshot in the project's .cache/, which npm ci leaves alone, one file per corpus folder", () => {
    const file = defaultSnapshotFile('corpus');
    expect(file.startsWith(join(root, '.cache') + '/')).toBe(true);
    expect(file).not.toMatch(/node_modules/);
    expect(defaultSnapshotFile('other')).not.toBe(file);
    expect(loadCorpusConfig({ SNAPSHOT_FILE: '/tmp/x.snapshot' }, { dotenv: false }).snapshot.file).toBe('/tmp/x.snapshot');
  });

  it('answers from the corpus .env names, in the console and on the command line alike', () => {
    const { dir } = projectWithDotenv();
    const env: NodeJS.ProcessEnv = { ...process.env, DISCORD_TOKEN: '' };
    delete env.CORPUS_DIR;
    delete env.SNAPSHOT;
    // Started from the folder with the .env, as npm does from a project's root.
    const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
    const cli = spawnSync(process.execPath, ['--import', tsx, join(root, 'src/cli.ts'), 'sources', '--json'], { cwd: dir, encoding: 'utf8', env });
    expect(cli.status, cli.stderr).toBe(0);
    const ids = (JSON.parse(cli.stdout) as { documents: { id: string }[] }).documents.map((d) => d.id).sort();
    expect(ids).toEqual(['alpha-report', 'beta-2']);
    const console = spawnSync(process.execPath, ['--import', tsx, join(root, 'src/main.ts')], { cwd: dir, input: '/sources\n', encoding: 'utf8', env });
    expect(console.status, console.stderr).toBe(0);
    expect(console.stdout).toMatch(/2 documents in the corpus/);
    for (const id of ids) expect(console.stdout).toContain(`id ${id}`);
  });
});
