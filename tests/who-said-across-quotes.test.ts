import v8 from 'node:v8';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { loadCorpus } from '../src/corpus/load.ts';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { exactWords } from '../src/quotes/quote-words.ts';
import { phraseAt, wordPlaces } from '../src/quotes/word-places.ts';
import { renderText } from '../src/console/text.ts';
import { renderAnswer } from '../src/discord/render.ts';
import type { WhoSaidAnswer } from '../src/types.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Articles written for these tests: claims that run across a quotation mark, partly the reporter's words and
// partly a quote.
const bridge = doc('river-bridge', '2024-06-10', [
  'Governor Lena Holt said the project was "a gift to the valley" and would open next spring.',
  'Mayor Ana Ruiz opened the bridge on Monday, saying the city had waited "far too long" for a crossing.',
  '"We built it in two years," said chief engineer Marco Bell. "We will finish the road. Then the tunnel," he added.',
  'Critics called the toll "a tax on farmers", a charge the council rejected.',
  'The council voted to name it after the river.',
]);
const harbour = doc('harbour-plan', '2024-06-12', [
  'Port director Sven Dahl called the new quay “bold” and “overdue” in a speech to the chamber of commerce.',
  '“Ships won’t wait for us,” Dahl said, adding that the dredging would start “before the autumn storms” and last a year.',
  'The union, which represents 400 dockers, said the plan was “welcome but unfinished” and asked for talks.',
  'Nobody at the ministry would comment on the cost.',
]);
const docs = [bridge, harbour];
const passages = passagesOf(...docs);
const book = QuoteBook.build(passages, docs);
const ask = (words: string): WhoSaidAnswer => book.whoSaid(words, 5, passages);

describe('who-said: words running across a quotation mark', () => {
  it('finds the sentence, verbatim and cited, with whose quote the quoted part is', () => {
    const a = ask('the project was a gift to the valley and would open');
    expect(a.matches).toEqual([]);
    expect(a.narration).toEqual([]);
    expect(a.acrossQuotes).toHaveLength(1);
    const hit = a.acrossQuotes![0]!;
    expect(hit.text).toBe(bridge.paragraphs[0]);
    expect(hit.citation).toMatchObject({ doc: 'river-bridge', paragraph: 1 });
    expect(hit.words).toBe('the project was "a gift to the valley" and would open');
    expect(hit.narrated).toBe(true);
    expect(hit.quoted).toEqual([expect.objectContaining({ quote: 'a gift to the valley', speaker: 'Lena Holt' })]);
    const text = renderText(a, 1000);
    expect(text).toContain("These words appear in the text, partly in the reporter's words and partly quoting Lena Holt (“a gift to the valley”):");
    expect(text).not.toMatch(/do not appear|Nobody in the sources said/u);
  });

  it('a claim typed as a question, with the speaker it names; the quoted part is only the quote words the claim holds', () => {
    const a = ask('did Ruiz say the city had waited far too long?');
    expect(a.claim).toBe('the city had waited far too long');
    expect(a.acrossQuotes).toEqual([
      expect.objectContaining({ text: bridge.paragraphs[1], quoted: [expect.objectContaining({ quote: 'far too long', speaker: 'Ana Ruiz' })] }),
    ]);
    expect(a.acrossQuotes![0]!.words).toBe('the city had waited "far too long"');
    const b = ask('the city had waited far too');
    expect(b.acrossQuotes![0]!.words).toBe('the city had waited "far too');
    expect(b.acrossQuotes![0]!.quoted).toEqual([expect.objectContaining({ quote: 'far too', speaker: 'Ana Ruiz' })]);
  });

  it('words running into two quotes of one speaker name him once; curly quotes and a contraction', () => {
    const a = ask('called the new quay bold and overdue');
    const hit = a.acrossQuotes![0]!;
    expect(hit.quoted.map((q) => q.quote)).toEqual(['bold', 'overdue']);
    expect(hit.quoted.every((q) => q.speaker === 'Sven Dahl')).toBe(true);
    expect(renderText(a, 1000)).toContain('partly quoting Sven Dahl (“bold”, “overdue”)');
    const b = ask("ships won't wait for us Dahl said");
    expect(b.acrossQuotes![0]).toMatchObject({ text: '“Ships won’t wait for us,” Dahl said, adding that the dredging would start “before the autumn storms” and last a year.', narrated: true });
  });

  it('a sentence split inside a quote: the paragraph is cited', () => {
    const a = ask('the road then the tunnel he added');
    expect(a.acrossQuotes![0]).toMatchObject({ text: bridge.paragraphs[2], quoted: [expect.objectContaining({ quote: 'the road. Then the tunnel', speaker: 'Marco Bell' })] });
  });

  it('never says the words do not appear when close quotes say something different', () => {
    const a = ask('the toll a tax on farmers');
    expect(a.acrossQuotes).toHaveLength(1);
    const text = renderText(a);
    expect(text).not.toContain('The sources do not say that');
    const discord = renderAnswer(a);
    const all = JSON.stringify(discord.embeds);
    expect(all).not.toContain('The sources do not say that');
    expect(all).toContain('appear in the text across quotation marks');
  });

  it('renders in Discord within limits, no pings, the words in bold', () => {
    const m = renderAnswer(ask('the project was a gift to the valley and would open'));
    expect(m.allowed_mentions).toEqual({ parse: [] });
    const e = m.embeds[0]!;
    expect(e.description).toContain('No quote holds all of these words');
    expect(e.fields![0]!.name).toBe("These words appear in the text, partly in the reporter's words and partly quoting Lena Holt (“a gift to the valley”)");
    expect(e.fields![0]!.value).toContain('**the project was "a gift to the valley" and would open**');
  });

  it('keeps the other answers: an exact quote, narration, and nobody said it', () => {
    expect(ask('We built it in two years').matches[0]).toMatchObject({ speaker: 'Marco Bell', match: 'exact' });
    expect(ask('We built it in two years').acrossQuotes).toEqual([]);
    expect(ask('voted to name it after the river').narration).toHaveLength(1);
    const none = ask('the bridge collapsed in the storm');
    expect(none.matches.length + none.narration.length + none.acrossQuotes!.length).toBe(0);
    expect(renderText(none, 1000)).toContain('the words do not appear in them');
    // Every word is in the text, but not in this order.
    const shuffled = ask('the valley was a gift to the project');
    expect(shuffled.acrossQuotes).toEqual([]);
  });

  it('survives the quote book snapshot: the same answer from the restored book', () => {
    const restored = QuoteBook.fromSnapshot(v8.deserialize(v8.serialize(book.toSnapshot())) as ReturnType<QuoteBook['toSnapshot']>, passages, docs);
    for (const claim of ['the project was a gift to the valley', 'called the new quay bold and overdue', 'the bridge collapsed']) {
      expect(restored.whoSaid(claim, 5, passages)).toEqual(ask(claim));
    }
  });
});

