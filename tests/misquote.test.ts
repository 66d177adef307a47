import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildPassages } from '../src/text/passages.ts';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { compareClaim, wordsOf } from '../src/quotes/misquote.ts';
import { readClaim } from '../src/quotes/claim.ts';
import { markDifferences, renderText } from '../src/console/text.ts';
import { opposites, properNoun, synonyms, wordnetAvailable } from '../src/text/wordnet.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const seedDocs = loadCorpus('corpus').filter((d) => d.id === 'yonhap-kim-putin-summit');
const seedPassages = buildPassages(seedDocs);
const seed = QuoteBook.build(seedPassages, seedDocs);

// An article written for these tests: none of its words come from the bundled one.
const article = doc('harbour-talks', '2024-05-02', [
  'The two ministers met at the harbour on Thursday to sign a fisheries accord.',
  '"Our fleets will never fish in the northern waters again," Minister Elena Varga said after the signing.',
  '"The talks were productive and the mood was warm," said Tomas Lind, the visiting trade minister.',
  'Varga added that the accord covers "four ports and twelve hundred vessels".',
  '"Only Norway has asked to join us so far," Lind told reporters.',
  'He said: "We cannot accept any quota above the limit."',
]);
const passages = passagesOf(article);
const book = QuoteBook.build(passages, [article]);

function first(words: string) {
  const a = book.whoSaid(words, 5, passages);
  expect(a.matches.length, words).toBeGreaterThan(0);
  return { answer: a, match: a.matches[0]! };
}

describe('who-said: a misquote is not close wording', () => {
  it('a changed negation: "always" for "never", and "not" added; "will not" for "cannot" is a changed modal', () => {
    const { match } = first('Our fleets will always fish in the northern waters again');
    expect(match).toMatchObject({ speaker: 'Elena Varga', verdict: 'different' });
    expect(match.differences).toEqual([expect.objectContaining({ kind: 'negation', quote: 'never', claim: 'always' })]);
    const added = first('The talks were not productive').match;
    expect(added.verdict).toBe('different');
    expect(added.differences.map((d) => d.kind)).toContain('negation');
    expect(first('We will not accept any quota above the limit').match.differences).toEqual([expect.objectContaining({ kind: 'word', quote: 'cannot', claim: 'will' })]);
  });

  it('a dropped negation: "can accept" for "cannot accept"', () => {
    const { match } = first('We can accept any quota above the limit');
    expect(match.verdict).toBe('different');
    expect(match.differences[0]).toMatchObject({ kind: 'negation' });
    expect(match.quote.slice(match.differences[0]!.quoteStart, match.differences[0]!.quoteEnd)).toBe('cannot');
  });

  it('a swapped opposite: "cold" for "warm", "unproductive" for "productive"', () => {
    const { match } = first('The talks were productive and the mood was cold');
    expect(match).toMatchObject({ speaker: 'Tomas Lind', verdict: 'different' });
    expect(match.differences).toEqual([expect.objectContaining({ kind: 'opposite', quote: 'warm', claim: 'cold' })]);
  });

  it('a changed number, in words or in digits', () => {
    const { match } = first('five ports and twelve hundred vessels');
    expect(match.verdict).toBe('different');
    expect(match.differences).toEqual([expect.objectContaining({ kind: 'number', quote: 'four', claim: 'five' })]);
    const digits = first('four ports and 1300 vessels').match;
    expect(digits.differences).toEqual([expect.objectContaining({ kind: 'number', quote: 'twelve hundred', claim: '1300' })]);
    expect(compareClaim('4 ports and 1200 vessels', 'four ports and twelve hundred vessels').verdict).toBe('close');
  });

  it('a changed name', () => {
    const { match } = first('Only Sweden has asked to join us so far');
    expect(match).toMatchObject({ speaker: 'Tomas Lind', verdict: 'different' });
    expect(match.differences).toEqual([expect.objectContaining({ kind: 'name', quote: 'Norway', claim: 'Sweden' })]);
  });

  it('a changed or dropped quantity word: "many" for "only", "only" left out', () => {
    expect(first('many have asked to join us so far').match.verdict).toBe('different');
    const dropped = first('Norway has asked to join us so far').match;
    expect(dropped.differences).toEqual([expect.objectContaining({ kind: 'quantity', quote: 'Only', claim: '' })]);
    // A negation left out before the claim's words turns them as much.
    expect(first('accept any quota above the limit').match.differences).toEqual([expect.objectContaining({ kind: 'negation', quote: 'cannot', claim: '' })]);
  });

  it('keeps close wording close: other forms, synonyms, words left out', () => {
    expect(first('the talk was productive').match).toMatchObject({ match: 'close', verdict: 'close' });
    expect(first('our fleets will never fish in northern waters').match).toMatchObject({ verdict: 'close' });
    expect(first('the talks were productive and the mood was warm').match).toMatchObject({ match: 'exact', verdict: 'same', differences: [] });
  });

  it('the bundled article: reversed quotes are no longer confirmed', () => {
    const never = seed.whoSaid('North Korea will never be a burden for Russia', 5, seedPassages).matches[0]!;
    expect(never.verdict).toBe('different');
    expect(never.differences).toEqual([expect.objectContaining({ kind: 'negation', quote: 'only', claim: 'never' })]);
    const strong = seed.whoSaid('the level of cooperation appears to be strong', 5, seedPassages).matches[0]!;
    expect(strong.verdict).toBe('different');
    expect(strong.differences).toEqual([expect.objectContaining({ kind: 'opposite', quote: 'lousy', claim: 'strong' })]);
    const not = seed.whoSaid('we have not come here', 5, seedPassages).matches[0]!;
    expect(not).toMatchObject({ speaker: 'Vladimir Putin', verdict: 'different' });
    expect(not.differences).toEqual([expect.objectContaining({ kind: 'negation', quote: '', claim: 'not' })]);
    expect(seed.whoSaid('we came here', 5, seedPassages).matches[0]).toMatchObject({ speaker: 'Vladimir Putin', verdict: 'close' });
  });
});

