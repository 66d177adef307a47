import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

// tsx (how the bot, the evaluations and the benchmark run) hands each file to esbuild for this Node's version,
// and esbuild rewrites a regular-expression literal with a `\p{...}` outside a character class as
// `new RegExp("...")`: inside a function, a pattern compiled again at every call. Written `[\p{...}]` (the same
// pattern), the literal stays a literal. This keeps the quote engine's files, and the text readers they use, free of such rewrites.
// (esbuild quotes the pattern with ' when it holds a ", and with ` when it holds both.)
const lowered = (code: string): number => (code.match(/new RegExp\(["'`]/gu) ?? []).length;

describe('regular-expression literals in src/quotes and src/text', () => {
  it('none is turned into a RegExp built at run time for the running Node', () => {
    const rewritten: string[] = [];
    for (const part of ['quotes', 'text']) {
      const dir = join(import.meta.dirname, '..', 'src', part);
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
        const source = readFileSync(join(dir, f), 'utf8');
        const forNode = transformSync(source, { loader: 'ts', target: `node${process.versions.node}` }).code;
        const asWritten = transformSync(source, { loader: 'ts', target: 'esnext' }).code;
        if (lowered(forNode) !== lowered(asWritten)) rewritten.push(`${part}/${f}`);
      }
    }
    expect(rewritten).toEqual([]);
  });
});
