/**
 * `node --max-old-space-size=8192 --import tsx bench/quote-build-alternate.ts <corpus dir> <checkout>...`: the
 * quote build of several checkouts of this project (each with its node_modules) on one corpus, in one process,
 * their builds alternated over five rounds, CPU time per round. On a shared machine, separate timed processes
 * cannot tell versions a few tens of percent apart; alternating in one process puts them under the same load.
 * The first round (warm-up) is left out of best and median.
 */
const [corpus, ...dirs] = process.argv.slice(2);
if (!corpus || dirs.length === 0) throw new Error('quote-build-alternate: give a corpus folder and one or more checkouts');
const sets: { dir: string; build: () => void }[] = [];
for (const dir of dirs) {
  const { loadCorpus } = await import(`${dir}/src/corpus/load.ts`);
  const { buildPassages } = await import(`${dir}/src/text/passages.ts`);
  const { QuoteBook } = await import(`${dir}/src/quotes/quotes.ts`);
  const docs = loadCorpus(corpus);
  const passages = buildPassages(docs);
  sets.push({ dir, build: () => QuoteBook.build(passages, docs) });
}
const cpu: Record<string, number[]> = {};
for (let round = 0; round < 5; round++) {
  for (const s of sets) {
    const c = process.cpuUsage();
    s.build();
    const u = process.cpuUsage(c);
    (cpu[s.dir] ??= []).push(Math.round((u.user + u.system) / 1000));
  }
}
for (const [d, xs] of Object.entries(cpu)) {
  const rest = xs.slice(1).sort((a, b) => a - b);
  console.log(d, 'CPU ms per round', xs.join(' / '), 'best', rest[0], 'median', rest[Math.floor(rest.length / 2)]);
}