describe('who-said in the console and the CLI', () => {
  it('marks the quote\'s differing words and says what the claim says instead', () => {
    const text = renderText(seed.whoSaid('North Korea will never be a burden for Russia', 5, seedPassages), 200);
    expect(text).toContain('The sources do not say that');
    expect(text).toContain('North Korea will *only* be a burden for Russia and China.');
    expect(text).toContain('The source says "only" where the claim says "never" (negation).');
    // The excerpt under it stays verbatim.
    expect(text).toContain('"Over the long haul, North Korea will only be a burden for Russia and China."');
  });

  it('says when the named speaker is someone else', () => {
    const text = renderText(seed.whoSaid("did Kim say that's why we've come here?", 5, seedPassages), 200);
    expect(text).toContain('No quote of Kim in the sources holds these words.');
    expect(text).toContain('Not Kim but Vladimir Putin');
  });

  it('markDifferences keeps every character of the quote', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (claim, quote) => {
        const marked = markDifferences(quote, compareClaim(claim, quote).differences);
        expect(marked.replace(/\*/g, '')).toBe(quote.replace(/\*/g, ''));
      }),
      { numRuns: 200 },
    );
  });
});

describe('who-said: claims as people type them', () => {
  it('reads the attribution frame off and prefers the named speaker', () => {
    for (const typed of [
      "Putin said that's why we've come here",
      "did Putin say that's why we've come here?",
      'Did Putin really say “that’s why we’ve come here”?',
      '"that\'s why we\'ve come here," Putin said.',
      "«that's why we've come here»",
      "Was Putin quoted as saying that's why we've come here?",
      "According to Putin, that's why we've come here",
      "Putin: that's why we've come here",
    ]) {
      const a = seed.whoSaid(typed, 5, seedPassages);
      expect(a.matches[0], typed).toMatchObject({ speaker: 'Vladimir Putin', match: 'exact', verdict: 'same' });
      expect(a.claim, typed).toBe(typed.includes('’') ? 'that’s why we’ve come here' : "that's why we've come here");
      expect(a.matches[0]!.speakerMatches, typed).toBe(/putin/i.test(typed) ? true : null);
    }
  });

  it('says so when the named speaker is not the one quoted', () => {
    const a = seed.whoSaid("did Kim say that's why we've come here?", 5, seedPassages);
    expect(a.claimedSpeaker).toBe('Kim');
    expect(a.matches[0]).toMatchObject({ speaker: 'Vladimir Putin', speakerMatches: false });
    expect(book.whoSaid('Lind said the talks were productive', 5, passages).matches[0]).toMatchObject({ speaker: 'Tomas Lind', speakerMatches: true });
    expect(book.whoSaid('did Lind say our fleets will never fish in the northern waters again?', 5, passages).matches[0]).toMatchObject({
      speaker: 'Elena Varga',
      speakerMatches: false,
    });
  });

  it('puts the named speaker\'s quote first when several quotes hold the words', () => {
    const d = doc('two', '2024-05-02', ['"We will win," Anna Berg said.', '"We will win," Karl Holm said.']);
    const ps = passagesOf(d);
    const b = QuoteBook.build(ps, [d]);
    expect(b.whoSaid('we will win', 5, ps).matches[0]?.speaker).toBe('Anna Berg');
    expect(b.whoSaid('Karl Holm said we will win', 5, ps).matches[0]?.speaker).toBe('Karl Holm');
  });

  it('keeps a quote that itself holds "said" when typed whole', () => {
    const d = doc('said', '2024-05-02', ['"My father said we would return," Ida Moe told the crowd.']);
    const ps = passagesOf(d);
    const b = QuoteBook.build(ps, [d]);
    expect(b.whoSaid('my father said we would return', 5, ps).matches[0]).toMatchObject({ speaker: 'Ida Moe', verdict: 'same' });
  });

  it('reads the frames into words and a speaker', () => {
    expect(readClaim('did Kim say we will be with Russia?')[0]).toMatchObject({ words: 'we will be with Russia', speaker: 'Kim' });
    expect(readClaim('Putin said that we came here')[0]).toMatchObject({ words: 'we came here', speaker: 'Putin' });
    expect(readClaim('we came here, said Putin')[0]).toMatchObject({ words: 'we came here', speaker: 'Putin' });
    expect(readClaim('he said we came here')[0]).toMatchObject({ words: 'we came here', speaker: null });
    expect(readClaim("''we came here''")[0]).toMatchObject({ words: 'we came here', speaker: null });
    // "We will not" is no speaker: the words are read whole.
    expect(readClaim('We will not say anything')).toEqual([{ words: 'We will not say anything', speaker: null, asTyped: true }]);
    expect(readClaim('  ?! ')).toEqual([]);
  });
});

