/**
 * `npx tsx bench/regexp-literals.ts [--fix] <file.ts>...`: the regular-expression literals that esbuild, as tsx
 * runs it (target: this Node's version), rewrites as `new RegExp("...")` because of a `\p{...}` outside a
 * character class. Inside a function such a pattern is compiled again at every call. With --fix, each such
 * `\p{...}` (or `\P{...}`) is written as the one-item class `[\p{...}]`, the same pattern, which esbuild keeps a
 * literal (`tests/regexp-literals.test.ts` checks src/quotes). Run it after a merge that brings such literals.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const args = process.argv.slice(2);
const fix = args.includes('--fix');
const files = args.filter((a) => a !== '--fix');
// (esbuild quotes the pattern with ' when it holds a ", and with ` when it holds both.)
const count = (code: string): number => (code.match(/new RegExp\(["'`]/gu) ?? []).length;

/** `body` with every `\p{...}` / `\P{...}` outside a character class put in a class of its own. */
function classed(body: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const next = body[i + 1] ?? '';
      if (!inClass && (next === 'p' || next === 'P') && body[i + 2] === '{') {
        const end = body.indexOf('}', i);
        out += `[${body.slice(i, end + 1)}]`;
        i = end;
        continue;
      }
      out += c + next;
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

let total = 0;
for (const file of files) {
  let source = readFileSync(file, 'utf8');
  const forNode = transformSync(source, { loader: 'ts', target: `node${process.versions.node}` }).code;
  const asWritten = transformSync(source, { loader: 'ts', target: 'esnext' }).code;
  if (count(forNode) === count(asWritten)) continue;
  const seen = new Set<string>();
  for (const m of forNode.matchAll(/new RegExp\(("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\$]|\\.)*`), "([a-z]*)"\)/gu)) {
    // (A string literal esbuild printed itself, with no substitution: read as JavaScript reads it.)
    const body = new Function(`return ${m[1]!};`)() as string;
    const literal = `/${body}/${m[2]!}`;
    if (seen.has(literal) || asWritten.includes(m[0])) continue;
    seen.add(literal);
    const n = source.split(literal).length - 1;
    console.log(`${file}: ${n === 0 ? '(not found as written) ' : ''}${literal}`);
    total += n;
    if (fix && n > 0) source = source.split(literal).join(`/${classed(body)}/${m[2]!}`);
  }
  if (fix) writeFileSync(file, source);
}
console.log(`${total} literal(s) ${fix ? 'rewritten' : 'rewritten by esbuild for this Node'}`);
