import { readFileSync } from 'node:fs';
import { Timeline } from './src/engine/timeline.ts';
import { loadCorpus } from './src/corpus/load.ts';
import { buildPassages } from './src/engine/passages.ts';
import { doc } from './tests/helpers/docs.ts';
const docs = loadCorpus('corpus');
const dates: Record<string,string> = { 'harbour-wire-kim-putin-spaceport': '2023-09-13', 'northern-gazette-allies-warn': '2023-09-14', 'eastern-ledger-analysis-kim-putin': '2023-09-15' };
for (const [id, pub] of Object.entries(dates)) {
  const raw = readFileSync(`tests/fixtures/articles/${id}.txt`, 'utf8');
  const blocks = raw.split(/\n\s*\n/).map(b => b.trim()).filter(Boolean).slice(1);
  docs.push(doc(id, pub, blocks));
}
const t = Timeline.build(buildPassages(docs), docs);
for (const e of t.events) console.log(e.date, e.qualifier ?? '', JSON.stringify(e.expression), e.citation.passage, '|', e.sentence.slice(0, 110), e.also.length ? '\n      ALSO ' + e.also.map(a => a.citation.passage + ': ' + a.sentence.slice(0, 80)).join('\n      ALSO ') : '');