describe('WordNet', () => {
  it('knows synonyms, opposites and names', () => {
    // Without its files every look-up finds nothing and the check only gets stricter: make sure they are there.
    expect(wordnetAvailable()).toBe(true);
    expect(synonyms('come', 'arrive')).toBe(true);
    expect(synonyms('come', 'leave')).toBe(false);
    // Satellites of one adjective cluster ("charged") are not synonyms.
    expect(synonyms('positive', 'negative')).toBe(false);
    expect(opposites('strong', 'weak')).toBe(true);
    expect(opposites('good', 'lousy')).toBe(true);
    expect(opposites('strong', 'powerful')).toBe(false);
    expect(properNoun('Norway')).toBe(true);
    expect(properNoun('talks')).toBe(false);
  });
});

// ---------- properties

const WORDS = ['the', 'fleet', 'will', 'sail', 'north', 'harbour', 'minister', 'said', 'talks', 'were', 'long', 'and', 'calm', 'ports', 'ships', 'to', 'of'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', '12', '40', '300'];
const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 2, maxLength: 14 });
const punct = fc.constantFrom(' ', ', ', ' ', '; ', ' — ');
const quoteText = fc.tuple(sentence, fc.array(punct, { minLength: 14, maxLength: 14 })).map(([ws, ps]) => ws.map((w, i) => (i ? ps[i]! : '') + w).join('') + '.');

