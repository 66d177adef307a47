/**
 * The real articles every benchmark corpus contains: the bundled corpus folder when it has articles, else the
 * seed article rebuilt from its raw text fixture (so the harness still runs while the corpus is being written).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../src/types.ts';
import { isArticleFile, loadCorpus } from '../src/corpus/load.ts';

/** The id of the seed article, whose passages are the gold answers of the seed questions. */
export const SEED_DOC = 'yonhap-kim-putin-summit';

/** The real articles under the project root `root`. */
export function realArticles(root: string): { docs: Document[]; from: string } {
  const dir = join(root, 'corpus');
  if (existsSync(dir) && readdirSync(dir).some(isArticleFile)) return { docs: loadCorpus(dir), from: dir };
  const fixture = join(root, 'tests', 'fixtures', 'yonhap-kim-putin-summit.txt');
  const blocks = readFileSync(fixture, 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.trim().replace(/\s*\n\s*/g, ' '))
    .filter((b) => b !== '');
  const [title, ...rest] = blocks;
  if (!title) throw new Error(`bench: the fixture ${fixture} is empty`);
  const paragraphs = rest.filter((b) => !/^Source:/i.test(b) && !/^scroll to top$/i.test(b));
  return {
    docs: [{ id: SEED_DOC, file: `${SEED_DOC}.md`, title, outlet: 'Yonhap News Agency', published: '2023-09-14', url: null, language: 'en', paragraphs }],
    from: fixture,
  };
}
