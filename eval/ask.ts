/**
 * `npm run eval:ask [-- --squad <dev-v1.1.json>] [--mode A|B|AB] [--articles N] [--set heldout|tuning|bundled|bundledN|both|unseen] [--no-peers] [--verbose]`
 *
 * Measures how often /ask puts the passage that answers a question first, or in the top three.
 *
 * - Without --squad: our own questions (tests/fixtures/ask-heldout.json, never tuned on, and the tuning set:
 *   ask-tuning.json with seed-questions.json and extra-questions.json, and eval/questions/bundled-tuning.json,
 *   everyday questions on the bundled article written for issue 13 and tuned on; and each
 *   eval/questions/bundled-tuningN.json, `--set bundledN`, thirty-odd more per round, each file's "about" saying who
 *   wrote it, before which run, and whether it has since been tuned on or only looked at), each on its own corpus.
 * - With --squad: SQuAD v1.1 dev (Wikipedia paragraphs with crowd-written questions, CC BY-SA 4.0), read from
 *   the path given (it is not in the repository): (A) each article as a corpus of its own, (B) all articles in
 *   one corpus; for each question, is the paragraph it was written on first, or in the top three? The same
 *   paragraphs and questions go to bare MiniSearch, MiniSearch with a stemmer and English stop words, and Lunr.
 */
import { readdirSync, readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { stemmer } from 'stemmer';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildPassages } from '../src/text/passages.ts';
import { SearchIndex } from '../src/search/search.ts';
import type { Document, Passage } from '../src/types.ts';
import { lunrPeer, miniSearchPeer } from '../bench/peers.ts';
import { readFlags } from './flags.ts';

interface Question {
  q: string;
  /** Passage ids that answer it. */
  answers: string[];
}

interface Searcher {
  name: string;
  search(question: string, limit: number): string[];
}

interface Tally {
  questions: number;
  first: number;
  top3: number;
  refused: number;
}

const values = readFlags('eval:ask', 'npm run eval:ask [-- --squad <dev-v1.1.json>] [--mode A|B|AB] [--articles N] [--set <name>] [--no-peers] [--verbose]', {
  squad: { type: 'string' },
  set: { type: 'string', default: 'both' },
  'no-peers': { type: 'boolean', default: false },
  articles: { type: 'string' },
  mode: { type: 'string', default: 'AB' },
  verbose: { type: 'boolean', default: false },
});

/** The project's search as a Searcher. */
function engineSearcher(passages: Passage[], docs: Document[]): Searcher {
  const index = SearchIndex.build(passages, docs);
  return { name: 'summit-sources-bot', search: (q, limit) => index.ask(q, limit).map((r) => r.passage) };
}

// The English stop words of Lunr's pipeline, so that the two stemmed peers drop the same words.
const ENGLISH_STOP_WORDS = new Set(
  `a able about across after all almost also am among an and any are as at be because been but by can cannot could dear
  did do does either else ever every for from get got had has have he her hers him his how however i if in into is it
  its just least let like likely may me might most must my neither no nor not of off often on only or other our own
  rather said say says she should since so some than that the their them then there these they this tis to too twas us
  wants was we were what when where which while who whom why will with would yet you your`.split(/\s+/),
);

/** MiniSearch with a Porter stemmer and English stop words, otherwise default options. */
function miniSearchStemmed(passages: Passage[]): Searcher {
  const ms = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    processTerm: (term) => {
      const t = term.toLowerCase();
      return ENGLISH_STOP_WORDS.has(t) ? null : stemmer(t);
    },
  });
  ms.addAll(passages.map((p, i) => ({ id: i, text: p.text })));
  return {
    name: 'MiniSearch + stemmer + stop words',
    search: (q, limit) => ms.search(q).slice(0, limit).map((r) => passages[r.id as number]!.id),
  };
}

