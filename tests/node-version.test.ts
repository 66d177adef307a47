import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MIN_NODE, nodeTooOld } from '../src/node-version.ts';

const root = new URL('..', import.meta.url).pathname;

// Makes the spawned process report an older Node.js, as if it were one, before anything else runs.
const pretend = (version: string) => `data:text/javascript,Object.defineProperty(process.versions,'node',{value:'${version}'})`;

function start(version: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', pretend(version), '--import', 'tsx', ...args], {
    cwd: root,
    encoding: 'utf8',
    input: '/quit\n',
    env: { ...process.env, DISCORD_TOKEN: '', CORPUS_DIR: '', SNAPSHOT: 'off' },
  });
}

describe('Node.js version', () => {
  it('accepts 20.15 and newer, refuses older ones naming both versions', () => {
    for (const ok of ['20.15.0', '20.15.1', '20.20.2', '21.0.0', '22.1.0', 'v24.3.0']) expect(nodeTooOld(ok), ok).toBeNull();
    for (const old of ['20.14.9', '20.11.0', '18.20.4', '16.0.0', 'v20.0.0']) {
      expect(nodeTooOld(old), old).toMatch(new RegExp(`needs Node\\.js ${MIN_NODE.replace(/\./g, '\\.')} or newer; this is Node\\.js ${old.replace(/^v/, '').replace(/\./g, '\\.')}`));
    }
  });

  it('agrees with package.json engines', () => {
    const engines = (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { engines: { node: string } }).engines.node;
    expect(engines).toBe(`>=${MIN_NODE.replace(/\.0$/, '')}`);
  });

  it('npm start and the command line say which Node.js they need, before importing anything that needs it', () => {
    for (const entry of [['src/main.ts'], ['src/cli.ts', 'sources', '--json']]) {
      const r = start('20.14.0', ...entry);
      expect(r.status, `${entry[0]}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toMatch(/needs Node\.js 20\.15\.0 or newer; this is Node\.js 20\.14\.0/);
      expect(r.stdout).toBe('');
      // On a recent one they run.
      expect(start(process.versions.node, ...entry).status, entry[0]).toBe(0);
    }
  });
});