describe('who-said across quotes: the bundled article', () => {
  const seedDocs = loadCorpus('corpus').filter((d) => d.id === 'yonhap-kim-putin-summit');
  const seedPassages = passagesOf(...seedDocs);
  const seed = QuoteBook.build(seedPassages, seedDocs);

  it('the words of a sentence with a quoted word inside are found there, not said to be absent', () => {
    // Typed from the subject's name on, the sentence tells what Kim said: his words in close wording.
    const own = seed.whoSaid('Kim expressed his full support for Russia', 5, seedPassages);
    expect(own.matches).toEqual([expect.objectContaining({ verdict: 'close', quote: 'full', citation: expect.objectContaining({ paragraph: 7 }) })]);
    expect(own.matches[0]!.sentence).toContain('Kim expressed his "full" support for Russia');
    for (const claim of ['did Kim say full support?', 'his full support for Russia']) {
      const a = seed.whoSaid(claim, 5, seedPassages);
      expect(a.acrossQuotes, claim).toEqual([expect.objectContaining({ citation: expect.objectContaining({ paragraph: 7 }), quoted: [expect.objectContaining({ quote: 'full' })] })]);
      expect(a.acrossQuotes![0]!.text).toContain('Kim expressed his "full" support for Russia');
      expect(renderText(a, 1000)).not.toContain('do not appear');
    }
  });
});

describe('who-said across quotes: properties', () => {
  const sentences = passages.flatMap((p) => p.sentences.map((s) => s.text));
  // A sentence's words as a reader would type them, quotation marks left out.
  const typedWords = sentences.map((s) => s.replace(/["“”«»]/gu, ' ').split(/\s+/u).filter((w) => exactWords(w).length > 0));

  it('any run of 3 or more consecutive words of a sentence (quotation marks left out) is never answered "do not appear"', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 3, max: 9 }), (si, start, length) => {
        const words = typedWords[si % typedWords.length]!;
        if (words.length < 3) return;
        const n = Math.min(length, words.length);
        const from = start % (words.length - n + 1);
        const claim = words.slice(from, from + n).join(' ');
        const a = ask(claim);
        expect(a.matches.length + a.narration.length + (a.acrossQuotes?.length ?? 0), claim).toBeGreaterThan(0);
        expect(renderText(a), claim).not.toContain('do not appear');
      }),
      { numRuns: 300 },
    );
  });

  it('wordPlaces reads the words exactWords reads, each place holding its word', () => {
    const piece = fc.constantFrom('Kim', "won't", '“full”', '"', ' ', ', ', 'café', 'e\u0301', '½', 'İstanbul', '—', '’s', '42', 'ﬁne', '№5', '\u{1d400}', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const places = wordPlaces(text);
        expect(places.words).toEqual(exactWords(text));
        places.words.forEach((w, i) => expect(exactWords(text.slice(places.start[i], places.end[i]))).toContain(w));
        if (places.words.length) expect(phraseAt(places.words, places.words)).toBe(0);
      }),
    );
  });
});
