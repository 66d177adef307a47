import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Document, Passage, SummarySentence } from '../src/types.ts';
import { Summarizer, leadSentences } from '../src/summary/summary.ts';
import { dependsOnPrevious } from '../src/summary/sentence-form.ts';
import { contentTerms } from '../src/summary/centrality.ts';
import { buildPassages } from '../src/text/passages.ts';
import { findDates } from '../src/timeline/dates.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { doc, passagesOf } from './helpers/docs.ts';
import type { Fact, FactArticle } from './helpers/facts.ts';


const factFile = JSON.parse(readFileSync('tests/fixtures/summary-facts.json', 'utf8')) as { articles: FactArticle[] };

/** A test article in the fixture text form: headline, blank line, paragraphs, a closing "Source:" line. */
function readTextArticle(a: FactArticle): Document {
  const blocks = readFileSync(`tests/fixtures/${a.file}`, 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const title = blocks.shift() ?? a.id;
  const paragraphs = blocks.filter((b) => !/^Source:/.test(b) && !/^scroll to top$/i.test(b));
  return doc(a.id, a.published, paragraphs, { title, outlet: a.outlet });
}

const seed = loadCorpus('corpus').find((d) => d.id === 'yonhap-kim-putin-summit');
if (!seed) throw new Error('the bundled article corpus/yonhap-kim-putin-summit.md did not load');
const others = factFile.articles.filter((a) => a.id !== seed.id).map(readTextArticle);
const corpus = [seed, ...others];
const passages = buildPassages(corpus);
const summarizer = Summarizer.build(passages, corpus);
const LENGTHS = [
  ['short', 3],
  ['medium', 5],
  ['long', 8],
] as const;

/** Where a summary sentence stands in the corpus: [document order, paragraph, sentence], or null if nowhere. */
function locate(s: SummarySentence, ps: readonly Passage[], docs: readonly Document[]): [number, number, number] | null {
  const p = ps.find((x) => x.id === s.citation.passage);
  if (!p) return null;
  const k = p.sentences.findIndex((x) => x.text === s.sentence);
  const order = [...docs].sort((a, b) => (a.published + a.id < b.published + b.id ? -1 : 1)).findIndex((d) => d.id === p.doc);
  return k < 0 ? null : [order, p.paragraph, k];
}

function checkVerbatimAndOrdered(sentences: SummarySentence[], ps: readonly Passage[], docs: readonly Document[]): void {
  const places = sentences.map((s) => locate(s, ps, docs));
  for (const [i, place] of places.entries()) {
    expect(place, `"${sentences[i]!.sentence}" is not a sentence of ${sentences[i]!.citation.passage}`).not.toBeNull();
    const p = ps.find((x) => x.id === sentences[i]!.citation.passage)!;
    expect(sentences[i]!.citation).toEqual(p.citation);
    expect(p.text).toContain(sentences[i]!.sentence);
  }
  for (let i = 1; i < places.length; i++) {
    const [a, b] = [places[i - 1]!, places[i]!];
    const before = a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));
    expect(before, `summary out of reading order at "${sentences[i]!.sentence}"`).toBe(true);
  }
}

/** Verbatim and cited, with no order asked for: a summary across outlets is in order of importance. */
function checkVerbatim(sentences: SummarySentence[], ps: readonly Passage[]): void {
  for (const s of [...sentences, ...sentences.flatMap((x) => x.also ?? [])]) {
    const p = ps.find((x) => x.id === s.citation.passage);
    expect(p, `no passage ${s.citation.passage}`).toBeDefined();
    expect(s.citation).toEqual(p!.citation);
    expect(p!.sentences.some((x) => x.text === s.sentence), `"${s.sentence}" is not a sentence of ${s.citation.passage}`).toBe(true);
  }
}

/**
 * Across outlets: verbatim and cited (credits too), sentences whose day is known in the order of their days,
 * each credit from another outlet than its sentence and never a sentence of the summary itself.
 */
