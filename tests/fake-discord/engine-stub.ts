/**
 * A stand-in engine with fixed answers, so the Discord tests check the face (routing, rendering, limits,
 * escaping) and not the search. Its texts carry Markdown, mention syntax and lengths that stress the
 * renderer. Asking about "boom" throws, to test error handling.
 */
import type { Engine } from '../../src/engine/engine.ts';
import type { Citation, Document, QuotesAnswer, TimelineEvent, WhoSaidAnswer } from '../../src/types.ts';

export const DOCS: Document[] = [
  {
    id: 'wire-kim-putin',
    file: 'wire-kim-putin.md',
    title: 'Kim and Putin meet at *space* centre',
    outlet: 'Test Wire',
    published: '2023-09-14',
    url: 'https://news.example.com/kim-putin?id=1',
    language: 'en',
    paragraphs: ['p1', 'p2', 'p3'],
  },
  { id: 'daily-summit', file: 'daily-summit.md', title: 'Summit ends', outlet: 'The Daily', published: '2023-09-15', url: null, language: 'en', paragraphs: ['p1'] },
];

export function cite(doc: Document, paragraph: number): Citation {
  return { doc: doc.id, paragraph, passage: `${doc.id}#p${paragraph}`, outlet: doc.outlet, title: doc.title, published: doc.published, url: doc.url };
}

const [WIRE, DAILY] = DOCS as [Document, Document];

export const HIGHLIGHT = 'The two leaders met at the Vostochny Cosmodrome on Wednesday.';
export const PASSAGE = `In a rare trip abroad, Kim travelled by *armoured* train. ${HIGHLIGHT} Some called it "@everyone's summit" <@123456789012345678>.`;
export const LONG_PASSAGE = `${'Officials spoke at length about cooperation and the economy. '.repeat(90)}${HIGHLIGHT} ${'More words follow here. '.repeat(40)}`;

export const QUOTE = "that's why we've come here";
export const QUOTE_SENTENCE = `"${QUOTE}," Putin told reporters at the site.`;

export const SPEAKERS = ['Vladimir Putin', 'Kim Jong Un', 'Dmitry Peskov', ...Array.from({ length: 30 }, (_, i) => `Official ${i + 1}`), `A${'x'.repeat(120)}`];

function quotes(speaker: string): QuotesAnswer {
  if (!/putin/i.test(speaker)) {
    return { kind: 'quotes', query: speaker, speaker: null, role: null, quotes: [], suggestions: ['Vladimir Putin', 'Dmitry Peskov'] };
  }
  return {
    kind: 'quotes',
    query: speaker,
    speaker: 'Vladimir Putin',
    role: 'Russian President',
    quotes: Array.from({ length: 12 }, (_, i) => ({ quote: `Quote number ${i + 1} about _cooperation_`, partial: i % 3 === 0, role: 'Russian President', sentence: `He said: "Quote number ${i + 1} about _cooperation_" today.`, citation: cite(WIRE, (i % 3) + 1) })),
    suggestions: [],
  };
}

function events(): TimelineEvent[] {
  return Array.from({ length: 7 }, (_, i) => ({
    date: `2023-09-${String(10 + i).padStart(2, '0')}`,
    precision: 'day' as const,
    qualifier: null,
    expression: `September ${10 + i}`,
    sentence: `On September ${10 + i}, event ${i + 1} happened near the border.`,
    citation: cite(WIRE, 1),
    also: i === 0 ? [{ sentence: 'The same event, told again.', citation: cite(DAILY, 1) }] : [],
  }));
}

function whoSaid(words: string): WhoSaidAnswer {
  const none = { claim: words, claimedSpeaker: null };
  if (/nobody/i.test(words)) return { kind: 'who-said', query: words, ...none, matches: [], narration: [] };
  if (/narration/i.test(words)) return { kind: 'who-said', query: words, ...none, matches: [], narration: [{ text: `The narration mentions ${words} once.`, citation: cite(DAILY, 1) }] };
  const quote = { speaker: 'Vladimir Putin', role: 'Russian President', quote: QUOTE, partial: false, citation: cite(WIRE, 2), sentence: QUOTE_SENTENCE };
  if (/misquote/i.test(words)) {
    // The quote's first word said differently, as the misquote check reports it.
    const first = /^\S+/u.exec(QUOTE)![0];
    return {
      kind: 'who-said',
      query: words,
      ...none,
      matches: [{ ...quote, match: 'close', verdict: 'different', differences: [{ kind: 'word', quote: first, quoteStart: 0, quoteEnd: first.length, claim: '@everyone' }], speakerMatches: null }],
      narration: [],
    };
  }
  return { kind: 'who-said', query: words, ...none, matches: [{ ...quote, match: 'exact', verdict: 'same', differences: [], speakerMatches: null }], narration: [] };
}

/** The stand-in engine, typed as the real one for the commands. */
export function stubEngine(): Engine {
  const stub = {
    documents: DOCS,
    ask(question: string) {
      if (/boom/i.test(question)) throw new Error('engine exploded while answering');
      if (/nothing/i.test(question)) return { kind: 'ask', query: question, answered: false, results: [] };
      const results = [
        { passage: `${WIRE.id}#p2`, text: PASSAGE, highlight: HIGHLIGHT, score: 3, citation: cite(WIRE, 2) },
        { passage: `${DAILY.id}#p1`, text: LONG_PASSAGE, highlight: HIGHLIGHT, score: 2, citation: cite(DAILY, 1) },
        { passage: `${WIRE.id}#p3`, text: LONG_PASSAGE, highlight: HIGHLIGHT, score: 1, citation: cite(WIRE, 3) },
      ];
      return { kind: 'ask', query: question, answered: true, results };
    },
    whoSaid,
    quotes,
    quoteBook: {
      suggestSpeakers(typed: string, limit: number) {
        return SPEAKERS.filter((s) => s.toLowerCase().includes(typed.toLowerCase())).slice(0, limit);
      },
    },
    timeline(filters: { from: string | null; to: string | null; topic: string | null; source: string | null }) {
      if (filters.source && !DOCS.some((d) => d.id === filters.source)) {
        return { kind: 'error', error: { code: 'unknown_source', message: `There is no document "${filters.source}" in the corpus.` } };
      }
      return { kind: 'timeline', filters, events: filters.topic === 'empty' ? [] : events() };
    },
    summary(o: { length: 'short' | 'medium' | 'long'; topic: string | null; source: string | null }) {
      return {
        kind: 'summary',
        length: o.length,
        topic: o.topic,
        source: o.source,
        sentences: [
          { sentence: HIGHLIGHT, citation: cite(WIRE, 2) },
          { sentence: 'The summit ended without a joint statement.', citation: cite(DAILY, 1) },
        ],
      };
    },
    sources() {
      return { kind: 'sources', documents: DOCS.map((d) => ({ id: d.id, title: d.title, outlet: d.outlet, published: d.published, url: d.url, paragraphs: d.paragraphs.length })) };
    },
  };
  return stub as unknown as Engine;
}
