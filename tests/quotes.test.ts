import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildPassages } from '../src/text/passages.ts';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { findQuoteSpans } from '../src/quotes/attribution.ts';
import type { Quote } from '../src/types.ts';
import { doc, passagesOf } from './helpers/docs.ts';

interface Expected {
  p: number;
  contains: string;
  speaker?: string;
  role?: string;
  partial?: boolean;
}
const expected = JSON.parse(readFileSync('tests/fixtures/seed-expected.json', 'utf8')) as { quotes: Expected[]; not_speech: Expected[] };

const seedDocs = loadCorpus('corpus').filter((d) => d.id === 'yonhap-kim-putin-summit');
const seedPassages = buildPassages(seedDocs);
const seed = QuoteBook.build(seedPassages, seedDocs);

function quoteAt(quotes: readonly Quote[], p: number, contains: string): Quote {
  const q = quotes.find((x) => x.citation.paragraph === p && x.quote.includes(contains));
  if (!q) throw new Error(`no quote containing "${contains}" in paragraph ${p}`);
  return q;
}

/** Quotes of short test paragraphs, one document. */
function quotesOf(...paragraphs: string[]): Quote[] {
  return extractQuotes(passagesOf(doc('t', '2023-09-13', paragraphs))).quotes;
}

describe('the seed article', () => {
  it('has 24 paragraphs', () => {
    expect(seedDocs[0]?.paragraphs.length).toBe(24);
  });

  for (const e of expected.quotes) {
    it(`attributes "${e.contains}" (p${e.p}) to ${e.speaker}`, () => {
      const q = quoteAt(seed.quotes, e.p, e.contains);
      expect(q.speaker).toBe(e.speaker);
      expect(q.speech).toBe(true);
      if (e.role) expect(q.role).toBe(e.role);
      if (e.partial !== undefined) expect(q.partial).toBe(e.partial);
    });
  }

  for (const e of expected.not_speech) {
    it(`leaves the label "${e.contains}" (p${e.p}) unattributed`, () => {
      const q = quoteAt(seed.quotes, e.p, e.contains);
      expect(q.speech).toBe(false);
      expect(q.speaker).toBeNull();
      expect(q.speakerId).toBeNull();
    });
  }

  it('finds no other quotation than the expected ones', () => {
    expect(seed.quotes).toHaveLength(expected.quotes.length + expected.not_speech.length);
  });

  it('gives full statements as not partial', () => {
    expect(quoteAt(seed.quotes, 5, 'strategic alliance').partial).toBe(false);
    expect(quoteAt(seed.quotes, 17, 'North Korea will only be a burden').partial).toBe(false);
  });

  it('keeps every quote verbatim with its sentence and citation', () => {
    for (const q of seed.quotes) {
      const p = seedPassages.find((x) => x.id === q.citation.passage)!;
      expect(p.text).toContain(q.quote);
      expect(p.text).toContain(q.sentence);
      expect(q.sentence).toContain(q.quote);
      expect(q.quote).not.toMatch(/^["“”]|["“”]$/);
    }
  });

  it('takes roles from titles before the name', () => {
    const speakers = seed.speakersAnswer().speakers;
    expect(speakers.find((s) => s.name === 'Vladimir Putin')?.role).toBe('Russian President');
    expect(speakers.find((s) => s.name === 'Kim Jong-un')?.role).toBe('North Korean leader');
    expect(speakers.find((s) => s.name === 'Yoon Suk Yeol')?.role).toBe('President');
  });

  // Issue 12 changed this: "a ranking Seoul official" (p16) was joined to the ministry official only because the
  // two descriptions stand next to each other, a rule that merged different people elsewhere. Nothing in the
  // text ties them, so they stay apart (a missed merge beats a wrong one); "the unification ministry official"
  // (p24) is tied by the text (a later, shorter form with the same head and words) and stays joined.
  it('knows the unnamed ministry official by the descriptions the text ties to him', () => {
    const s = seed.speakersAnswer().speakers.find((x) => x.name === "a high-ranking official at South Korea's unification ministry");
    expect(s?.aliases).toEqual(expect.arrayContaining(['the unification ministry official']));
    expect(s?.aliases).not.toContain('a ranking Seoul official');
    expect(s?.quotes).toBe(3);
  });
});