function checkAcross(sentences: SummarySentence[], ps: readonly Passage[]): void {
  checkVerbatim(sentences, ps);
  const days = sentences
    .map((s) => findDates(s.sentence, s.citation.published).find((m) => m.precision === 'day' && !m.dateline)?.date)
    .filter((d): d is string => d !== undefined);
  expect(days, 'sentences with a known day out of day order').toEqual([...days].sort());
  const shown = new Set(sentences.map((s) => `${s.citation.passage} ${s.sentence}`));
  const credits = sentences.flatMap((s) => (s.also ?? []).map((a) => `${a.citation.passage} ${a.sentence}`));
  expect(new Set(credits).size, 'a report credited twice').toBe(credits.length);
  for (const s of sentences) {
    for (const a of s.also ?? []) {
      expect(a.citation.doc, `"${a.sentence}" credited to its own outlet`).not.toBe(s.citation.doc);
      expect(shown.has(`${a.citation.passage} ${a.sentence}`), `"${a.sentence}" both shown and credited`).toBe(false);
    }
  }
}

/** A dependent sentence stands right after the sentence before it in its article; never first. */
function checkDependents(sentences: SummarySentence[], ps: readonly Passage[]): void {
  if (sentences.length > 0) expect(dependsOnPrevious(sentences[0]!.sentence), `summary starts with "${sentences[0]!.sentence}"`).toBe(false);
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!dependsOnPrevious(s.sentence)) continue;
    const ofDoc = ps.filter((p) => p.doc === s.citation.doc).sort((a, b) => a.paragraph - b.paragraph);
    const flat = ofDoc.flatMap((p) => p.sentences.map((x) => ({ text: x.text, paragraph: p.paragraph })));
    // A generated article may repeat a sentence; any of its places in the cited paragraph will do.
    const kept = flat.some((x, at) => at > 0 && x.text === s.sentence && x.paragraph === s.citation.paragraph && flat[at - 1]!.text === sentences[i - 1]!.sentence);
    expect(kept, `"${s.sentence}" is not kept with the sentence it leans on`).toBe(true);
  }
}

function termOverlap(a: string, b: string): number {
  const ta = new Set(contentTerms(a));
  const tb = new Set(contentTerms(b));
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / Math.max(1, Math.min(ta.size, tb.size));
}

function coverage(sentences: readonly string[], facts: readonly Fact[]): number {
  return facts.filter((f) => f.any.some((group) => sentences.some((s) => group.every((k) => s.toLowerCase().includes(k.toLowerCase()))))).length;
}

describe('dependsOnPrevious', () => {
  it('flags pronoun and connective openings and pronoun-attributed quotes', () => {
    for (const s of [
      'It marked their first talks since April 2019, when they held a summit in Vladivostok.',
      'He also invited Putin to visit Pyongyang.',
      'But a ranking Seoul official remained doubtful.',
      'However, the talks ended early.',
      'The two leaders toured the launch complex.',
      '"Russia\'s transfer of advanced technology may be carried out over the long term," he added.',
      '"Over the long haul, North Korea will only be a burden for Russia and China."',
    ]) {
      expect(dependsOnPrevious(s), s).toBe(true);
    }
  });

  it('lets self-contained sentences stand', () => {
    for (const s of [
      'North Korean leader Kim Jong-un and Russian President Vladimir Putin held a summit Wednesday.',
      '"The summit indicates a strategic alliance," Cheong Seong-chang, a director at the Sejong Institute, said.',
      'Theirs was a long trip.',
      'Italy said nothing.',
      'Heavy rain fell on the cosmodrome.',
    ]) {
      expect(dependsOnPrevious(s), s).toBe(false);
    }
  });
});

