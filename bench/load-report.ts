/** The load figures (bench/discord-load.ts) as table lines and as checks against the issue's targets. */
import type { LoadFigures, LoadResult, Spread } from './discord-load.ts';

/** The load measured at one corpus ("bundled", or a number of articles), or why it failed. */
export interface LoadRun {
  corpus: string;
  result: LoadResult | { error: string };
}

type Target = { target: string; value: string; met: boolean | null };

const ms = (x: number): string => (Number.isNaN(x) || !Number.isFinite(x) ? '–' : x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US'));
const spread = (s: Spread): string => `${ms(s.p50)} / ${ms(s.p99)} / ${ms(s.max)}`;
const withMin = (s: Spread): string => `${ms(s.min)} / ${spread(s)}`;
const label = (corpus: string, r: LoadResult | { error: string }): string =>
  'error' in r ? corpus : corpus === 'bundled' ? `bundled (${r.articles} article${r.articles === 1 ? '' : 's'})` : `${r.articles.toLocaleString('en-US')} articles`;

/** One table, a column per corpus; empty when nothing was measured. */
export function renderLoadTable(load: readonly LoadRun[]): string[] {
  if (load.length === 0) return [];
  const figures = (f: LoadFigures | null, what: (f: LoadFigures) => string): string => (f ? what(f) : 'not run');
  const rows: [string, (r: LoadResult) => string][] = [
    ['burst of 700: dispatch → first callback, min / p50 / p99 / max (ms)', (r) => withMin(r.burst.toCallback)],
    ['burst of 700: dispatch → answer, min / p50 / p99 / max (ms)', (r) => withMin(r.burst.toAnswer)],
    ['burst of 700: answered / deferred / acknowledged after 3 s / rejected', (r) => `${r.burst.answered} / ${r.burst.deferred} / ${r.burst.lateAcknowledged} / ${r.burst.rejected}`],
    ['burst of 700: first dispatch → last answer (ms)', (r) => ms(r.burst.spanMs)],
    ['100 a second for 10 s: dispatch → answer, p50 / p99 / max (ms)', (r) => figures(r.steady, (f) => spread(f.toAnswer))],
    ['100 a second for 10 s: answered / deferred / acknowledged after 3 s', (r) => figures(r.steady, (f) => `${f.answered} / ${f.deferred} / ${f.lateAcknowledged}`)],
    ['fake Discord CPU per interaction of the burst (ms)', (r) => ms(r.fakeCpuMs / r.burst.sent)],
    ['bot CPU per interaction: serving / answering alone, engine + render (ms)', (r) => (r.botCpu && r.botCpu.answers > 0 ? `${ms(r.botCpu.cpuMs / r.botCpu.answers)} / ${ms(r.botCpu.answerMs / r.botCpu.answers)}` : '–')],
  ];
  return [
    'Under load through the fake Discord (500 /ask, 100 /who-said, 100 /timeline, each from another member):',
    '',
    `| | ${load.map((l) => label(l.corpus, l.result)).join(' | ')} |`,
    `|---|${load.map(() => '---:').join('|')}|`,
    ...rows.map(([name, f]) => `| ${name} | ${load.map((l) => {
      const r = l.result;
      return 'error' in r ? `failed: ${r.error}` : f(r);
    }).join(' | ')} |`),
    '',
  ];
}

/** The issue's targets: at 1,000 articles, at 10,000, and the steady load. */
export function loadTargets(load: readonly LoadRun[]): Target[] {
  const at = (articles: number): LoadResult | null => {
    const r = load.map((l) => l.result).find((x) => !('error' in x) && x.articles === articles);
    return r && !('error' in r) ? r : null;
  };
  const t: Target[] = [];
  const k1 = at(1000);
  const missing = (target: string): Target => ({ target, value: 'not measured', met: null });
  const burst1 = '1,000 articles: burst of 700, answer p50 under 1 s and every one acknowledged within 3 s';
  t.push(
    k1
      ? { target: burst1, value: `p50 ${ms(k1.burst.toAnswer.p50)} ms; ${k1.burst.answered}/${k1.burst.sent} answered, ${k1.burst.lateAcknowledged} acknowledged late, first callback max ${ms(k1.burst.toCallback.max)} ms`, met: k1.burst.toAnswer.p50 < 1000 && k1.burst.lateAcknowledged === 0 && k1.burst.answered === k1.burst.sent && k1.burst.rejected === 0 }
      : missing(burst1),
  );
  const steady1 = '1,000 articles: 100 interactions a second for 10 s, answer p99 under 100 ms';
  t.push(k1?.steady ? { target: steady1, value: `p99 ${ms(k1.steady.toAnswer.p99)} ms, ${k1.steady.answered}/${k1.steady.sent} answered`, met: k1.steady.toAnswer.p99 < 100 && k1.steady.answered === k1.steady.sent } : missing(steady1));
  const k10 = at(10000);
  const burst10 = '10,000 articles: burst of 700, no answer later than 5 s after its dispatch';
  t.push(k10 ? { target: burst10, value: `slowest ${ms(k10.burst.toAnswer.max)} ms, ${k10.burst.answered}/${k10.burst.sent} answered`, met: k10.burst.toAnswer.max < 5000 && k10.burst.answered === k10.burst.sent } : missing(burst10));
  return t;
}