// An article written for this test in the style of a wire service, not taken from any source.
const WIRE = [
  'VOSTOCHNY COSMODROME, Russia, Sept 13 (Reuters) - North Korean leader Kim Jong Un invited Russian President Vladimir Putin to visit North Korea at a summit on Wednesday, and Putin said he saw "possibilities" for military cooperation with Pyongyang.',
  'Putin told reporters the cosmodrome was chosen because Kim "shows great interest in rocket engineering".',
  '"That\'s why we have come here," Putin said when asked whether Russia would help North Korea build satellites.',
  'Kim, who arrived by armoured train, said Russia had risen to "a sacred fight" to defend its sovereignty and security.',
  '“Russia is now rising up in a sacred fight to defend its sovereign rights and security against the hegemonic forces,” Kim told Putin through an interpreter. “We will always stand with Russia.',
  '“We will always be together in the fight against imperialism and for building a sovereign state.”',
  'Kremlin spokesman Dmitry Peskov said there were "sensitive areas" that would not be made public.',
  '"Of course, we will not disclose everything," he said.',
  'Putin later hosted Kim at a dinner where guests were served a dish called "pelmeni", a duck salad and crab dumplings, the Kremlin said.',
  '"The two sides exchanged views on the situation in the region," the KCNA said, adding that Kim had invited Putin to visit Pyongyang "at a convenient time".',
  'Western governments have accused North Korea of supplying Russia for its so-called "special military operation" with artillery shells, which Pyongyang denies.',
  '"We are watching this very closely," a senior U.S. official said on condition of anonymity.',
  'The official said any arms deal would violate "multiple" U.N. Security Council resolutions.',
  '"Any cooperation that violates the resolutions will face consequences," said Shin Beom-chul, South Korea\'s vice defense minister.',
];

describe('a wire-style article', () => {
  const wireDoc = doc('wire', '2023-09-13', WIRE, { outlet: 'Wire' });
  const { quotes, speakers } = extractQuotes(passagesOf(wireDoc));
  const cases: [number, string, string | null, boolean][] = [
    [1, 'possibilities', 'Vladimir Putin', true],
    [2, 'shows great interest in rocket engineering', 'Vladimir Putin', true],
    [3, "That's why we have come here", 'Vladimir Putin', false],
    [4, 'a sacred fight', 'Kim Jong Un', true],
    [5, 'hegemonic forces', 'Kim Jong Un', false],
    [5, 'We will always stand with Russia.', 'Kim Jong Un', false],
    [6, 'fight against imperialism', 'Kim Jong Un', false],
    [7, 'sensitive areas', 'Dmitry Peskov', true],
    [8, 'we will not disclose everything', 'Dmitry Peskov', false],
    [10, 'exchanged views', 'the KCNA', false],
    [10, 'at a convenient time', 'the KCNA', true],
    [12, 'watching this very closely', 'a senior U.S. official', false],
    [13, 'multiple', 'a senior U.S. official', true],
    [14, 'face consequences', 'Shin Beom-chul', false],
  ];
  for (const [p, contains, speaker, partial] of cases) {
    it(`p${p}: "${contains}" → ${speaker}`, () => {
      const q = quoteAt(quotes, p, contains);
      expect(q.speaker).toBe(speaker);
      expect(q.partial).toBe(partial);
      expect(q.speech).toBe(true);
    });
  }

  it('gives roles from titles and appositives', () => {
    expect(quoteAt(quotes, 7, 'sensitive areas').role).toBe('Kremlin spokesman');
    expect(quoteAt(quotes, 14, 'face consequences').role).toBe("South Korea's vice defense minister");
    expect(quoteAt(quotes, 4, 'a sacred fight').role).toBe('North Korean leader');
  });

  it('leaves a dish name and a so-called label to nobody', () => {
    for (const [p, words] of [[9, 'pelmeni'], [11, 'special military operation']] as const) {
      const q = quoteAt(quotes, p, words);
      expect(q.speech).toBe(false);
      expect(q.speaker).toBeNull();
    }
  });

  it('lists each speaker once', () => {
    const names = speakers.map((s) => s.name).sort();
    expect(names).toEqual(['Dmitry Peskov', 'Kim Jong Un', 'Shin Beom-chul', 'Vladimir Putin', 'a senior U.S. official', 'the KCNA']);
  });
});

