/**
 * `node --import tsx bench/quote-build.ts <corpus dir> [runs]`: the quote build alone (finding, attribution,
 * speakers, look-up tables) over a corpus folder, best of a few runs, in ms.
 */
import { loadCorpus } from '../src/corpus/load.ts';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { buildPassages } from '../src/text/passages.ts';

const dir = process.argv[2];
if (!dir) throw new Error('quote-build: give a corpus folder');
const runs = Number(process.argv[3] ?? 3);
const docs = loadCorpus(dir);
const passages = buildPassages(docs);
const times: number[] = [];
const cpu: number[] = [];
let quotes = 0;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  const book = QuoteBook.build(passages, docs);
  const used = process.cpuUsage(c);
  times.push(performance.now() - t);
  // CPU time as well as wall time: on a shared machine the wall time says as much about the neighbours.
  cpu.push((used.user + used.system) / 1000);
  quotes = book.quotes.length;
}
console.log(`${docs.length} articles, ${passages.length} passages, ${quotes} quotes: quote build best ${Math.round(Math.min(...times))} ms wall, ${Math.round(Math.min(...cpu))} ms CPU; runs ${times.map(Math.round).join(' / ')} ms`);
