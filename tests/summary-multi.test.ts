import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { SummarySentence } from '../src/types.ts';
import { Summarizer } from '../src/summary/summary.ts';
import { isFurniture } from '../src/summary/furniture.ts';
import { buildPassages } from '../src/text/passages.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { doc, passagesOf } from './helpers/docs.ts';
import { renderAnswer } from '../src/discord/render.ts';
import { renderText } from '../src/console/text.ts';

interface Fact {
  fact: string;
  any: string[][];
  outlets: number;
}
const file = JSON.parse(readFileSync('tests/fixtures/summary-multi-facts.json', 'utf8')) as { corpus: string; facts: Fact[]; furniture: string[] };
const docs = loadCorpus(file.corpus);
const passages = buildPassages(docs);
const summarizer = Summarizer.build(passages, docs);

const covers = (sentence: string, f: Fact): boolean => f.any.some((g) => g.every((k) => sentence.toLowerCase().includes(k.toLowerCase())));

/** Distinct facts covered, and the sentences that add no fact the summary's earlier sentences did not cover. */
function judge(sentences: readonly SummarySentence[]): { facts: number; repeats: string[] } {
  const seen = new Set<number>();
  const repeats: string[] = [];
  for (const s of sentences) {
    const found = file.facts.map((f, i) => (covers(s.sentence, f) ? i : -1)).filter((i) => i >= 0);
    if (!found.some((i) => !seen.has(i))) repeats.push(s.sentence);
    for (const i of found) seen.add(i);
  }
  return { facts: seen.size, repeats };
}

describe('Summary over seven outlets reporting one event', () => {
  it('loads the test corpus: seven reports in different house styles', () => {
    expect(docs).toHaveLength(7);
    expect(new Set(docs.map((d) => d.outlet)).size).toBe(7);
  });

  it.each([
    ['medium', 5, 5],
    ['long', 8, 7],
  ] as const)('%s (%i sentences) covers at least %i distinct facts, none repeated, no furniture', (length, n, least) => {
    const answer = summarizer.summarize({ length }, null);
    expect(answer.sentences).toHaveLength(n);
    const { facts, repeats } = judge(answer.sentences);
    console.log(`${length}: ${facts} of ${file.facts.length} facts, ${repeats.length} repeated\n${answer.sentences.map((s) => `  ${s.citation.outlet} ¶${s.citation.paragraph}: ${s.sentence} [also: ${(s.also ?? []).map((a) => `${a.citation.outlet} ¶${a.citation.paragraph}`).join(', ')}]`).join('\n')}`);
    expect(facts).toBeGreaterThanOrEqual(least);
    expect(repeats).toEqual([]);
    for (const s of answer.sentences) {
      expect(file.furniture).not.toContain(s.sentence);
      expect(isFurniture(s.sentence), s.sentence).toBe(false);
    }
  });

  it('puts a fact most outlets report first and once, crediting the outlets that also report it', () => {
    const answer = summarizer.summarize({ length: 'long' }, null);
    const most = Math.max(...file.facts.map((f) => f.outlets));
    const top = file.facts.filter((f) => f.outlets >= most - 2);
    expect(top.some((f) => covers(answer.sentences[0]!.sentence, f)), answer.sentences[0]!.sentence).toBe(true);
    // Facts many outlets report come with credits, each from another outlet and never twice.
    const credited = answer.sentences.filter((s) => (s.also ?? []).length > 0);
    expect(credited.length).toBeGreaterThanOrEqual(3);
    const all = answer.sentences.flatMap((s) => (s.also ?? []).map((a) => `${a.citation.passage} ${a.sentence}`));
    expect(new Set(all).size).toBe(all.length);
  });

  it('credits under a sentence only reports of a fact that sentence reports', () => {
    for (const s of summarizer.summarize({ length: 'long' }, null).sentences) {
      const own = file.facts.filter((f) => covers(s.sentence, f));
      for (const a of s.also ?? []) {
        const theirs = file.facts.filter((f) => covers(a.sentence, f));
        if (theirs.length === 0) continue;
        expect(theirs.some((f) => own.includes(f)), `"${a.sentence}" credited under "${s.sentence}"`).toBe(true);
      }
    }
  });

  it('summarises one outlet of the corpus without its furniture', () => {
    for (const d of docs) {
      for (const s of summarizer.summarize({ length: 'long', source: d.id }, null).sentences) {
        expect(isFurniture(s.sentence), `${d.id}: ${s.sentence}`).toBe(false);
        expect(s.also).toEqual([]);
      }
    }
  });
});