function searchers(passages: Passage[], docs: Document[]): Searcher[] {
  const ours = engineSearcher(passages, docs);
  if (values['no-peers']) return [ours];
  return [ours, miniSearchPeer(passages), miniSearchStemmed(passages), lunrPeer(passages)];
}

function score(searcher: Searcher, questions: Question[], tally: Tally, misses?: string[]): void {
  for (const { q, answers } of questions) {
    const got = searcher.search(q, 3);
    tally.questions++;
    if (got.length === 0) tally.refused++;
    if (got[0] !== undefined && answers.includes(got[0])) tally.first++;
    if (got.some((id) => answers.includes(id))) {
      tally.top3++;
      if (!answers.includes(got[0] ?? '')) misses?.push(`(not first) ${q}  →  ${got.join(', ')}  (want ${answers.join(' or ')})`);
    } else misses?.push(`${q}  →  ${got.join(', ') || '(refused)'}  (want ${answers.join(' or ')})`);
  }
}

// Two decimals: one question of SQuAD dev's 10,570 is 0.01 points, and changes are measured in tenths.
const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(2)}%`;

function printTable(title: string, tallies: Map<string, Tally>): void {
  console.log(`\n${title}`);
  console.log('| search | questions | first | top three | refused |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, t] of tallies) {
    console.log(`| ${name} | ${t.questions} | ${pct(t.first, t.questions)} | ${pct(t.top3, t.questions)} | ${pct(t.refused, t.questions)} |`);
  }
}

function tallyFor(tallies: Map<string, Tally>, name: string): Tally {
  let t = tallies.get(name);
  if (!t) tallies.set(name, (t = { questions: 0, first: 0, top3: 0, refused: 0 }));
  return t;
}

// ---- SQuAD ----

interface SquadFile {
  version?: string;
  data: { title: string; paragraphs: { context: string; qas: { question: string }[] }[] }[];
}

/** One SQuAD article as a Document (one paragraph per context) and its questions by paragraph. */
function squadArticles(file: string): { doc: Document; questions: Question[] }[] {
  let parsed: SquadFile;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as SquadFile;
  } catch (e) {
    throw new Error(`eval:ask: cannot read the SQuAD file ${file}: ${(e as Error).message}`);
  }
  if (!Array.isArray(parsed.data)) throw new Error(`eval:ask: ${file} is not a SQuAD file (no "data" list)`);
  return parsed.data.map((article, a) => {
    const id = `squad-${a}`;
    const doc: Document = {
      id,
      file: `${id}.md`,
      title: article.title.replace(/_/g, ' '),
      outlet: 'Wikipedia',
      published: '2016-01-01',
      url: null,
      language: 'en',
      paragraphs: article.paragraphs.map((p) => p.context.replace(/\s+/g, ' ').trim()),
    };
    const questions = article.paragraphs.flatMap((p, i) => p.qas.map((qa) => ({ q: qa.question, answers: [`${id}#p${i + 1}`] })));
    return { doc, questions };
  });
}

function squad(file: string): void {
  let articles = squadArticles(file);
  if (values.articles) articles = articles.slice(0, Number(values.articles));
  const perArticle = new Map<string, Tally>();
  for (const { doc, questions } of values.mode!.includes('A') ? articles : []) {
    const passages = buildPassages([doc]);
    for (const s of searchers(passages, [doc])) score(s, questions, tallyFor(perArticle, s.name));
  }
  if (values.mode!.includes('A')) printTable(`(A) SQuAD v1.1 dev, each of ${articles.length} articles its own corpus`, perArticle);
  if (!values.mode!.includes('B')) return;

  const docs = articles.map((a) => a.doc);
  const passages = buildPassages(docs);
  const questions = articles.flatMap((a) => a.questions);
  const together = new Map<string, Tally>();
  const misses: string[] = [];
  for (const s of searchers(passages, docs)) {
    const t0 = performance.now();
    score(s, questions, tallyFor(together, s.name), s.name === 'summit-sources-bot' ? misses : undefined);
    if (values.verbose) console.error(`${s.name}: ${((performance.now() - t0) / questions.length).toFixed(2)} ms a question`);
  }
  printTable(`(B) SQuAD v1.1 dev, all ${articles.length} articles (${passages.length} paragraphs) in one corpus`, together);
  if (values.verbose) for (const m of misses.slice(0, 40)) console.error(m);
}

