/**
 * `npm run eval:quotes -- --polnear <dir> [--split train|dev|test] [--show wrong|missed|all] [--group <construction>] [--source name|other] [--limit N] [--errors] [--paths] [--dump <file>]`
 *
 * Measures who-said-it on PolNeAR: builds a corpus from one split, runs the engine's quote finding and
 * attribution over it, and compares each gold direct quote's speaker with the engine's and with a simple
 * baseline's (the capitalised run nearest a speech verb in the quote's sentence). A speaker counts as right
 * only when it is the same person (see `samePerson`). Tune on train and dev; look at test once.
 * `--errors` counts the engine's wrong and unattributed quotes by construction (the gold source's form and
 * where it stands from the quote), biggest group first, so that work goes where the errors are.
 * `--dump <file>` writes one JSON line per pronoun/description gold (its verdicts in the full and judgeable rows,
 * its verdict in the row read from the attributions and that reading, the engine's answer and path, the text around it with the quote marked) for reading and for trying
 * abstentions offline; the file holds PolNeAR text, so it belongs outside the repository.
 * `--source name|other` lists only the golds whose source is a name (or a pronoun or description).
 * The row "pronoun/description, antecedent read from the attributions" judges the same golds as the
 * "pronoun/description" row, each by the speaker PolNeAR's own attributions give its source (`antecedent.ts`)
 * instead of the machine's coreference chain; the old rows are kept as they were, for comparing sessions.
 */
import { writeFileSync } from 'node:fs';
import { attributionPaths, extractQuotes } from '../src/quotes/extract-quotes.ts';
import { buildPassages } from '../src/text/passages.ts';
import type { Document, Quote, Speaker } from '../src/types.ts';
import { readFlags } from './flags.ts';
import { bodyNamedInSource, judgeable, judgeJudgeable, judgeRead, judgeTitled, whyNotJudgeable } from './judgeable.ts';
import { describedName, nameKey, quoteMarks, readSplit, samePerson, type GoldQuote, type PolnearArticle } from './polnear.ts';

type Verdict = 'correct' | 'wrong' | 'unattributed';

interface Found {
  name: string;
  kind: Speaker['kind'];
}

interface Tally {
  gold: number;
  correct: number;
  wrong: number;
  unattributed: number;
}