describe('claim reading properties', () => {
  const names = fc.constantFrom('Anna Berg', 'Putin', 'Kim Jong-un', 'the minister');
  const frames: ((n: string, w: string) => string)[] = [
    (n, w) => `${n} said ${w}`,
    (n, w) => `did ${n} say ${w}?`,
    (n, w) => `Did ${n} really say “${w}”?`,
    (n, w) => `"${w}," ${n} said.`,
    (n, w) => `According to ${n}, ${w}`,
    (n, w) => `${w}, ${n} said`,
  ];
  it('reads the words and the speaker out of every frame, whatever the words', () => {
    fc.assert(
      // Words holding a speech verb of their own ("the fleet said ...") are ambiguous: kept out.
      fc.property(names, sentence, fc.nat(frames.length - 1), (n, ws, k) => {
        const w = ws.filter((x) => x !== 'said').join(' ') || 'calm';
        expect(readClaim(frames[k]!(n, w))[0]).toMatchObject({ words: w, speaker: n });
      }),
      { numRuns: 300 },
    );
  });

  it('never fails and always offers the text as typed, unwrapped', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (typed) => {
        const readings = readClaim(typed);
        for (const r of readings) expect(r.words.trim()).toBe(r.words);
        if (readings.length) expect(readings[readings.length - 1]!.speaker).toBe(null);
      }),
      { numRuns: 300 },
    );
  });
});

