/**
 * Summarises a `node --cpu-prof` profile: the functions with the most self time, and the project files they
 * fall in. `npx tsx bench/top-self-time.ts <file.cpuprofile> [count]`
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time in milliseconds per function (name, file and line), largest first. */
export function selfTimes(profile: CpuProfile): { fn: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const f = n.callFrame;
    const where = f.url ? `${f.url.replace(/^file:\/\/.*?\/(node_modules|src|bench|commands|tests)\//, '$1/')}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].map(([fn, ms]) => ({ fn, ms })).sort((a, b) => b.ms - a.ms);
}

/**
 * Time per project function, charging every sample to the innermost frame in src/ or commands/ on its stack, so
 * time spent inside a library is charged to the project code that called it.
 */
export function projectTimes(profile: CpuProfile): { fn: string; ms: number }[] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const owner = new Map<number, string>();
  const ownerOf = (id: number): string => {
    const known = owner.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    let result = '(outside project code)';
    if (n) {
      const m = n.callFrame.url.includes('/node_modules/') ? null : /\/((?:src|commands)\/.*)$/.exec(n.callFrame.url);
      if (m) result = `${n.callFrame.functionName || '(anonymous)'} ${m[1]}:${n.callFrame.lineNumber + 1}`;
      else if (parent.has(id)) result = ownerOf(parent.get(id)!);
    }
    owner.set(id, result);
    return result;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const k = ownerOf(id);
    totals.set(k, (totals.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].map(([fn, ms]) => ({ fn, ms })).sort((a, b) => b.ms - a.ms);
}

if (process.argv[1]?.endsWith('top-self-time.ts')) {
  const file = process.argv[2];
  if (!file) throw new Error('top-self-time: give the .cpuprofile file to read');
  const count = Number(process.argv[3] ?? 25);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const rows = selfTimes(profile);
  const total = rows.reduce((a, r) => a + r.ms, 0);
  for (const r of rows.slice(0, count)) process.stdout.write(`${r.ms.toFixed(0).padStart(8)} ms ${((r.ms / total) * 100).toFixed(1).padStart(5)}%  ${r.fn}\n`);
  const files = new Map<string, number>();
  for (const r of rows) {
    const m = /((?:src|commands|bench|node_modules\/[^/]+)\/[^:]*)/.exec(r.fn);
    const k = m?.[1] ?? '(node internals, GC, idle)';
    files.set(k, (files.get(k) ?? 0) + r.ms);
  }
  process.stdout.write('\nby file:\n');
  for (const [k, ms] of [...files].sort((a, b) => b[1] - a[1]).slice(0, 12)) process.stdout.write(`${ms.toFixed(0).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${k}\n`);
  process.stdout.write('\nby project function (library time charged to the project code that called it):\n');
  for (const r of projectTimes(profile).slice(0, 15)) process.stdout.write(`${r.ms.toFixed(0).padStart(8)} ms ${((r.ms / total) * 100).toFixed(1).padStart(5)}%  ${r.fn}\n`);
}