describe('attribution patterns', () => {
  it('"...," Name, a role at Place, said.', () => {
    const [q] = quotesOf('"We will not stop," Jane Doe, a professor at Seoul National University, said.');
    expect(q).toMatchObject({ speaker: 'Jane Doe', role: 'a professor at Seoul National University', partial: false, speech: true });
  });

  it('"...," said Name.', () => {
    expect(quotesOf('"It was a good meeting," said John Smith.')[0]?.speaker).toBe('John Smith');
  });

  it('Name said "..." and Name said: "..."', () => {
    expect(quotesOf('John Smith said "the talks went well."')[0]).toMatchObject({ speaker: 'John Smith', partial: false });
    expect(quotesOf('John Smith said: "The talks went well."')[0]).toMatchObject({ speaker: 'John Smith', partial: false });
  });

  it('"...," Name told reporters Thursday.', () => {
    expect(quotesOf('"We are ready," Maria Lopez told reporters Thursday.')[0]?.speaker).toBe('Maria Lopez');
  });

  it('Name was quoted as saying ... that "..."', () => {
    const [q] = quotesOf('Ivan Petrov was quoted as saying by state media that "everything is on the table."');
    expect(q?.speaker).toBe('Ivan Petrov');
  });

  it('"...," the KCNA said: an organisation', () => {
    const { quotes, speakers } = extractQuotes(passagesOf(doc('t', '2023-09-13', ['"The visit was a success," the KCNA said.'])));
    expect(quotes[0]?.speaker).toBe('the KCNA');
    expect(speakers[0]?.kind).toBe('organisation');
  });

  it('countries as speakers', () => {
    expect(quotesOf('China said "it is a matter for the two countries."')[0]?.speaker).toBe('China');
    expect(quotesOf('In a statement, the United States warned it will "not hesitate" to act.')[0]).toMatchObject({ speaker: 'the United States', partial: true });
  });

  it('"he added" refers to the last person who spoke, not to an organisation', () => {
    const qs = quotesOf('"Prices will rise," Tom Baker, an economist at the Bank of Korea, said.', '"The bank must act," the ministry said.', '"Soon," he added.');
    expect(qs[2]?.speaker).toBe('Tom Baker');
  });

  it('"she said" skips a speaker known to be a man', () => {
    const qs = quotesOf('"We disagree," John Smith said, and he left.', '"We agree," Anna Kim, the ministry spokeswoman, said.', '"Talks go on," Paul Lee said. "They will," he added.', '"Nothing changes," she said.');
    expect(qs.find((q) => q.quote === 'They will')?.speaker).toBe('Paul Lee');
    expect(qs.find((q) => q.quote === 'Nothing changes')?.speaker).toBe('Anna Kim');
  });

  it('"he" is left unattributed when the narration named another man since the last speaker (precision, issue 12)', () => {
    const qs = quotesOf('"We will win," John Smith said.', 'The plan was drafted by Paul Jones last year.', '"It will work," he said.');
    expect(qs.map((q) => q.speaker)).toEqual(['John Smith', null]);
  });

  it('"he" after a woman quoted goes to the man the sentence before is about, named before an appositive', () => {
    const qs = quotesOf('"They need shells," said Lena Park, a researcher.', 'Mark Bryant, a fellow at the Harton Center, was more cautious. "We should not assume a deal," he said.');
    expect(qs.map((q) => q.speaker)).toEqual(['Lena Park', 'Mark Bryant']);
  });

  it('a pronoun left unsure is not handed the speaker of the paragraph before', () => {
    // (Two men met: with one, the "he" is his by the one-of-its-sex rule, tests/quotes-pronoun-one-of-pair.test.ts.)
    const qs = quotesOf('"Prices will rise," the ministry said.', 'Anna Kim, who visited last year, met Tom Baker and Paul Lee on Monday.', '"Soon," he added.');
    expect(qs.map((q) => q.speaker)).toEqual(['the ministry', null]);
  });

  it('"he" goes to the subject of the sentence before, even with a name that reads as a woman\'s first ("Kim Jong-un")', () => {
    const qs = quotesOf('"Welcome," Vladimir Putin said.', 'Kim Jong-un said Russia had risen to "a sacred fight".', '"We will always stand with Russia," he said.');
    expect(qs[2]?.speaker).toBe('Kim Jong-un');
  });

  it('the subject of the reporting verb after the quote wins over "according to" the outlet that reported it', () => {
    const qs = quotesOf('Kremlin spokesman Dmitry Peskov spoke before the meeting. "There are no plans to sign anything," Peskov told reporters, according to Russian news agencies.');
    expect(qs[0]?.speaker).toBe('Dmitry Peskov');
    expect(quotesOf('The talks were "useful," according to Russian news agencies.')[0]?.speaker).toBe('Russian news agencies');
  });

  it('a place after "of" between commas is where the speaker is from, not the speaker', () => {
    const qs = quotesOf('Johnnie Walberg, of Fairhaven, Va., said he had marched "for the town\'s rights."', 'Donna Rawlings, 59, of Ashton, Md., said it was "about time."');
    expect(qs.map((q) => q.speaker)).toEqual(['Johnnie Walberg', 'Donna Rawlings']);
  });

  it('a second quoted sentence continues its speaker in the same paragraph and in the next one', () => {
    const qs = quotesOf('"We came to talk," Lee Min-ho said Friday. "There is much to discuss."', '"We will meet again in October."');
    expect(qs.map((q) => q.speaker)).toEqual(['Lee Min-ho', 'Lee Min-ho', 'Lee Min-ho']);
  });

  it('a quote left open at the end of a paragraph continues into the next, which opens with a mark', () => {
    const qs = quotesOf('Lee Min-ho said: "We came to talk.', '"There is much to discuss," he said.');
    expect(qs).toHaveLength(2);
    expect(qs.map((q) => q.speaker)).toEqual(['Lee Min-ho', 'Lee Min-ho']);
    expect(qs[0]?.quote).toBe('We came to talk.');
  });

  it('an unnamed speaker and its later definite description are one speaker', () => {
    const { quotes, speakers } = extractQuotes(
      passagesOf(doc('t', '2023-09-13', ['"It will fail," an official at the defense ministry told reporters.', 'The weather was cold.', '"It is too late," the defense ministry official said.'])),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['an official at the defense ministry', 'an official at the defense ministry']);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]?.kind).toBe('unnamed');
  });

  it('the one who reports is the speaker, not the one reported on', () => {
    const [q] = quotesOf('Vladimir Putin told reporters the site was chosen because Kim "shows great interest in rockets".');
    expect(q?.speaker).toBe('Vladimir Putin');
    expect(q?.partial).toBe(true);
  });

  it('labels and scare quotes are nobody\'s statement', () => {
    for (const text of ['The two nations, which some call "pariah states," met.', 'Russia continues what it calls "special military operations" in Ukraine.', 'They ate a dish called "pelmeni" at dinner.', 'The so-called "axis of upheaval" was discussed.', 'The "historic" meeting ended late.']) {
      const [q] = quotesOf(text);
      expect(q, text).toBeDefined();
      expect(q?.speech, text).toBe(false);
      expect(q?.speaker, text).toBeNull();
    }
  });

  it('leaves a quote unattributed when no speaker is named', () => {
    const [q] = quotesOf('"This cannot go on."');
    expect(q?.speaker).toBeNull();
    expect(q?.speech).toBe(true);
  });

  it('does not take a clause for a speaker', () => {
    const [q] = quotesOf('The deal the two sides reached last week was "historic," when asked by reporters.');
    expect(q?.speaker).toBeNull();
  });
});

