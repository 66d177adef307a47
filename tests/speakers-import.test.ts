import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';

// Issue 16: importing the speaker modules costs nothing and writes nothing; compromise is read on first need.
describe('importing the quotes modules', () => {
  it('loads neither compromise nor wink-nlp until a name is looked up', () => {
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(process.cwd() + '/x.js');
      const loaded = () => Object.keys(require.cache).filter((k) => /node_modules\\/(compromise|wink-nlp)\\//.test(k)).length;
      const speakers = await import('./src/quotes/names.ts');
      await import('./src/quotes/quotes.ts');
      const before = { modules: loaded(), lexicon: speakers.lexiconIsLoaded() };
      const named = speakers.classifyProperName('Vladimir Putin');
      console.log(JSON.stringify({ before, named, after: speakers.lexiconIsLoaded() }));
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ before: { modules: 0, lexicon: false }, named: 'person', after: true });
  });
});