describe('the same fact across outlets', () => {
  /** The long summary of two reports, written for the test: which sentences it shows, and their credits. */
  function summaryOf(a: string[], b: string[]): SummarySentence[] {
    const x = doc('x-wire', '2024-05-14', a, { outlet: 'X Wire' });
    const y = doc('y-daily', '2024-05-15', b, { outlet: 'Y Daily' });
    return Summarizer.build(passagesOf(x, y), [x, y]).summarize({ length: 'long' }, null).sentences;
  }
  // As in real reports, the subject (who met whom) comes up again and again: that is how it is told from a
  // fact. Four sentences each: a long summary (8, at most 4 from one outlet) has room for all unless two merge.
  const filler = [
    'The reservoir was built in the 1970s with money from a regional bank.',
    'President Valdor and Premier Ruvek last spoke by telephone in March.',
    'Valdor, 58, and Ruvek, 61, both came to power in elections held last year.',
  ];
  const otherFiller = [
    'Officials in Tessin praised the new hospital wing on Monday.',
    'Neither Valdor nor Ruvek took questions from the press.',
    'Ruvek has led Caldria since the spring, and Valdor has led Estmark for a year.',
  ];

  it.each([
    [
      'President Valdor and Premier Ruvek signed a treaty on Tuesday to share the water of the Sella river.',
      'A water-sharing deal for the Sella river was signed by Valdor and Ruvek on Tuesday.',
    ],
    [
      'Caldrian border guards shot down a surveillance drone over the reservoir hours before the summit.',
      'Hours before the summit began, a surveillance drone over the reservoir was shot down by Caldrian guards.',
    ],
    [
      'After the talks Premier Ruvek travelled on to Kessa to see a turbine factory.',
      'Ruvek went on to a turbine factory in the port of Kessa once the talks were over.',
    ],
  ])('merges one fact told in other words: %s', (a, b) => {
    const shown = summaryOf([a, ...filler], [b, ...otherFiller]);
    const hits = shown.filter((s) => s.sentence === a || s.sentence === b);
    expect(hits, shown.map((s) => s.sentence).join(' | ')).toHaveLength(1);
    expect(hits[0]!.also?.map((x) => x.sentence)).toEqual([hits[0]!.sentence === a ? b : a]);
  });

  it.each([
    [
      'President Valdor and Premier Ruvek signed a treaty on Tuesday to share the water of the Sella river.',
      'President Valdor and Premier Ruvek disagreed on Tuesday about the Orlen islands.',
    ],
    [
      'Premier Ruvek arrived at the Brennholt dam by armoured barge on Tuesday.',
      'Premier Ruvek invited President Valdor to visit Tessin, and she accepted.',
    ],
    [
      'Valdor and Ruvek met at the Brennholt dam on Tuesday, 14 May.',
      'Valdor and Ruvek last met at the Brennholt dam on Friday, 3 May, for an hour.',
    ],
  ])('keeps two facts about the same people apart: %s', (a, b) => {
    const shown = summaryOf([a, ...filler], [b, ...otherFiller]);
    const texts = shown.map((s) => s.sentence);
    expect(texts).toContain(a);
    expect(texts).toContain(b);
    for (const s of shown) expect(s.also).toEqual([]);
  });
});

describe('isFurniture', () => {
  it('flags datelines, bylines, time stamps, headings, credits and notes to the reader', () => {
    for (const s of file.furniture) expect(isFurniture(s), s).toBe(true);
    for (const s of [
      'SEOUL, Sept. 14 (Agency).',
      'Updated 14:05 BST',
      'Photo by Jan Novak',
      'Follow our live coverage of the talks.',
      'Sign up for our morning newsletter.',
      'Anna Berg contributed to this report.',
      '(Reporting by Anna Berg; Editing by Tom Weir.)',
      'Follow the agency\'s coverage of the region at https://example.com/region.',
      'Read more: what the treaty says.',
    ]) {
      expect(isFurniture(s), s).toBe(true);
    }
  });

  it('lets news sentences stand, a dateline before the news included', () => {
    for (const s of [
      'BRENNHOLT, Estmark, May 14 (Meridian) - The leaders met on Tuesday.',
      'Varnia warned it could impose sanctions over the treaty.',
      '"You will not divide us," Valdor told reporters.',
      'The talks lasted about three hours.',
      'North Korean leader Kim Jong-un and Russian President Vladimir Putin held a summit Wednesday at the Vostochny spaceport.',
    ]) {
      expect(isFurniture(s), s).toBe(false);
    }
  });

  it('never throws, and text that does not end as a sentence ends is furniture', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const furniture = isFurniture(text);
        if (!/[.!?…]["”’)\]]*\s*$/u.test(text.trim())) expect(furniture).toBe(true);
      }),
    );
  });
});

describe('showing who else reports a summary sentence', () => {
  const answer = summarizer.summarize({ length: 'long' }, null);
  const credited = answer.sentences.find((s) => (s.also ?? []).length > 0)!;

  it('lists the other outlets and paragraphs in Discord, within the embed limits', () => {
    const m = renderAnswer(answer);
    const description = m.embeds[0]!.description!;
    expect(description.length).toBeLessThanOrEqual(4096);
    const first = credited.also![0]!.citation;
    expect(description).toContain(`Also: ${first.outlet} ¶${first.paragraph}`);
    expect(m.embeds[0]!.footer!.text).toMatch(/most widely reported first/);
    expect(m.allowed_mentions).toEqual({ parse: [] });
  });

  it('lists them on the console under the citation', () => {
    const text = renderText(answer, 100);
    const first = credited.also![0]!.citation;
    expect(text).toContain(`also: ${first.outlet} ¶${first.paragraph}`);
  });

  it('shows nothing extra for a summary of one article', () => {
    const one = summarizer.summarize({ length: 'short', source: docs[0]!.id }, null);
    expect(renderText(one, 100)).not.toContain('also:');
    expect(renderAnswer(one).embeds[0]!.description).not.toContain('Also:');
  });
});

describe('a topic that is one fact', () => {
  it('gives the fact once, from one outlet, the others credited', () => {
    const answer = summarizer.summarize({ topic: 'drone', length: 'medium' }, null);
    const drone = answer.sentences.filter((s) => /drone/i.test(s.sentence));
    expect(drone).toHaveLength(1);
    const reports = passages.flatMap((p) => p.sentences.filter((x) => /drone/i.test(x.text) && !isFurniture(x.text)).map(() => p.doc));
    expect(new Set(reports).size).toBeGreaterThanOrEqual(4);
    expect((drone[0]!.also ?? []).length).toBeGreaterThanOrEqual(2);
  });
});