describe('quotation marks', () => {
  it('handles curly double quotes and keeps nested single quotes inside', () => {
    const [q] = quotesOf('“He told me ‘never again,’ and I believed him,” said John Smith.');
    expect(q?.quote).toBe('He told me ‘never again,’ and I believed him');
    expect(q?.speaker).toBe('John Smith');
  });

  it('reads top-level single quotes but never apostrophes', () => {
    const qs = quotesOf("'We will win,' said John Smith, who grew up in the '90s.");
    expect(qs.map((q) => q.quote)).toEqual(['We will win']);
    expect(qs[0]?.speaker).toBe('John Smith');
    expect(quotesOf("That's Kim's and the Russians' plan for the '90s.")).toEqual([]);
    expect(findQuoteSpans('Kim’s aides’ view')).toEqual([]);
  });
});

const nasty = fc.oneof(
  fc.constantFrom('"', '“', '”', "'", '‘', '’', '\u202e', '\u200b', '\u200d', '🙂', '👨‍👩‍👧', ',', '.', ' ', '\n', 'said', 'he', 'Kim', ' told reporters', 'a', 'the', ':', '—', 'called', 'so-called'),
  fc.string({ maxLength: 6 }),
);
const nastyText = fc.array(nasty, { maxLength: 40 }).map((parts) => parts.join(''));