describe('misquote properties', () => {
  it('a claim that is the quote, or any run of its words, is always "same"', () => {
    fc.assert(
      fc.property(quoteText, fc.nat(), fc.nat(), fc.boolean(), (quote, a, b, upper) => {
        const words = quote.match(/[a-z]+/gu)!;
        const from = a % words.length;
        const to = from + 1 + (b % (words.length - from));
        const claim = words.slice(from, to).join(' ');
        expect(compareClaim(upper ? claim.toUpperCase() : claim, quote)).toEqual({ verdict: 'same', differences: [] });
        expect(compareClaim(quote, quote).verdict).toBe('same');
      }),
      { numRuns: 300 },
    );
  });

  it('changing one number always gives "different", marking that number', () => {
    fc.assert(
      fc.property(sentence, sentence, fc.constantFrom(...NUMBER_WORDS), fc.constantFrom(...NUMBER_WORDS), (before, after, n, m) => {
        fc.pre(n !== m && !(n === '12' && m === 'twelve'));
        const quote = `${before.join(' ')} ${n} ships ${after.join(' ')}`;
        const claim = `${before.join(' ')} ${m} ships ${after.join(' ')}`;
        const c = compareClaim(claim, quote);
        expect(c.verdict).toBe('different');
        expect(c.differences.some((d) => d.kind === 'number' && d.quote === n && d.claim === m)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('adding "not" always gives "different" (a negation)', () => {
    fc.assert(
      fc.property(sentence, sentence, (before, after) => {
        const quote = `${before.join(' ')} will sail ${after.join(' ')}`;
        const claim = `${before.join(' ')} will not sail ${after.join(' ')}`;
        const c = compareClaim(claim, quote);
        expect(c.verdict).toBe('different');
        expect(c.differences.map((d) => d.kind)).toContain('negation');
      }),
      { numRuns: 200 },
    );
  });

  it('marked words are always verbatim whole words of the quote', () => {
    const anyText = fc.oneof(quoteText, fc.string({ maxLength: 80 }), fc.array(fc.constantFrom(...WORDS, ...NUMBER_WORDS, 'never', 'only', "won't", 'Oslo', 'weak', 'strong', '"'), { maxLength: 16 }).map((w) => w.join(' ')));
    fc.assert(
      fc.property(anyText, anyText, (claim, quote) => {
        const c = compareClaim(claim, quote);
        expect(['same', 'close', 'different']).toContain(c.verdict);
        expect(c.verdict === 'different').toBe(c.differences.length > 0);
        const starts = new Set(wordsOf(quote).map((t) => t.start));
        const ends = new Set(wordsOf(quote).map((t) => t.end));
        for (const d of c.differences) {
          expect(d.quote).toBe(quote.slice(d.quoteStart, d.quoteEnd));
          expect(d.quoteStart).toBeLessThanOrEqual(d.quoteEnd);
          if (d.quote) {
            expect(starts.has(d.quoteStart)).toBe(true);
            expect(ends.has(d.quoteEnd)).toBe(true);
          }
          expect(claim.includes(d.claim)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('misquote: modals and "any" left out', () => {
  it('a hedge or a future left out is a different claim: "may be" is not "is", "will open" is not "opened"', () => {
    const hedged = compareClaim('the ferry is the last link to the island', 'The ferry may be the last link to the island');
    expect(hedged.verdict).toBe('different');
    expect(hedged.differences).toEqual([expect.objectContaining({ kind: 'word', quote: 'may', claim: '' })]);
    const future = compareClaim('the museum opened its new wing', 'The museum will open its new wing next spring');
    expect(future).toMatchObject({ verdict: 'different', differences: [expect.objectContaining({ quote: 'will', claim: '' })] });
    // A modal kept (or its reported form) stays close; a fragment after the modal is still the quote's words.
    expect(compareClaim('the ferry might be the last link', 'The ferry may be the last link to the island').verdict).toBe('close');
    expect(compareClaim('open its new wing next spring', 'The museum will open its new wing next spring').verdict).toBe('same');
  });

  it('"any" left out changes nothing; "only" or "all" left out still does', () => {
    expect(compareClaim('late trains would anger commuters', 'Any late trains would anger commuters').verdict).toBe('close');
    expect(compareClaim('we refused offers from the rival bidders', 'We refused any offers from the rival bidders').verdict).toBe('close');
    expect(compareClaim('we refused offers from the rival bidders', 'We refused all offers from the rival bidders').verdict).toBe('different');
    expect(compareClaim('late trains would anger commuters', 'Only late trains would anger commuters').verdict).toBe('different');
  });

  it('leaving out any modal of the quote is never "same" nor "close"', () => {
    fc.assert(
      fc.property(fc.constantFrom('may', 'might', 'could', 'will', 'would', 'should', 'must', 'can'), sentence, (modal, after) => {
        const quote = `The council ${modal} close ${after.join(' ')}`;
        const claim = `the council close ${after.join(' ')}`;
        const c = compareClaim(claim, quote);
        expect(c.verdict).toBe('different');
        expect(c.differences.some((d) => d.quote === modal)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('misquote: a word said otherwise next to words left out', () => {
  it('a synonym beside a left-out phrase is close wording; a changed name, number or opposite there is not', () => {
    const quote = 'The vote between Oslo and Bergen indicates the two councils have grown into a firm partnership';
    expect(compareClaim('the vote shows the two councils have grown into a firm partnership', quote).verdict).toBe('close');
    expect(compareClaim('the vote between Oslo and Tromso indicates the two councils have grown into a firm partnership', quote).verdict).toBe('different');
    expect(compareClaim('the vote Tromso shows the two councils have grown into a firm partnership', quote).verdict).toBe('different');
    expect(compareClaim('the vote between Oslo and Bergen indicates the two councils have grown into a weak partnership', quote).verdict).toBe('different');
    // A lost "only" or "may" beside the synonym still counts.
    expect(compareClaim('the vote shows the councils grew', 'The vote only indicates the councils may have grown').verdict).toBe('different');
  });

  it('an adverb and the adjective it comes from, or that adjective\'s synonym, mean the same: "quickly" for "fast"', () => {
    expect(compareClaim('the question is how quickly the ferries will sail', 'The question is how fast the ferries will sail').verdict).toBe('close');
    expect(compareClaim('the ferries sailed quickly', 'The ferries sailed fast').verdict).toBe('close');
    expect(compareClaim('the ferries sailed slowly', 'The ferries sailed fast').verdict).toBe('different');
  });
});

describe('misquote: opposites beside words left out (property)', () => {
  it('an opposite in place of a word is "different", whatever words beside it the claim leaves out', () => {
    const pairs: [string, string][] = [['strong', 'weak'], ['warm', 'cold'], ['increase', 'decrease'], ['win', 'lose'], ['support', 'oppose'], ['always', 'never']];
    fc.assert(
      fc.property(sentence, fc.constantFrom(...pairs), fc.array(word, { maxLength: 3 }), sentence, (before, [said, other], extra, after) => {
        const quote = `${before.join(' ')} ${said} ${extra.join(' ')} ${after.join(' ')}`;
        const claim = `${before.join(' ')} ${other} ${after.join(' ')}`;
        expect(compareClaim(claim, quote).verdict).toBe('different');
      }),
      { numRuns: 300 },
    );
  });
});
