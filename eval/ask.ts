/**
 * `npm run eval:ask [-- --squad <dev-v1.1.json>] [--mode A|B|AB] [--articles N] [--set heldout|tuning|bundled|bundled2|bundled3|bundled4|bundled5|bundled6|bundled7|bundled8|bundled9|bundled10|bundled11|bundled12|bundled13|bundled14|bundled15|bundled16|bundled17|bundled18|bundled19|bundled20|bundled21|bundled22|bundled23|bundled24|bundled25|bundled26|bundled27|bundled28|both|unseen] [--no-peers] [--verbose]`
 *
 * Measures how often /ask puts the passage that answers a question first, or in the top three.
 *
 * - Without --squad: our own questions (tests/fixtures/ask-heldout.json, never tuned on, and the tuning set:
 *   ask-tuning.json with seed-questions.json and extra-questions.json, and eval/questions/bundled-tuning.json,
 *   everyday questions on the bundled article written for issue 13 and tuned on, and bundled-tuning2.json, thirty
 *   more written the same way in a later round, `--set bundled2`, and bundled-tuning3.json, thirty more in the round after,
 *   `--set bundled3`, and bundled-tuning4.json, thirty more in the sixth round, `--set bundled4`,
 *   and bundled-tuning5.json, thirty-two more in the seventh round, `--set bundled5`, and bundled-tuning6.json,
 *   thirty-two more in the eighth round, `--set bundled6`, and bundled-tuning7.json, thirty-two more in the ninth
 *   round, `--set bundled7`, and bundled-tuning8.json, thirty-two more in the tenth round, `--set bundled8`,
 *   and bundled-tuning9.json, thirty-two more in the eleventh round, `--set bundled9`,
 *   and bundled-tuning10.json, thirty-two more in the twelfth round, `--set bundled10`,
 *   and bundled-tuning11.json, thirty-two more in the thirteenth round, `--set bundled11`,
 *   and bundled-tuning12.json, thirty-two more in the fourteenth round, `--set bundled12`,
 *   and bundled-tuning13.json, thirty-two more in the fifteenth round, `--set bundled13`,
 *   and bundled-tuning14.json, thirty-two more in the sixteenth round, `--set bundled14`, and bundled-tuning15.json, thirty-two more
 *   written by the session-27 lead and kept from the helpers until its first run, `--set bundled15`, and bundled-tuning16.json,
 *   thirty-six in chat-style Discord wording written by a session-28 helper, `--set bundled16`, and bundled-tuning17.json,
 *   thirty-two by the session-28 lead, `--set bundled17`, and bundled-tuning18.json, thirty-two in chat wording by a
 *   session-29 helper, `--set bundled18`; nineteenth by the session-29 lead, `--set bundled19`; twentieth in chat wording by a
 *   session-30 helper, `--set bundled20`; twenty-first by the session-30 lead, `--set bundled21`;
 *   twenty-second in chat wording by a session-31 helper, `--set bundled22`;
 *   twenty-third by the session-31 lead, `--set bundled23`; the twenty-fourth by the session-32 lead, `--set bundled24`;
 *   twenty-fifth in chat wording by a session-32 helper, `--set bundled25`; twenty-sixth in chat wording by a
 *   session-33 helper, `--set bundled26`; twenty-eighth, half plain and half chat wording, by a
 *   session-33 helper, `--set bundled28`; the twenty-seventh by the session-33 lead, `--set bundled27`), each on its own corpus.
 * - With --squad: SQuAD v1.1 dev (Wikipedia paragraphs with crowd-written questions, CC BY-SA 4.0), read from
 *   the path given (it is not in the repository): (A) each article as a corpus of its own, (B) all articles in
 *   one corpus; for each question, is the paragraph it was written on first, or in the top three? The same
 *   paragraphs and questions go to bare MiniSearch, MiniSearch with a stemmer and English stop words, and Lunr.
 */
