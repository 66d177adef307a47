import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli.ts';
import { loadCommands } from '../commands/index.ts';
import { consoleName, parseLine, runCommand } from '../src/console/console.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { Engine } from '../src/engine/engine.ts';

const root = new URL('..', import.meta.url).pathname;

/** Runs the command line as a user would: a spawned process through tsx, as `npm run cli` does. */
function spawned(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CORPUS_DIR: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as Record<string, any> };
}

/** The same command line in this process (the same code path after argument parsing), for the many cases. */
async function cli(...args: string[]) {
  const r = await runCli(args, { CORPUS_DIR: '' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as Record<string, any> };
}

describe('command line', () => {
  it('runs as a process: JSON on stdout and exit 0 on an answer, exit 2 and a JSON error on bad input', async () => {
    const ok = spawned('ask', 'Where was the summit held?', '--json');
    expect(ok.status).toBe(0);
    expect(ok.json().results[0].passage).toBe('yonhap-kim-putin-summit#p2');
    const bad = spawned('passage', 'nope#p1', '--json');
    expect(bad.status).toBe(2);
    expect(bad.json().error.code).toBe('unknown_passage');
    expect(bad.stderr).toMatch(/There is no passage/);
  });

  it('lists the sources as JSON', async () => {
    const r = await cli('sources', '--json');
    expect(r.status).toBe(0);
    const j = r.json();
    expect(j.documents).toEqual([
      expect.objectContaining({ id: 'yonhap-kim-putin-summit', outlet: 'Yonhap News Agency', published: '2023-09-14', paragraphs: 24, url: null }),
    ]);
    expect(j).not.toHaveProperty('kind');
  });

  it('prints one passage with its citation', async () => {
    const r = await cli('passage', 'yonhap-kim-putin-summit#p2', '--json');
    expect(r.status).toBe(0);
    const j = r.json();
    expect(j.passage).toBe('yonhap-kim-putin-summit#p2');
    expect(j.text).toContain('Vostochny spaceport');
    expect(j.citation).toEqual({
      doc: 'yonhap-kim-putin-summit',
      paragraph: 2,
      passage: 'yonhap-kim-putin-summit#p2',
      outlet: 'Yonhap News Agency',
      title: '(News Focus) Kim-Putin summit highlights strategic push to expand cooperation',
      published: '2023-09-14',
      url: null,
    });
  });

  it('answers a question with the JSON shape of the contract', async () => {
    const r = await cli('ask', 'Where was the summit held?', '--json');
    expect(r.status).toBe(0);
    const j = r.json();
    expect(j.query).toBe('Where was the summit held?');
    expect(j.answered).toBe(true);
    expect(j.results.length).toBeGreaterThan(0);
    expect(j.results.length).toBeLessThanOrEqual(3);
    for (const res of j.results) {
      expect(Object.keys(res)).toEqual(expect.arrayContaining(['passage', 'text', 'highlight', 'score', 'citation']));
      expect(res.text).toContain(res.highlight);
      expect(res.citation.passage).toBe(res.passage);
    }
    expect(j.results[0].passage).toBe('yonhap-kim-putin-summit#p2');
  });

  it('honours --limit', async () => {
    const j = (await cli('ask', 'North Korea Russia military cooperation', '--limit', '5', '--json')).json();
    expect(j.results.length).toBe(5);
  });

  it('says nothing was found, with exit 0, for an unrelated question', async () => {
    const r = await cli('ask', 'What is the best recipe for chocolate cake?', '--json');
    expect(r.status).toBe(0);
    expect(r.json()).toMatchObject({ answered: false, results: [] });
  });

  it('prints human text with the citation under each excerpt', async () => {
    const r = await cli('ask', 'Where was the summit held?');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Vostochny/);
    expect(r.stdout).toMatch(/— Yonhap News Agency, 2023-09-14, paragraph 2/);
  });

  it('exits 2 with a JSON error on bad input', async () => {
    const unknown = await cli('frobnicate', '--json');
    expect(unknown.status).toBe(2);
    expect(unknown.json().error.code).toBe('unknown_command');
    expect(unknown.stderr).toMatch(/Unknown command/);

    const missing = await cli('ask', '--json');
    expect(missing.status).toBe(2);
    expect(missing.json().error).toMatchObject({ code: 'missing_argument' });

    const badPassage = await cli('passage', 'nope#p1', '--json');
    expect(badPassage.status).toBe(2);
    expect(badPassage.json().error.code).toBe('unknown_passage');

    const badFlag = await cli('ask', 'x', '--bogus', '--json');
    expect(badFlag.status).toBe(2);
    expect(badFlag.json().error.code).toBe('bad_arguments');

    const badLimit = await cli('ask', 'x', '--limit', 'many', '--json');
    expect(badLimit.status).toBe(2);
  });

  it('exits 2 naming the file and field on a bad corpus', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-bad-'));
    writeFileSync(join(dir, 'bad.md'), '---\ntitle: T\noutlet: O\npublished: 2023-02-30\n---\n\nSome text.\n');
    const r = await cli('sources', '--corpus', dir, '--json');
    expect(r.status).toBe(2);
    const j = r.json();
    expect(j.error.code).toBe('bad_corpus');
    expect(j.error.message).toMatch(/bad\.md/);
    expect(j.error.message).toMatch(/published/);
    expect(r.stderr).toMatch(/bad\.md/);
  });

  it('says how to add an article when the corpus folder is empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-empty-'));
    mkdirSync(join(dir, 'sub'));
    const r = await cli('sources', '--corpus', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/ingest/);
  });

  it('ingests a raw article into another folder and then answers from it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-ingest-'));
    const raw = join(dir, 'test-report.txt');
    writeFileSync(
      raw,
      'Leaders meet at the spaceport\n\nThe two leaders met at a spaceport on Wednesday, officials said.\n\nThey toured the launch pads for four hours.\n\nSource: Test Wire\n\nscroll to top\n',
    );
    const out = join(dir, 'corpus');
    const r = await cli('ingest', raw, '--published', '2023-09-13', '--out', out, '--json');
    expect(r.status).toBe(0);
    const j = r.json();
    expect(j.document).toMatchObject({ id: 'test-report', paragraphs: 2 });
    expect(j.dropped).toContain('scroll to top');
    const s = (await cli('sources', '--corpus', out, '--json')).json();
    expect(s.documents[0]).toMatchObject({ id: 'test-report', outlet: 'Test Wire', published: '2023-09-13' });
  });
});

