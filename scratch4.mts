import { readFileSync } from 'node:fs';
import { Timeline } from './src/engine/timeline.ts';
import { findDates } from './src/engine/dates.ts';
import { loadCorpus } from './src/corpus/load.ts';
import { buildPassages } from './src/engine/passages.ts';
import { doc } from './tests/helpers/docs.ts';
const base = loadCorpus('corpus');
const texts = [base[0]!.paragraphs];
for (const id of ['harbour-wire-kim-putin-spaceport','northern-gazette-allies-warn','eastern-ledger-analysis-kim-putin']) {
  const raw = readFileSync(`tests/fixtures/articles/${id}.txt`, 'utf8');
  texts.push(raw.split(/\n\s*\n/).map(b => b.trim()).filter(Boolean).slice(1));
}
const N = Number(process.argv[2] ?? 10000);
const docs = [];
for (let i = 0; i < N; i++) {
  const day = 10 + (i % 10);
  docs.push(doc(`d${i}`, `2023-09-${day}`, texts[i % 4]!.map(p => p.replace(/Putin/g, i % 3 ? 'Putin' : 'the Russian leader'))));
}
let t0 = performance.now();
const cache = new Map<string, any>();
const passages = docs.flatMap((d) => d.paragraphs.map((text, i) => { let ss = cache.get(text); if (!ss) { ss = buildPassages([doc('x', '2023-09-14', [text])])[0]!.sentences; cache.set(text, ss); } return { id: `${d.id}#p${i+1}`, doc: d.id, paragraph: i + 1, text, sentences: ss, citation: { doc: d.id, paragraph: i + 1, passage: `${d.id}#p${i+1}`, outlet: 'o', title: 't', published: d.published, url: null } }; }));
console.log('passages', passages.length, (performance.now() - t0).toFixed(0), 'ms');
t0 = performance.now();
let n = 0;
for (const p of passages) for (const s of p.sentences) n += findDates(s.text, p.citation.published).length;
console.log('extract only', n, (performance.now() - t0).toFixed(0), 'ms');
t0 = performance.now();
const tl = Timeline.build(passages, docs);
console.log('build', tl.events.length, 'events', (performance.now() - t0).toFixed(0), 'ms');
const topic = new Map(passages.filter((_, i) => i % 7 === 0).map(p => [p.id, 1]));
const times: number[] = [];
for (let i = 0; i < 50; i++) {
  const s = performance.now();
  tl.query(i % 2 ? { from: '2023-09', to: '2023-09-13' } : { topic: 'x' }, i % 2 ? null : topic);
  tl.query({ source: `d${i}` }, null);
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
console.log('query p99', times[Math.floor(times.length * 0.99)]!.toFixed(1), 'ms, max also', Math.max(...tl.events.map(e => e.also.length)));
for (const [name, f, topicMap] of [['range', { from: '2023-09', to: '2023-09-13' }, null], ['topic', { topic: 'x' }, topic], ['source', { source: 'd5' }, null], ['none', {}, null]] as const) {
  const ts: number[] = [];
  for (let i = 0; i < 20; i++) { const s = performance.now(); tl.query(f as any, topicMap as any); ts.push(performance.now() - s); }
  ts.sort((a, b) => a - b); console.log(name, ts[10]!.toFixed(2), ts[19]!.toFixed(2));
}