import { readFileSync } from 'node:fs';
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
  if (!['heldout', 'tuning', 'bundled', 'bundled2', 'bundled3', 'bundled4', 'bundled5', 'bundled6', 'bundled7', 'bundled8', 'bundled9', 'bundled10', 'bundled11', 'bundled12', 'bundled13', 'bundled14', 'bundled15', 'bundled16', 'bundled17', 'bundled18', 'bundled19', 'bundled20', 'bundled21', 'bundled22', 'bundled23', 'bundled24', 'bundled25', 'bundled26', 'bundled27', 'bundled28', 'both', 'unseen'].includes(set)) {
    throw new Error(`eval:ask: --set must be heldout, tuning, bundled, bundled2, bundled3, bundled4, bundled5, bundled6, bundled7, bundled8, bundled9, bundled10, bundled11, bundled12, bundled13, bundled14, bundled15, bundled16, bundled17, bundled18, bundled19, bundled20, bundled21, bundled22, bundled23, bundled24, bundled25, bundled26, bundled27, bundled28, both or unseen, not ${set}`);
  }
  if (set === 'tuning' || set === 'both') {
    own('Tuning questions (tuned on: figures flatter the search)', [
      'tests/fixtures/seed-questions.json',
      'tests/fixtures/extra-questions.json',
      'tests/fixtures/ask-tuning.json',
    ]);
  }
  if (set === 'bundled' || set === 'both') own('Everyday questions on the bundled article (eval/questions/bundled-tuning.json; tuned on)', ['eval/questions/bundled-tuning.json']);
  if (set === 'bundled2' || set === 'both') own('More everyday questions on the bundled article (eval/questions/bundled-tuning2.json; tuned on)', ['eval/questions/bundled-tuning2.json']);
  if (set === 'bundled3' || set === 'both') own('Everyday questions, third set (eval/questions/bundled-tuning3.json; tuned on)', ['eval/questions/bundled-tuning3.json']);
  if (set === 'bundled4' || set === 'both') own('Everyday questions, fourth set (eval/questions/bundled-tuning4.json; tuned on)', ['eval/questions/bundled-tuning4.json']);
  if (set === 'bundled5' || set === 'both') own('Everyday questions, fifth set (eval/questions/bundled-tuning5.json; tuned on)', ['eval/questions/bundled-tuning5.json']);
  if (set === 'bundled6' || set === 'both') own('Everyday questions, sixth set (eval/questions/bundled-tuning6.json; tuned on)', ['eval/questions/bundled-tuning6.json']);
  if (set === 'bundled7' || set === 'both') own('Everyday questions, seventh set (eval/questions/bundled-tuning7.json; tuned on)', ['eval/questions/bundled-tuning7.json']);
  if (set === 'bundled8' || set === 'both') own('Everyday questions, eighth set (eval/questions/bundled-tuning8.json; tuned on)', ['eval/questions/bundled-tuning8.json']);
  if (set === 'bundled9' || set === 'both') own('Everyday questions, ninth set (eval/questions/bundled-tuning9.json; tuned on)', ['eval/questions/bundled-tuning9.json']);
  if (set === 'bundled10' || set === 'both') own('Everyday questions, tenth set (eval/questions/bundled-tuning10.json; tuned on)', ['eval/questions/bundled-tuning10.json']);
  if (set === 'bundled11' || set === 'both') own('Everyday questions, eleventh set (eval/questions/bundled-tuning11.json; tuned on)', ['eval/questions/bundled-tuning11.json']);
  if (set === 'bundled12' || set === 'both') own('Everyday questions, twelfth set (eval/questions/bundled-tuning12.json; judge for session 25, tuned on in session 26)', ['eval/questions/bundled-tuning12.json']);
  if (set === 'bundled13' || set === 'both') own('Everyday questions, thirteenth set (eval/questions/bundled-tuning13.json; judge for session 26, then tuned on)', ['eval/questions/bundled-tuning13.json']);
  if (set === 'bundled14' || set === 'both') own('Everyday questions, fourteenth set (eval/questions/bundled-tuning14.json; written for session 27, then tuned on)', ['eval/questions/bundled-tuning14.json']);
  if (set === 'bundled15' || set === 'both') own('Everyday questions, fifteenth set (eval/questions/bundled-tuning15.json; written by the session-27 lead before its first run, then looked at)', ['eval/questions/bundled-tuning15.json']);
  if (set === 'bundled16' || set === 'both') own('Everyday questions, sixteenth set (eval/questions/bundled-tuning16.json; chat-style wording, written by a session-28 helper before its first run, then tuned on)', ['eval/questions/bundled-tuning16.json']);
  if (set === 'bundled17' || set === 'both') own('Everyday questions, seventeenth set (eval/questions/bundled-tuning17.json; written by the session-28 lead before its first run, then looked at)', ['eval/questions/bundled-tuning17.json']);
  if (set === 'bundled18' || set === 'both') own('Everyday questions, eighteenth set (eval/questions/bundled-tuning18.json; chat-style wording, written by a session-29 helper before its first run, then tuned on)', ['eval/questions/bundled-tuning18.json']);
  if (set === 'bundled19' || set === 'both') own('Everyday questions, nineteenth set (eval/questions/bundled-tuning19.json; written by the session-29 lead before its first run, then looked at)', ['eval/questions/bundled-tuning19.json']);
  if (set === 'bundled20' || set === 'both') own('Everyday questions, twentieth set (eval/questions/bundled-tuning20.json; chat-style wording, written by a session-30 helper before its first run, then tuned on)', ['eval/questions/bundled-tuning20.json']);
  if (set === 'bundled21' || set === 'both') own('Everyday questions, twenty-first set (eval/questions/bundled-tuning21.json; written by the session-30 lead before its first run, then looked at)', ['eval/questions/bundled-tuning21.json']);
  if (set === 'bundled22' || set === 'both') own('Everyday questions, twenty-second set (eval/questions/bundled-tuning22.json; chat-style wording, written by a session-31 helper before its first run, then tuned on)', ['eval/questions/bundled-tuning22.json']);
  if (set === 'bundled23' || set === 'both') own('Everyday questions, twenty-third set (eval/questions/bundled-tuning23.json; written by the session-31 lead before its first run, then looked at)', ['eval/questions/bundled-tuning23.json']);
  if (set === 'bundled24' || set === 'both') own('Everyday questions, twenty-fourth set (eval/questions/bundled-tuning24.json; written by the session-32 lead before its first run, then looked at)', ['eval/questions/bundled-tuning24.json']);
  if (set === 'bundled25' || set === 'both') own('Everyday questions, twenty-fifth set (eval/questions/bundled-tuning25.json; chat-style wording, written by a session-32 helper before its first run, then tuned on)', ['eval/questions/bundled-tuning25.json']);
  if (set === 'bundled26' || set === 'both') own('Everyday questions, twenty-sixth set (eval/questions/bundled-tuning26.json; chat-style wording, written by a session-33 helper before its first run, then tuned on)', ['eval/questions/bundled-tuning26.json']);
  if (set === 'bundled27' || set === 'both') own('Everyday questions, twenty-seventh set (eval/questions/bundled-tuning27.json; plain and chat wording, written by the session-33 lead before any run and kept from the helpers, measured once on the session\'s final code)', ['eval/questions/bundled-tuning27.json']);
  if (set === 'bundled28' || set === 'both') own('Everyday questions, twenty-eighth set (eval/questions/bundled-tuning28.json; half plain, half chat-style wording, written by a session-33 helper before its first run, then tuned on)', ['eval/questions/bundled-tuning28.json']);
  if (set === 'heldout' || set === 'both') own('Held-out questions (tests/fixtures/ask-heldout.json, never tuned on)', ['tests/fixtures/ask-heldout.json']);
  if (set === 'unseen') own('Unseen questions (tests/fixtures/ask-unseen.json, everyday words, never tuned on)', ['tests/fixtures/ask-unseen.json']);
}