describe('command line through the command registry', () => {
  it('lists every command of commands/ it runs (and its own) in its usage, with examples from the modules, as text and as JSON', async () => {
    const commands = await loadCommands();
    const text = (await cli('--help')).stdout;
    const listed = (await cli('help', '--json')).json().commands as { name: string; usage: string; example: string | null }[];
    const names = listed.map((c) => c.name);
    for (const c of commands.filter((c) => !c.discordOnly)) {
      expect(names).toContain(consoleName(c));
      expect(text).toContain(`  ${consoleName(c)}`);
    }
    expect(names).toEqual(expect.arrayContaining(['passage', 'speakers', 'ingest']));
    // Each example in the usage runs, and answers.
    for (const c of listed) {
      if (!c.example || c.name === 'ingest') continue;
      const words = [...c.example.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]!).replace(/\\(.)/g, '$1'));
      const r = await cli(...words, '--json');
      expect(r.status, `${c.example}: ${r.stderr}`).toBe(0);
    }
  });

  it('offers no command that only refuses here: a Discord-only one is named apart with what to type instead, and still refuses when typed', async () => {
    const commands = await loadCommands();
    const discordOnly = commands.filter((c) => c.discordOnly);
    expect(discordOnly.map(consoleName)).toContain('corpus');
    const text = (await cli('help')).stdout;
    const help = (await cli('help', '--json')).json();
    const names = (help.commands as { name: string }[]).map((c) => c.name);
    const [listing, apart = ''] = text.split('\n\nOnly in Discord:\n');
    for (const c of discordOnly) {
      expect(names).not.toContain(consoleName(c));
      expect(listing).not.toMatch(new RegExp(`^  ${consoleName(c)}\\b`, 'm'));
      expect(apart).toContain(`/${consoleName(c)}: here, ${c.discordOnly!.instead}`);
      expect(help.discordOnly).toContainEqual({ name: `/${consoleName(c)}`, instead: c.discordOnly!.instead });
    }
    // What it says instead names commands the command line really has.
    expect(apart).toContain('`ingest <url>`');
    expect(names).toContain('ingest');
    // Typed anyway, it answers the refusal it always gave, exit 2.
    const typed = await cli('corpus', '--add', 'https://example.com/news/story', '--json');
    expect(typed.status).toBe(2);
    expect(typed.json().error).toEqual({
      code: 'not_available',
      message: 'Articles are added and removed in Discord with /corpus; here, use `npm run --silent cli -- ingest <url>`, or move a file out of the corpus folder.',
    });
  });

  it('checks option values with the same code as the console, so both refuse alike', async () => {
    const commands = await loadCommands();
    const engine = Engine.build(loadCorpus('corpus'));
    const asConsole = (line: string) => {
      const parsed = parseLine(line, commands);
      if (parsed.type !== 'command') throw new Error(`not a command: ${line}`);
      return runCommand(parsed.command, engine, commands, parsed.options);
    };
    const cases: [string[], string][] = [
      [['summary', '--length', 'huge'], '/summary length: huge'],
      [['timeline', '--from', '2023-13'], '/timeline from: 2023-13'],
      [['timeline', '--from', '2023-09-14', '--to', '2023-09-01'], '/timeline from: 2023-09-14 to: 2023-09-01'],
    ];
    for (const [argv, line] of cases) {
      const r = await cli(...argv, '--json');
      const expected = await asConsole(line);
      expect(expected.kind, line).toBe('error');
      expect(r.status).toBe(2);
      expect(r.json().error).toEqual((expected as { error: unknown }).error);
    }
    // The same answers too: short summaries, a filtered timeline.
    const summary = await cli('summary', '--length', 'short', '--json');
    const { kind: _kind, ...short } = await asConsole('/summary length: short') as unknown as Record<string, unknown>;
    expect(summary.json()).toEqual(short);
  });

  it('honours --limit on who-said and refuses one out of range with the message Discord and the console share', async () => {
    const one = (await cli('who-said', 'we have come here', '--limit', '1', '--json')).json();
    expect(one.matches.length).toBeLessThanOrEqual(1);
    const bad = await cli('ask', 'x', '--limit', '51', '--json');
    expect(bad.status).toBe(2);
    expect(bad.json().error.message).toBe('`limit` must be a whole number from 1 to 50.');
  });

  it('runs a command of commands/ the command line had no case for: find-sources', async () => {
    const r = await cli('find-sources', 'Kim and Putin met at the Vostochny spaceport', '--json');
    expect(r.status).toBe(0);
    expect(r.json().results[0].passage).toBe('yonhap-kim-putin-summit#p2');
    const missing = await cli('find-sources', '--json');
    expect(missing.status).toBe(2);
    expect(missing.json().error.code).toBe('missing_argument');
  });
});
