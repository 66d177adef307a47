/**
 * The Discord renderer, property by property: whatever the answer (arbitrary Unicode, maximum lengths,
 * mention and Markdown syntax), the message is within every Discord limit, pings nobody, echoes no live
 * mention, and shows excerpts verbatim once escapes are read back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageButtonId, pageStore, parsePageId } from '../src/discord/buttons.ts';
import {
  boldWithin,
  CUT,
  markWithin,
  embedsLength,
  escapeText,
  LIMITS,
  PAGE_SIZE,
  renderAnswer,
  renderChoices,
  renderNote,
  renderShared,
  truncate,
  type RenderedMessage,
} from '../src/discord/render.ts';
import type { Answer, Citation } from '../src/types.ts';

const tricky = fc.constantFrom(
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&987654321098765432>',
  '<#112233445566778899>',
  '**',
  '*',
  '_',
  '__',
  '`',
  '```',
  '\\',
  '> ',
  '\n> ',
  '# ',
  '\n- ',
  '\n1. ',
  '[x](https://e.com)',
  '||',
  '~~',
  ' ',
  '\n',
  '\u200b',
  '😀',
  'é',
);
const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
const piece = fc.oneof({ weight: 3, arbitrary: word.map((w) => `${w} `) }, { weight: 2, arbitrary: tricky }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) });
/** Short text mixing words, Markdown, mentions and any Unicode. */
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
/** Sometimes far longer than any Discord limit. */
const longText = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.tuple(text, fc.integer({ min: 100, max: 1500 })).map(([t, n]) => `${t} ${'word '.repeat(n)}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 0, maxLength: 7000 }) },
);
const nonEmpty = text.map((t) => (t.trim() ? t : 'x'));

const citation: fc.Arbitrary<Citation> = fc.record({
  doc: word,
  paragraph: fc.integer({ min: 1, max: 999 }),
  passage: word,
  outlet: text,
  title: longText,
  published: fc.constantFrom('2023-09-14', '2024-01-01'),
  url: fc.oneof(fc.constant(null), fc.constant('https://news.example.com/a?b=1'), text),
});

function withKey(t: string, k: string): string {
  return `${t} ${k} ${t}`;
}

const answer: fc.Arbitrary<Answer> = fc.oneof(
  fc.record({
    kind: fc.constant('ask' as const),
    query: longText,
    answered: fc.boolean(),
    results: fc.array(
      fc.tuple(longText, nonEmpty, citation).map(([t, h, c]) => ({ passage: 'p', text: withKey(t, h), highlight: h, score: 1, citation: c })),
      { maxLength: 10 },
    ),
  }),
  fc.record({
    kind: fc.constant('who-said' as const),
    query: longText,
    matches: fc.array(
      fc.record({
        speaker: fc.option(text),
        role: fc.option(longText),
        quote: nonEmpty,
        partial: fc.boolean(),
        sentence: longText,
        citation,
        match: fc.constantFrom('exact' as const, 'close' as const),
        verdict: fc.constantFrom('same' as const, 'close' as const, 'different' as const),
        differences: fc.array(
          fc.record({
            kind: fc.constantFrom('negation' as const, 'opposite' as const, 'number' as const, 'name' as const, 'quantity' as const, 'word' as const),
            quote: text,
            quoteStart: fc.nat(60),
            quoteEnd: fc.nat(80),
            claim: text,
          }),
          { maxLength: 4 },
        ),
        speakerMatches: fc.option(fc.boolean()),
      }),
      { maxLength: 25 },
    ),
    claim: longText,
    claimedSpeaker: fc.option(text),
    narration: fc.array(fc.record({ text: longText, citation }), { maxLength: 30 }),
    acrossQuotes: fc.array(
      fc.record({
        text: longText,
        citation,
        words: text,
        narrated: fc.boolean(),
        quoted: fc.array(fc.record({ quote: text, speaker: fc.option(text), role: fc.option(text) }), { maxLength: 4 }),
      }),
      { maxLength: 30 },
    ),
  }),
  fc.record({
    kind: fc.constant('quotes' as const),
    query: longText,
    speaker: fc.option(longText),
    role: fc.option(text),
    quotes: fc.array(fc.record({ quote: longText, partial: fc.boolean(), role: fc.option(text), sentence: longText, citation }), { maxLength: 30 }),
    suggestions: fc.array(longText, { maxLength: 30 }),
  }),
  fc.record({
    kind: fc.constant('speakers' as const),
    speakers: fc.array(fc.record({ name: longText, aliases: fc.array(longText, { maxLength: 40 }), role: fc.option(longText), quotes: fc.nat() }), { maxLength: 40 }),
  }),
  fc.record({
    kind: fc.constant('timeline' as const),
    filters: fc.record({ from: fc.option(text), to: fc.option(text), topic: fc.option(longText), source: fc.option(longText) }),
    events: fc.array(
      fc.record({
        date: text,
        precision: fc.constantFrom('year' as const, 'month' as const, 'day' as const),
        qualifier: fc.constantFrom(null, 'early' as const, 'late' as const),
        expression: text,
        sentence: longText,
        citation,
        also: fc.array(fc.record({ sentence: longText, citation }), { maxLength: 12 }),
      }),
      { maxLength: 30 },
    ),
  }),
  fc.record({
    kind: fc.constant('summary' as const),
    length: fc.constantFrom('short' as const, 'medium' as const, 'long' as const),
    topic: fc.option(longText),
    source: fc.option(longText),
    sentences: fc.array(fc.record({ sentence: longText, citation }), { maxLength: 40 }),
  }),
  fc.record({
    kind: fc.constant('sources' as const),
    documents: fc.array(
      fc.record({ id: longText, title: longText, outlet: longText, published: text, url: fc.option(text), paragraphs: fc.nat() }),
      { maxLength: 60 },
    ),
  }),
  fc.record({
    kind: fc.constant('help' as const),
    commands: fc.array(fc.record({ name: text, description: longText, usage: longText, example: longText }), { maxLength: 40 }),
  }),
  fc.record({ kind: fc.constant('passage' as const), passage: text, text: longText, citation }),
  fc.record({ kind: fc.constant('error' as const), error: fc.record({ code: text, message: longText }) }),
);

const userId = fc.stringMatching(/^[1-9]\d{16,19}$/);
const paging = fc.option(fc.record({ command: fc.constantFrom('quotes', 'timeline', 'who-said', 'Find sources'), userId, options: fc.dictionary(word, longText, { maxKeys: 4 }) }), { nil: undefined });

/** Every documented limit, checked on a rendered message. */
function expectWithinLimits(m: RenderedMessage): void {
  expect(m.allowed_mentions).toEqual({ parse: [] });
  expect((m.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  expect(m.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  expect(embedsLength(m.embeds)).toBeLessThanOrEqual(LIMITS.embedsTotal);
  for (const e of m.embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.title);
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footer);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
  }
  const ids = new Set<string>();
  for (const row of m.components) {
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const b of row.components) {
      if ('custom_id' in b) {
        expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
        expect(ids.has(b.custom_id)).toBe(false);
        ids.add(b.custom_id);
      }
    }
  }
}

function allText(m: RenderedMessage): string {
  return [m.content ?? '', ...m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])].join('\n');
}

/** Reads escaped Markdown back: drops our bold markers and zero-width spaces, resolves backslash escapes. */
function unescape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) out += s[++i];
    else if (c === '*' && s[i + 1] === '*') i++;
    else if (c !== '\u200b') out += c;
  }
  return out;
}

describe('renderAnswer', () => {
  it('keeps every message within Discord limits, private, and mention-free for any answer', () => {
    fc.assert(
      fc.property(answer, fc.nat(10), paging, (a, page, p) => {
        const m = renderAnswer(a, { page, paging: p });
        expectWithinLimits(m);
        expect(m.flags).toBe(64);
        const t = allText(m);
        expect(t).not.toMatch(/@(everyone|here)/i);
        expect(t).not.toMatch(/<[@#]/);
      }),
      { numRuns: 300 },
    );
  });

  it('shows an excerpt verbatim with its key sentence in bold when it fits', () => {
    fc.assert(
      fc.property(text, nonEmpty, text, citation, (before, key, after, c) => {
        const passage = `${before} ${key} ${after}`;
        const m = renderAnswer({ kind: 'ask', query: 'q', answered: true, results: [{ passage: 'p', text: passage, highlight: key, score: 1, citation: c }] });
        const d = m.embeds[0]?.description ?? '';
        expect(d).toContain(`**${escapeText(key)}**`);
        expect(unescape(d)).toContain(passage.replace(/\u200b/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('pages long lists PAGE_SIZE at a time, with buttons only when there is more than one page', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.nat(12), userId, (n, page, uid) => {
        const c: Citation = { doc: 'd', paragraph: 1, passage: 'd#p1', outlet: 'O', title: 'T', published: '2023-09-14', url: null };
        const a: Answer = { kind: 'quotes', query: 'x', speaker: 'X', role: null, quotes: Array.from({ length: n }, (_, i) => ({ quote: `q${i}`, partial: false, role: null, sentence: `said q${i} today`, citation: c })), suggestions: [] };
        const m = renderAnswer(a, { page, paging: { command: 'quotes', userId: uid, options: { speaker: 'x' } } });
        const pages = Math.ceil(n / PAGE_SIZE);
        const shown = Math.min(page, pages - 1);
        expect(m.embeds[0]?.fields?.map((f) => f.value.split('\n')[0])).toEqual(
          a.quotes.slice(shown * PAGE_SIZE, (shown + 1) * PAGE_SIZE).map((q) => `said **${q.quote}** today`),
        );
        const labels = m.components.flatMap((r) => r.components.map((b) => ('label' in b ? b.label : '')));
        expect(labels).toEqual(pages > 1 ? ['Previous', 'Next', 'Share'] : ['Share']);
      }),
    );
  });

  it('says what was searched and suggests a next step when nothing is found', () => {
    const ask = allText(renderAnswer({ kind: 'ask', query: 'ponies <@1234567890123456789>', answered: false, results: [] }));
    expect(ask).toContain('ponies <\u200b@1234567890123456789>');
    expect(ask).toContain('/sources');
    const quotes = allText(renderAnswer({ kind: 'quotes', query: 'Putn', speaker: null, role: null, quotes: [], suggestions: ['Vladimir Putin'] }));
    expect(quotes).toContain('Did you mean **Vladimir Putin**?');
  });
});

describe('who-said misquotes', () => {
  const c: Citation = { doc: 'd', paragraph: 3, passage: 'd#p3', outlet: 'O', title: 'T', published: '2023-09-14', url: null };
  const quote = 'Our *fleets* will never fish <@123456789012345678> in the northern waters again';
  const sentence = `"${quote}," Varga said.`;
  const at = quote.indexOf('never');
  const misquote = (claimedSpeaker: string | null, speakerMatches: boolean | null): Answer => ({
    kind: 'who-said',
    query: 'Our fleets will always fish @everyone',
    claim: 'Our fleets will always fish @everyone',
    claimedSpeaker,
    matches: [
      {
        speaker: 'Elena Varga',
        role: null,
        quote,
        partial: false,
        sentence,
        citation: c,
        match: 'close',
        verdict: 'different',
        differences: [{ kind: 'negation', quote: 'never', quoteStart: at, quoteEnd: at + 5, claim: '@everyone' }],
        speakerMatches,
      },
    ],
    narration: [],
  });

  it('bolds the quote\'s differing words inside its sentence, escaped, and says what the claim says', () => {
    const m = renderAnswer(misquote(null, null));
    expectWithinLimits(m);
    const f = m.embeds[0]!.fields![0]!;
    expect(f.name).toBe('Elena Varga (says something different)');
    expect(f.value).toContain('"Our \\*fleets\\* will **never** fish <\u200b@123456789012345678> in the northern waters again," Varga said.');
    expect(f.value).toContain('The source says “never” where the claim says “@\u200beveryone” (negation).');
    expect(unescape(f.value.split('\n')[0]!)).toBe(sentence.replace('<@', '<@'));
    expect(allText(m)).not.toMatch(/@(everyone|here)|<@\d/);
  });

  it('says when the named speaker is not the one quoted', () => {
    const m = renderAnswer(misquote('Lind', false));
    expect(m.embeds[0]!.fields![0]!.name).toBe('Not Lind but Elena Varga (says something different)');
    expect(m.embeds[0]!.description).toContain('No quote of Lind in the sources holds these words.');
  });

  it('markWithin stays within its room, keeps verbatim text, and bolds only the ranges given', () => {
    fc.assert(
      fc.property(longText, fc.array(fc.tuple(fc.nat(400), fc.nat(40)), { maxLength: 4 }), fc.integer({ min: 40, max: 1024 }), (t, rs, n) => {
        const ranges = rs.map(([a, l]) => [a, a + l + 1] as const).filter(([, b]) => b <= t.length);
        const out = markWithin(t, ranges, n);
        expect(out.length).toBeLessThanOrEqual(n);
        expect(out).not.toMatch(/@(everyone|here)|<[@#]/i);
        if (out.length === markWithin(t, ranges, 1_000_000).length) expect(unescape(out)).toBe(t.replace(/\u200b/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('text helpers', () => {
  it('truncate cuts on a word, says it was cut, and never exceeds the limit', () => {
    fc.assert(
      fc.property(longText, fc.integer({ min: 10, max: 5000 }), (raw, n) => {
        const s = escapeText(raw);
        const t = truncate(s, n);
        expect(t.length).toBeLessThanOrEqual(n);
        if (s.length <= n) expect(t).toBe(s);
        else {
          expect(t.endsWith(CUT)).toBe(true);
          const kept = t.slice(0, -CUT.length).replace(/\*\*$/, '');
          expect(s.startsWith(kept)).toBe(true);
        }
      }),
    );
  });

  it('boldWithin stays within its room and keeps the key in bold', () => {
    fc.assert(
      fc.property(longText, nonEmpty, longText, fc.integer({ min: 60, max: 4096 }), (b, k, a, n) => {
        const out = boldWithin(`${b}${k}${a}`, k, n);
        expect(out.length).toBeLessThanOrEqual(n);
        expect(out).toMatch(/\*\*/);
      }),
    );
  });

  it('echoed names are escaped and cannot ping when shared', () => {
    fc.assert(
      fc.property(longText, (name) => {
        const m = renderShared([{ title: 't', description: 'd' }], name);
        expectWithinLimits(m);
        expect(m.flags).toBeUndefined();
        expect(m.content?.startsWith('Shared by ')).toBe(true);
        expect(m.content).not.toMatch(/@(everyone|here)|<[@#]/i);
      }),
    );
    expectWithinLimits(renderNote('x'.repeat(10_000)));
  });

  it('autocomplete choices: at most 25, each name and value within 100 characters', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: longText, value: longText }), { maxLength: 60 }), (choices) => {
        const out = renderChoices(choices);
        expect(out.length).toBeLessThanOrEqual(LIMITS.choices);
        expect(new Set(out.map((c) => c.value)).size).toBe(out.length);
        for (const c of out) {
          expect(c.name.length).toBeGreaterThan(0);
          expect(c.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
          expect(c.value.length).toBeGreaterThan(0);
          expect(c.value.length).toBeLessThanOrEqual(LIMITS.choiceValue);
        }
      }),
    );
  });

  it('page button ids fit 100 characters and read back to the same target', () => {
    fc.assert(
      fc.property(fc.constantFrom('quotes', 'timeline', 'Find sources'), fc.integer({ min: -1, max: 500 }), userId, fc.dictionary(word, longText, { maxKeys: 4 }), (command, page, uid, options) => {
        const id = pageButtonId({ command, page, userId: uid, options });
        expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
        expect(parsePageId(id)).toEqual({ command, page, userId: uid, options });
      }),
    );
    const long = pageButtonId({ command: 'timeline', page: 1, userId: '123456789012345678', options: { topic: 'y'.repeat(200) } });
    pageStore.clear();
    expect(parsePageId(long)).toBe('expired');
    expect(parsePageId('something-else')).toBeNull();
  });
});
