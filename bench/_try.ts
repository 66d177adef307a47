import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { measureLoad } from './discord-load.ts';
import { writeCorpus } from './generate.ts';
import { realArticles } from './real-corpus.ts';
const root = '/work/wt17';
const size = process.argv[2];
let dir = join(root, 'corpus');
if (size !== 'bundled') { dir = join(tmpdir(), `load-try-${size}`); writeCorpus(dir, Number(size), 20230913, realArticles(root).docs); }
const r = await measureLoad(root, dir, size!, 20230913, process.argv[3] === 'steady');
console.log(JSON.stringify(r, null, 1));