describe('extraction on any text', () => {
  it('never throws and every quote is verbatim in its passage', () => {
    fc.assert(
      fc.property(fc.array(nastyText, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const passages = passagesOf(doc('x', '2023-09-13', paragraphs));
        const { quotes } = extractQuotes(passages);
        for (const q of quotes) {
          const p = passages.find((x) => x.id === q.citation.passage)!;
          expect(p.text.includes(q.quote)).toBe(true);
          expect(p.text.includes(q.sentence)).toBe(true);
          expect(q.quote.trim()).toBe(q.quote);
          expect(q.quote.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a book built on any text answers every look-up', () => {
    fc.assert(
      fc.property(fc.array(nastyText, { minLength: 1, maxLength: 3 }), nastyText, (paragraphs, words) => {
        const d = doc('x', '2023-09-13', paragraphs);
        const passages = passagesOf(d);
        const book = QuoteBook.build(passages, [d]);
        const answer = book.whoSaid(words, 3, passages);
        expect(answer.kind).toBe('who-said');
        for (const m of answer.matches) expect(book.quotes.some((q) => q.quote === m.quote)).toBe(true);
        expect(book.quotesOf(words).kind).toBe('quotes');
        expect(book.suggestSpeakers(words, 5).length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 100 },
    );
  });
});

describe('who said', () => {
  it('finds the exact phrase first', () => {
    const a = seed.whoSaid("that's why we've come here", 5, seedPassages);
    expect(a.matches[0]).toMatchObject({ speaker: 'Vladimir Putin', match: 'exact', quote: "that's why we've come here" });
    expect(a.matches[0]?.citation.paragraph).toBe(9);
  });

  it('finds close wording: people misremember quotes', () => {
    const a = seed.whoSaid('we came here', 5, seedPassages);
    expect(a.matches[0]).toMatchObject({ speaker: 'Vladimir Putin', match: 'close' });
  });

  it('ignores case, punctuation and curly apostrophes', () => {
    for (const words of ['thats why weve come here', 'THAT’S WHY WE’VE COME HERE!', '  that\'s, why we\'ve come here ']) {
      expect(seed.whoSaid(words, 5, seedPassages).matches[0], words).toMatchObject({ speaker: 'Vladimir Putin', match: 'exact' });
    }
  });

  it('finds a fragment and its speaker', () => {
    expect(seed.whoSaid('not hesitate', 5, seedPassages).matches[0]).toMatchObject({ speaker: 'the United States', partial: true });
  });

  it('puts the reporter\'s own words under narration', () => {
    const a = seed.whoSaid('a new Cold War framework', 5, seedPassages);
    expect(a.matches).toEqual([]);
    expect(a.narration).toHaveLength(1);
    expect(a.narration[0]?.citation.paragraph).toBe(1);
    expect(seedPassages[0]?.text).toContain(a.narration[0]!.text);
  });

  it('does not count words inside a quote as narration', () => {
    const a = seed.whoSaid('execute military cooperation in a gradual manner', 5, seedPassages);
    expect(a.matches[0]?.speaker).toBe('Hong Min');
    expect(a.narration).toEqual([]);
  });

  it('says nobody said words found nowhere', () => {
    const a = seed.whoSaid('the moon is made of cheese', 5, seedPassages);
    expect(a.matches).toEqual([]);
    expect(a.narration).toEqual([]);
  });

  it('answers an empty query with nothing', () => {
    expect(seed.whoSaid('  ?! ', 5, seedPassages)).toMatchObject({ matches: [], narration: [] });
  });

  it('respects the limit', () => {
    expect(seed.whoSaid('North Korea', 1, seedPassages).matches.length).toBeLessThanOrEqual(1);
  });
});
