import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readSplit } from '../eval/polnear.ts';
import { writeBratAttributions } from './helpers/brat-attributions.ts';

/** An invented one-article split with brat attributions: each [source words, quoted words] pair is one attribution. */
function split(text: string, pairs: [string, string][]): string {
  const root = mkdtempSync(join(tmpdir(), 'polnear-'));
  mkdirSync(join(root, 'dev', 'text'), { recursive: true });
  mkdirSync(join(root, 'dev', 'attributions'), { recursive: true });
  writeFileSync(join(root, 'dev', 'text', 'a.txt'), text);
  writeBratAttributions(root, text, pairs);
  return root;
}

it('resolves an open "he" to the last source named before it whom the article does not show to be a woman', () => {
  const text = 'Tom Berg spoke first. "It always is late," Berg said. Mara Olsen disagreed. "It was on time," Olsen said. "We checked the log," he said.\n';
  const [a] = readSplit(split(text, [['Berg', 'It always is late,'], ['Olsen', 'It was on time,'], ['he', 'We checked the log,']]), 'dev');
  const he = a!.gold.find((g) => g.source === 'he')!;
  expect(he.resolvedBy).toBe('last source');
  expect(he.resolved).toBe('Berg');
});

it('leaves it open when every source before is of the other sex', () => {
  const text = 'Mara Olsen disagreed. "It was on time," Olsen said. "We checked the log," he said.\n';
  const [a] = readSplit(split(text, [['Olsen', 'It was on time,'], ['he', 'We checked the log,']]), 'dev');
  expect(a!.gold.find((g) => g.source === 'he')!.resolved).toBeNull();
});