describe('Summarizer on the bundled article and three other outlets', () => {
  it('gives 3, 5 and 8 verbatim, cited sentences in reading order, medium by default', () => {
    for (const d of corpus) {
      for (const [length, n] of LENGTHS) {
        const answer = summarizer.summarize({ length, source: d.id }, null);
        expect(answer).toMatchObject({ kind: 'summary', length, source: d.id, topic: null });
        expect(answer.sentences).toHaveLength(n);
        expect(answer.sentences.every((s) => s.citation.doc === d.id)).toBe(true);
        checkVerbatimAndOrdered(answer.sentences, passages, corpus);
        checkDependents(answer.sentences, passages);
      }
      expect(summarizer.summarize({ source: d.id }, null).sentences).toHaveLength(5);
    }
  });

  it('summarises the whole corpus from several articles without saying the same thing twice', () => {
    for (const [length, n] of LENGTHS) {
      const answer = summarizer.summarize({ length }, null);
      expect(answer.sentences).toHaveLength(n);
      checkAcross(answer.sentences, passages);
      checkDependents(answer.sentences, passages);
      expect(new Set(answer.sentences.map((s) => s.citation.doc)).size).toBeGreaterThan(1);
      for (const [i, a] of answer.sentences.entries()) {
        for (const b of answer.sentences.slice(i + 1)) {
          expect(termOverlap(a.sentence, b.sentence), `"${a.sentence}" and "${b.sentence}" say the same thing`).toBeLessThan(0.6);
        }
      }
    }
  });

  it('reports a fact two outlets share only once', () => {
    const a = doc('a-report', '2023-09-13', [
      'The Kremlin said no agreements were signed at the talks in the Far East on Wednesday.',
      'Officials in Moscow described the atmosphere as friendly and businesslike.',
      'Fishing boats returned to the harbour as the weather turned.',
    ]);
    const b = doc('b-report', '2023-09-14', [
      'No agreements were signed at Wednesday\'s talks in the Far East, the Kremlin said.',
      'Analysts in Seoul expect further meetings between defence officials.',
      'A choir sang at the banquet that followed the talks.',
    ]);
    const ps = passagesOf(a, b);
    const answer = Summarizer.build(ps, [a, b]).summarize({ length: 'long' }, null);
    const kremlin = answer.sentences.filter((s) => /Kremlin/.test(s.sentence));
    expect(kremlin).toHaveLength(1);
    // The other outlet's report of it is credited, not dropped.
    expect(kremlin[0]!.also?.map((x) => x.citation.doc)).toEqual([kremlin[0]!.citation.doc === 'a-report' ? 'b-report' : 'a-report']);
    checkAcross(answer.sentences, ps);
  });

  it('focuses on a topic: only relevant passages, preferring sentences that use its words', () => {
    const relevant = passages.filter((p) => /sanction/i.test(p.text));
    const topicScores = new Map(relevant.map((p, i) => [p.id, 10 - i * 0.1]));
    const answer = summarizer.summarize({ topic: 'sanctions', length: 'short' }, topicScores);
    expect(answer.topic).toBe('sanctions');
    expect(answer.sentences.length).toBeGreaterThan(0);
    for (const s of answer.sentences) expect(topicScores.has(s.citation.passage), s.citation.passage).toBe(true);
    expect(answer.sentences.filter((s) => /sanction/i.test(s.sentence)).length).toBeGreaterThanOrEqual(2);
    checkAcross(answer.sentences, passages);
    checkDependents(answer.sentences, passages);

    const one = summarizer.summarize({ topic: 'sanctions', source: seed.id }, topicScores);
    expect(one.sentences.length).toBeGreaterThan(0);
    expect(one.sentences.every((s) => s.citation.doc === seed.id)).toBe(true);
  });

  it('matches a topic on its words when no search scores are given, and says nothing for an absent topic', () => {
    const answer = summarizer.summarize({ topic: 'satellite' }, null);
    expect(answer.sentences.length).toBeGreaterThan(0);
    for (const s of answer.sentences) {
      const p = passages.find((x) => x.id === s.citation.passage)!;
      expect(p.text.toLowerCase()).toContain('satellite');
    }
    expect(summarizer.summarize({ topic: 'penguins' }, null).sentences).toEqual([]);
    expect(summarizer.summarize({ topic: 'penguins' }, new Map()).sentences).toEqual([]);
    expect(summarizer.summarize({ source: 'no-such-article' }, null).sentences).toEqual([]);
  });

  it('leadSentences gives the first n sentences in order', () => {
    const lead = leadSentences(passages, seed.id, 3);
    expect(lead.map((s) => s.citation.paragraph)).toEqual([1, 2, 2]);
    expect(lead[2]!.sentence).toMatch(/^It marked their first talks since April 2019/);
  });

  it('covers more key facts than the lead at every length (fact-coverage evaluation)', () => {
    const rows: string[] = [];
    let ours = 0;
    let lead = 0;
    for (const article of factFile.articles) {
      const cells: string[] = [];
      for (const [length, n] of LENGTHS) {
        const summary = summarizer.summarize({ length, source: article.id }, null).sentences.map((s) => s.sentence);
        const baseline = leadSentences(passages, article.id, n).map((s) => s.sentence);
        expect(summary).toHaveLength(baseline.length);
        const [a, b] = [coverage(summary, article.facts), coverage(baseline, article.facts)];
        expect(a, `${article.id} ${length}: summary covers ${a} facts, lead ${b}`).toBeGreaterThanOrEqual(b);
        ours += a;
        lead += b;
        cells.push(`${length} ${a} vs lead ${b}`);
      }
      rows.push(`${article.id.padEnd(36)} ${cells.join(' | ')} (of ${article.facts.length} facts)`);
    }
    console.log(`Fact coverage, summary vs lead:\n${rows.join('\n')}\ntotal ${ours} vs ${lead}`);
    expect(ours).toBeGreaterThan(lead);
  });
});