// ---- Our own questions ----

interface OwnQuestion {
  corpus?: string;
  q: string;
  p: (string | number)[];
}

/** Questions from a fixture: {questions: [...]} with passage ids, or a list with bundled-article paragraph numbers. */
function ownQuestions(file: string): { corpus: string; question: Question }[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as OwnQuestion[] | { questions: OwnQuestion[] };
  const list = Array.isArray(raw) ? raw : raw.questions;
  return list.map((x) => ({
    corpus: x.corpus ?? 'corpus',
    question: { q: x.q, answers: x.p.map((p) => (typeof p === 'number' ? `yonhap-kim-putin-summit#p${p}` : p)) },
  }));
}

/** The everyday question sets, `bundled` and `bundledN`, one per eval/questions/bundled-tuning[N].json, in number order. */
function bundledSets(): Map<string, string> {
  const sets = new Map<string, string>();
  const numbers = readdirSync('eval/questions')
    .map((f) => /^bundled-tuning(\d*)\.json$/.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .sort((a, b) => Number(a || 1) - Number(b || 1));
  for (const n of numbers) sets.set(`bundled${n}`, `eval/questions/bundled-tuning${n}.json`);
  return sets;
}

function own(title: string, files: string[]): void {
  const byCorpus = new Map<string, Question[]>();
  for (const f of files) {
    for (const { corpus, question } of ownQuestions(f)) {
      const list = byCorpus.get(corpus) ?? [];
      list.push(question);
      byCorpus.set(corpus, list);
    }
  }
  const tallies = new Map<string, Tally>();
  const perCorpus = new Map<string, Tally>();
  const misses: string[] = [];
  for (const [dir, questions] of byCorpus) {
    const docs = loadCorpus(dir);
    const passages = buildPassages(docs);
    for (const s of searchers(passages, docs)) {
      const firstMisses: string[] = [];
      score(s, questions, tallyFor(tallies, s.name), s.name === 'summit-sources-bot' ? firstMisses : undefined);
      if (s.name === 'summit-sources-bot' && byCorpus.size > 1) score(s, questions, tallyFor(perCorpus, `${s.name} on ${dir}`));
      misses.push(...firstMisses);
    }
  }
  printTable(title, new Map([...tallies, ...perCorpus]));
  if (values.verbose) for (const m of misses) console.error(`miss: ${m}`);
}

if (values.squad) squad(values.squad);
else {
  const set = values.set;
  const bundled = bundledSets();
  if (!['heldout', 'tuning', 'both', 'unseen'].includes(set) && !bundled.has(set)) {
    throw new Error(`eval:ask: --set must be heldout, tuning, both, unseen or one of ${[...bundled.keys()].join(', ')}, not ${set}`);
  }
  if (set === 'tuning' || set === 'both') {
    own('Tuning questions (tuned on: figures flatter the search)', [
      'tests/fixtures/seed-questions.json',
      'tests/fixtures/extra-questions.json',
      'tests/fixtures/ask-tuning.json',
    ]);
  }
  for (const [name, file] of bundled) {
    if (set === name || set === 'both') own(`Everyday questions, set ${name} (${file}; see its "about" for who wrote it and when it was first run)`, [file]);
  }
  if (set === 'heldout' || set === 'both') own('Held-out questions (tests/fixtures/ask-heldout.json, never tuned on)', ['tests/fixtures/ask-heldout.json']);
  if (set === 'unseen') own('Unseen questions (tests/fixtures/ask-unseen.json, everyday words, never tuned on)', ['tests/fixtures/ask-unseen.json']);
}
