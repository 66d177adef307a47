import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { loadCommands } from '../commands/index.ts';
import { parseLine } from '../src/console/console.ts';

const root = new URL('..', import.meta.url).pathname;

/** Drives `npm start`'s console through its standard input, with no token, as a person would. */
function consoleSession(input: string) {
  const env = { ...process.env, DISCORD_TOKEN: '', CORPUS_DIR: '' };
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: root, input, encoding: 'utf8', env });
  return r;
}

describe('console', () => {
  it('answers commands typed as in Discord, and leaves on /quit', () => {
    const r = consoleSession('/ask question: Where was the summit held?\n/sources\n/quit\n/sources\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 document loaded/);
    expect(r.stdout).toMatch(/Vostochny/);
    expect(r.stdout).toMatch(/paragraph 2/);
    expect(r.stdout).toMatch(/1 document in the corpus/);
    expect(r.stdout.match(/document in the corpus/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/Bye\./);
  });

  it('shows help, and leaves at the end of input (Ctrl-D)', () => {
    const r = consoleSession('/help\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\/ask question:/);
    expect(r.stdout).toMatch(/\/who-said/);
    expect(r.stdout).toMatch(/Bye\./);
  });

  it('leaves a Discord-only command out of /help and the hints, and still refuses it when typed', () => {
    const r = consoleSession('/help\n/frobnicate\n/corpus\n');
    expect(r.status).toBe(0);
    const [help, rest] = r.stdout.split(/Unknown command/);
    expect(help).toMatch(/\/sources/);
    expect(help).not.toMatch(/\/corpus/);
    expect(rest!.split('\n')[0]).not.toMatch(/\/corpus/);
    expect(rest).toMatch(/only in Discord|Discord/i);
  });

  it('answers unknown commands and missing options helpfully, without a stack trace', () => {
    const r = consoleSession('/frobnicate\n/ask\n/ask question:\n/timeline from: 2023-13\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Unknown command "\/frobnicate"/);
    expect(r.stdout).toMatch(/Please give the `question` option/);
    expect(r.stdout).not.toMatch(/at .*\.ts:\d+/);
    expect(r.stderr).not.toMatch(/Error:/);
  });
});

describe('parseLine', () => {
  it('reads name: value options, bare text for one-option commands, and /quit', async () => {
    const commands = await loadCommands();
    const ask = parseLine('/ask question: Where did they meet?', commands);
    expect(ask).toMatchObject({ type: 'command', options: { question: 'Where did they meet?' } });
    expect(parseLine('/ask Where did they meet?', commands)).toMatchObject({ options: { question: 'Where did they meet?' } });
    const tl = parseLine('/timeline from: 2023-05 topic: spy satellite', commands);
    expect(tl).toMatchObject({ type: 'command', options: { from: '2023-05', topic: 'spy satellite' } });
    expect(parseLine('/quit', commands)).toEqual({ type: 'quit' });
    expect(parseLine('   ', commands)).toEqual({ type: 'empty' });
    expect(parseLine('/find-sources text: Kim met Putin', commands)).toMatchObject({ type: 'command', options: { text: 'Kim met Putin' } });
  });
});