describe('Summarizer on generated articles', () => {
  const SENTENCES = [
    'Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on Wednesday.',
    'It was their first meeting since 2019.',
    'He said the talks went well.',
    'But officials gave few details.',
    '"We will stand together," he added.',
    'The United States warned of new sanctions.',
    'Analysts in Seoul expect arms shipments by rail.',
    'This worried Japan.',
    'China called the meeting a matter for the two countries.',
    'They toured the launch pads before lunch.',
    'However, no agreement was signed.',
  ];
  // Each sentence at most once per article, so a summary sentence has one place to be checked against.
  const article = fc
    .tuple(fc.shuffledSubarray(SENTENCES, { minLength: 1 }), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: SENTENCES.length, maxLength: SENTENCES.length }))
    .map(([sentences, sizes]) => {
      const paragraphs: string[][] = [];
      let at = 0;
      for (const size of sizes) {
        if (at >= sentences.length) break;
        paragraphs.push(sentences.slice(at, at + size));
        at += size;
      }
      return paragraphs;
    });

  it('never starts with a dependent sentence, keeps dependents with what they lean on, stays verbatim and ordered', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), fc.constantFrom('short', 'medium', 'long') as fc.Arbitrary<'short' | 'medium' | 'long'>, (articles, length) => {
        const docs = articles.map((paras, i) => doc(`gen-${i}`, `2023-09-1${i}`, paras.map((p) => p.join(' '))));
        const ps = passagesOf(...docs);
        const s = Summarizer.build(ps, docs);
        for (const source of [null, ...docs.map((d) => d.id)]) {
          const answer = s.summarize({ length, source }, null);
          expect(answer.sentences.length).toBeLessThanOrEqual(LENGTHS.find(([l]) => l === length)![1]);
          if (source === null) checkAcross(answer.sentences, ps);
          else checkVerbatimAndOrdered(answer.sentences, ps, docs);
          checkDependents(answer.sentences, ps);
        }
      }),
      { numRuns: 60 },
    );
  });
});