function main(): void {
  const values = readFlags('eval:quotes', 'npm run eval:quotes -- --polnear <dir> [--split train|dev|test] [--show wrong|missed|all] [--group <construction>] [--source name|other] [--limit N] [--errors] [--paths] [--dump <file>]', {
    polnear: { type: 'string' },
    split: { type: 'string', default: 'dev' },
    show: { type: 'string' },
    group: { type: 'string' },
    source: { type: 'string' },
    limit: { type: 'string', default: '60' },
    errors: { type: 'boolean', default: false },
    paths: { type: 'boolean', default: false },
    dump: { type: 'string' },
  });
  if (!values.polnear) {
    console.error('eval:quotes: give the PolNeAR data folder: npm run eval:quotes -- --polnear <dir> [--split train|dev|test]');
    process.exitCode = 2;
    return;
  }
  if (!['train', 'dev', 'test'].includes(values.split)) {
    console.error(`eval:quotes: --split takes train, dev or test, got "${values.split}"`);
    process.exitCode = 2;
    return;
  }
  const articles = readSplit(values.polnear, values.split);
  const docs: Document[] = articles.map((a) => ({
    id: a.id,
    file: `${a.id}.txt`,
    title: a.id,
    outlet: a.id.split('_')[0] ?? 'polnear',
    published: a.id.split('_')[1] ?? '2016-01-01',
    url: null,
    language: 'en',
    paragraphs: a.paragraphs.map((p) => p.text),
  }));
  const t0 = performance.now();
  const { quotes, speakers } = extractQuotes(buildPassages(docs));
  const ms = performance.now() - t0;
  const kindOf = new Map(speakers.map((s) => [s.id, s.kind]));
  const byDoc = new Map<string, Quote[]>();
  for (const q of quotes) {
    const list = byDoc.get(q.citation.doc) ?? [];
    list.push(q);
    byDoc.set(q.citation.doc, list);
  }
  const tallies = new Map<string, Tally>();
  const tally = (key: string, v: Verdict): void => {
    const t = tallies.get(key) ?? { gold: 0, correct: 0, wrong: 0, unattributed: 0 };
    t.gold++;
    t[v]++;
    tallies.set(key, t);
  };
  const shown: string[] = [];
  // Pronoun and description golds left out of the judgeable row, by reason, with the full row's verdicts on them.
  const notJudged = new Map<string, Tally>();
  const groups = new Map<string, number>();
  // Pronoun/description golds the engine answered, by how its speaker was found: judgeable verdicts.
  const byPath = new Map<string, Tally>();
  const namePaths = new Map<string, Tally>();
  const dumped: string[] = [];
  for (const a of articles) {
    const placed = placeQuotes(a, byDoc.get(a.id) ?? []);
    for (const g of a.gold) {
      // The engine quote that covers most of the gold one: a quote inside another quote whose words recur inside
      // this one (placed by its words) is not taken for it.
      const overlap = (p: { start: number; end: number }): number => Math.min(p.end, g.close) - Math.max(p.start, g.open + 1);
      const hit = placed.filter((p) => overlap(p) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
      const engine: Found | null = hit?.quote.speaker ? { name: hit.quote.speaker, kind: kindOf.get(hit.quote.speakerId ?? '') ?? 'person' } : null;
      const base = baseline(a, g);
      const ve = judge(a, g, engine);
      const vb = judge(a, g, base);
      tally(`engine ${g.sourceKind}`, ve);
      tally(`baseline ${g.sourceKind}`, vb);
      if (namesSomeone(g)) {
        tally('engine named', ve);
        tally('baseline named', vb);
      }
      if (g.sourceKind === 'other') {
        tally('engine read', judgeRead(a, g, engine));
        tally('baseline read', judgeRead(a, g, base));
      }
      const why = whyNotJudgeable(g, a);
      if (why) {
        const n = notJudged.get(why) ?? { gold: 0, correct: 0, wrong: 0, unattributed: 0 };
        n.gold++;
        n[ve]++;
        notJudged.set(why, n);
      }
      if (judgeable(g, a)) {
        const vj = judgeJudgeable(a, g, engine);
        if (hit?.quote.speaker) {
          const path = attributionPaths.get(hit.quote) ?? '?';
          for (const key of new Set([path, path.split(' | ')[0]!.replace(/^(?:reported speech before|credit line)$/u, path.split(' | ').slice(0, 2).join(' | '))])) {
            const t = byPath.get(key) ?? { gold: 0, correct: 0, wrong: 0, unattributed: 0 };
            t.gold++;
            t[vj]++;
            byPath.set(key, t);
          }
        }
        tally('engine judgeable', vj);
        tally('engine titled', judgeTitled(a, g, engine));
        tally('baseline titled', judgeTitled(a, g, base));
        tally('baseline judgeable', judgeJudgeable(a, g, base));
      }
      if (g.sourceKind === 'name' && hit?.quote.speaker) {
        const path = attributionPaths.get(hit.quote) ?? '?';
        for (const key of new Set([path, path.split(' | ')[0]!])) {
          const t = namePaths.get(key) ?? { gold: 0, correct: 0, wrong: 0, unattributed: 0 };
          t.gold++;
          t[ve]++;
          namePaths.set(key, t);
        }
      }
      if (values.dump && g.sourceKind === 'other') {
        const ctx = `${a.text.slice(Math.max(0, g.open - 300), g.open)}⟦${a.text.slice(g.open, g.close + 1)}⟧${a.text.slice(g.close + 1, g.close + 120)}`.replace(/\s+/gu, ' ');
        dumped.push(JSON.stringify({ doc: a.id, open: g.open, source: g.source, resolved: g.resolved, full: ve, judgeable: judgeable(g, a) ? judgeJudgeable(a, g, engine) : null, read: judgeRead(a, g, engine), reading: g.read ?? null, path: hit?.quote.speaker ? (attributionPaths.get(hit.quote) ?? '?') : null, engine: engine?.name ?? null, kind: engine?.kind ?? null, construction: construction(a, g), ctx }));
      }
      if (ve !== 'correct') {
        const key = `${ve} | ${construction(a, g)}`;
        groups.set(key, (groups.get(key) ?? 0) + 1);
      }
      const want = values.show;
      const inGroup = (!values.group || construction(a, g) === values.group) && (!values.source || g.sourceKind === values.source);
      if (inGroup && want && (want === 'all' || (want === 'wrong' && ve === 'wrong') || (want === 'missed' && ve === 'unattributed'))) {
        const ctx = `${a.text.slice(Math.max(0, g.open - 160), g.open)}⟦${a.text.slice(g.open, g.close + 1)}⟧${a.text.slice(g.close + 1, g.close + 120)}`.replace(/\s+/gu, ' ');
        shown.push(`[${ve}] ${hit ? (attributionPaths.get(hit.quote) ?? '') : ''} gold "${g.source}"${g.resolved && g.resolved !== g.source ? ` → ${g.resolved}` : ''} | engine ${engine ? `"${engine.name}" (${engine.kind})` : hit ? '-' : '- (no quote found)'} | ${a.id}\n    ${ctx}`);
      }
    }
  }
  for (const line of shown.slice(0, Number(values.limit))) console.log(line);
  if (values.dump) writeFileSync(values.dump, dumped.join('\n') + '\n');
  if (values.errors) {
    console.log('\n| errors: verdict, source form, where the source stands | quotes |\n|---|---:|');
    for (const [key, n] of [...groups].sort((x, y) => y[1] - x[1])) console.log(`| ${key} | ${n} |`);
  }
  if (values.paths) {
    console.log('\n| path (judgeable pronoun/description golds the engine answered; name golds beside) | answered | right | wrong | precision | name golds right | name golds wrong |\n|---|---:|---:|---:|---:|---:|---:|');
    const none = { gold: 0, correct: 0, wrong: 0, unattributed: 0 };
    for (const [path, t] of [...byPath].sort((x, y) => x[0].localeCompare(y[0]))) {
      const n = namePaths.get(path) ?? none;
      console.log(`| ${path} | ${t.gold} | ${t.correct} | ${t.wrong} | ${((100 * t.correct) / Math.max(1, t.correct + t.wrong)).toFixed(0)}% | ${n.correct} | ${n.wrong} |`);
    }
  }
  const gold = articles.reduce((n, a) => n + a.gold.length, 0);
  console.log(`\nPolNeAR ${values.split}: ${articles.length} articles, ${gold} gold direct quotes; engine quote build ${Math.round(ms)} ms\n`);
  console.log('| who | source | gold | correct | wrong | unattributed | precision | recall |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const who of ['engine', 'baseline']) {
    for (const kind of ['name', 'other', 'named', 'judgeable', 'titled', 'read'] as const) {
      const t = tallies.get(`${who} ${kind}`) ?? { gold: 0, correct: 0, wrong: 0, unattributed: 0 };
      const p = t.correct + t.wrong ? (100 * t.correct) / (t.correct + t.wrong) : 0;
      const r = t.gold ? (100 * t.correct) / t.gold : 0;
      const label = { name: 'name', other: 'pronoun/description', named: 'pronoun/description, gold names someone', judgeable: 'pronoun/description, judgeable', titled: 'pronoun/description, judgeable, titles read', read: 'pronoun/description, antecedent read from the attributions' }[kind];
      console.log(`| ${who} | ${label} | ${t.gold} | ${t.correct} | ${t.wrong} | ${t.unattributed} | ${p.toFixed(1)}% | ${r.toFixed(1)}% |`);
    }
  }
  console.log('\nPronoun/description golds the judgeable row leaves out (the engine\'s verdicts there in the full row):\n');
  console.log('| why not judgeable | gold | counted right | counted wrong | unattributed |\n|---|---:|---:|---:|---:|');
  for (const [why, t] of [...notJudged].sort((x, y) => y[1].gold - x[1].gold)) console.log(`| ${why} | ${t.gold} | ${t.correct} | ${t.wrong} | ${t.unattributed} |`);
}

const PRONOUN = /^(?:he|she|they|it|i|we|you)$/iu;
const VERB_AS_SOURCE = /^(?:said|says|say|told|tells|added|adds|according|wrote|writes|asked|noted|stated)$/iu;

/**
 * A pronoun or description whose gold names someone: the annotation resolves it to a name, and its source is
 * not a bare verb (an annotation slip). The others count every person the engine names as wrong, so the row
 * without them says how often the engine's resolution is right where the gold knows who spoke; the full row
 * is printed as well, and so is the judgeable row (`judgeable.ts`), which also keeps descriptions with no
 * name and capitalised sources the tagger missed.
 */
function namesSomeone(g: GoldQuote): boolean {
  return g.sourceKind === 'other' && g.resolved !== null && g.resolved.trim() !== '' && !VERB_AS_SOURCE.test(g.source.trim());
}

/**
 * A gold quote's construction, for counting errors: the source's form (name, pronoun, description) and where
 * it stands: after the quote, before it in its sentence, in an earlier sentence or paragraph, or as the label
 * of a transcript line ("TRUMP: ...", "Q: ...").
 */
function construction(a: PolnearArticle, g: GoldQuote): string {
  const src = g.source.trim();
  const form = g.sourceKind === 'name' ? 'name' : PRONOUN.test(src) ? 'pronoun' : 'description';
  const para = [...a.paragraphs].reverse().find((p) => p.start <= g.open);
  if (para && /^[\p{Lu}][\p{Lu}\p{N} .'’-]{0,30}:/u.test(para.text) && g.sourceStart >= para.start && g.sourceStart < g.open) return `${form} | transcript line`;
  if (g.sourceStart > g.close) {
    const gap = a.text.slice(g.close, g.sourceStart);
    return `${form} | ${/\n/u.test(gap) ? 'later paragraph' : /^\S?\s*[―—–-]/u.test(gap) ? 'dash after' : 'after'}`;
  }
  const sourceEnd = g.sourceStart + g.source.length;
  let gap = a.text.slice(sourceEnd, g.open);
  for (const [o, c] of quoteMarks(gap)) gap = gap.slice(0, o) + '_'.repeat(c - o + 1) + gap.slice(c + 1);
  if (/\n/u.test(gap)) return `${form} | earlier paragraph`;
  if (/[.!?]["”'’_]*\s+["“\p{Lu}_]/u.test(gap)) return `${form} | earlier sentence`;
  return `${form} | ${/:\s*$/u.test(gap) ? 'before, colon' : 'before'}`;
}

/** Where each engine quote of an article lies in the article's text. */
function placeQuotes(a: PolnearArticle, quotes: readonly Quote[]): { start: number; end: number; quote: Quote }[] {
  const out: { start: number; end: number; quote: Quote }[] = [];
  const cursor = new Map<number, number>();
  for (const q of quotes) {
    const p = a.paragraphs[q.citation.paragraph - 1];
    if (!p) continue;
    const from = cursor.get(q.citation.paragraph) ?? 0;
    let at = p.text.indexOf(q.quote, from);
    if (at < 0) at = p.text.indexOf(q.quote);
    if (at < 0) continue;
    cursor.set(q.citation.paragraph, at + q.quote.length);
    out.push({ start: p.start + at, end: p.start + at + q.quote.length, quote: q });
  }
  return out;
}

/**
 * Right, wrong or none. A name source is right when the found speaker is the same person or body. A pronoun
 * or description is right when the found speaker is the name it stands for, or (no name behind it) an
 * unnamed speaker or body described with the same head word.
 */
function judge(a: PolnearArticle, g: GoldQuote, found: Found | null): Verdict {
  if (!found) return 'unattributed';
  if (g.resolved && samePerson(a, found.name, g.resolved, g.open)) return 'correct';
  // A name source that reads as a description ("the Vermont senator") is judged as descriptions are as well.
  if (g.chained && samePerson(a, found.name, g.chained, g.open)) return 'correct';
  if ((g.sourceKind === 'other' || describedName(g.source)) && found.kind !== 'person') {
    const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    const head = words(g.source.split(/\s(?:of|at|from|for|in|with|who)\s|,/u)[0]!.replace(/['’]s$/u, '')).pop();
    if (head && words(found.name).includes(head)) return 'correct';
    if (bodyNamedInSource(found, g.source)) return 'correct';
  }
  return 'wrong';
}

const BASELINE_VERBS = /\b(?:said|says|say|told|tells|added|adds|according|asked|wrote|writes|stated|explained|noted|argued|claimed|insisted|warned|declared|continued|replied|responded|tweeted|recalled)\b/gu;
const NOT_NAMES = /^(?:The|A|An|He|She|It|They|We|I|But|And|In|On|At|As|If|When|After|Before|This|That|Mr|Mrs|Ms)$/u;

/** The baseline: in the quote's sentence (quotes blanked out), the capitalised run nearest a speech verb. */
function baseline(a: PolnearArticle, g: GoldQuote): Found | null {
  const para = [...a.paragraphs].reverse().find((p) => p.start <= g.open);
  if (!para) return null;
  let masked = para.text;
  for (const [o, c] of quoteMarks(para.text)) masked = masked.slice(0, o + 1) + '_'.repeat(Math.max(0, c - o - 1)) + masked.slice(c);
  const at = g.open - para.start;
  const ends = [...masked.matchAll(/[.!?]["”'_]*\s+/gu)].map((m) => m.index + m[0].length);
  const start = Math.max(0, ...ends.filter((e) => e <= at));
  const endAt = ends.find((e) => e > g.close - para.start);
  const sentence = masked.slice(start, endAt ?? masked.length);
  const verbs = [...sentence.matchAll(BASELINE_VERBS)].map((m) => m.index);
  if (verbs.length === 0) return null;
  let best: { name: string; d: number } | null = null;
  for (const m of sentence.matchAll(/[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*/gu)) {
    const words = m[0].split(/\s+/u);
    while (words.length && NOT_NAMES.test(words[0]!.replace(/\.$/u, ''))) words.shift();
    if (words.length === 0) continue;
    const s = m.index;
    const e = m.index + m[0].length;
    const d = Math.min(...verbs.map((v) => (v >= e ? v - e : s - v)).map(Math.abs));
    if (!best || d < best.d) best = { name: words.join(' ').replace(/['’]s$/u, ''), d };
  }
  return best ? { name: best.name, kind: 'person' } : null;
}

main();
