import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../src/text/sentences.ts';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps abbreviations inside their sentence', () => {
    expect(texts('Any arms deal violates U.N. Security Council resolutions. The U.S. warned it would act.')).toEqual([
      'Any arms deal violates U.N. Security Council resolutions.',
      'The U.S. warned it would act.',
    ]);
    expect(texts('The summit was held Sept. 13 in Russia. Experts say more will follow.')).toEqual([
      'The summit was held Sept. 13 in Russia.',
      'Experts say more will follow.',
    ]);
    expect(texts('Mr. Kim met Dr. Lee on Monday. They talked.')).toEqual(['Mr. Kim met Dr. Lee on Monday.', 'They talked.']);
    expect(texts('The leaders of South Korea, the U.S. and Japan met. The U.N. did not.')).toEqual([
      'The leaders of South Korea, the U.S. and Japan met.',
      'The U.N. did not.',
    ]);
  });

  it('ends a sentence after a closing quotation mark, and keeps the opening mark with its sentence', () => {
    expect(texts('"That\'s why we\'ve come here," Putin said. He left.')).toEqual([
      '"That\'s why we\'ve come here," Putin said.',
      'He left.',
    ]);
    expect(texts('He said, "We will win." Then he left.')).toEqual(['He said, "We will win."', 'Then he left.']);
    expect(
      texts('"There would be limitation for such a move," the official said. "Over the long haul, North Korea will only be a burden."'),
    ).toEqual([
      '"There would be limitation for such a move," the official said.',
      '"Over the long haul, North Korea will only be a burden."',
    ]);
    expect(texts('“It is the matter of the two nations,” China said. Analysts disagreed.')).toEqual([
      '“It is the matter of the two nations,” China said.',
      'Analysts disagreed.',
    ]);
  });

  it('splits at question and exclamation marks', () => {
    expect(texts('Is it true? Yes! It is.')).toEqual(['Is it true?', 'Yes!', 'It is.']);
  });

  it('gives nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });

  it('gives verbatim, ordered, non-overlapping sentences covering every non-space character, for any text', () => {
    const sentenceLike = fc
      .array(
        fc.oneof(
          fc.constantFrom('U.S.', 'U.N.', 'Sept.', 'Mr.', 'Dr.', '"', '“', '”', "'", '’', '.', '?', '!', ' ', '\n', 'Kim', 'said', 'A', '3.5', '...', '🎉'),
          fc.string({ unit: 'grapheme', maxLength: 6 }),
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 120 }), sentenceLike), (text) => {
        const sentences = splitSentences(text);
        let covered = 0;
        let previousEnd = 0;
        for (const s of sentences) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.text).toBe(s.text.trim());
          expect(text.slice(previousEnd, s.start).trim()).toBe('');
          covered += s.text.replace(/\s/g, '').length;
          previousEnd = s.end;
        }
        expect(text.slice(previousEnd).trim()).toBe('');
        expect(covered).toBe(text.replace(/\s/g, '').length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('reference marks', () => {
  it('keeps an encyclopedia\'s reference marks with the sentence they close and splits after them', () => {
    expect(texts('The bridge opened in 1932.[4] It was widened in 1961.[5][6] Traffic fell.')).toEqual([
      'The bridge opened in 1932.[4]',
      'It was widened in 1961.[5][6]',
      'Traffic fell.',
    ]);
    expect(texts('The mayor called it "a triumph".[a] Critics disagreed.')).toEqual(['The mayor called it "a triumph".[a]', 'Critics disagreed.']);
  });

  it('gives a quote after such a sentence to its own speaker, not to the sentence before', async () => {
    const { extractQuotes } = await import('../src/quotes/extract-quotes.ts');
    const { doc, passagesOf } = await import('./helpers/docs.ts');
    const { quotes } = extractQuotes(passagesOf(doc('e', '2024-02-02', [
      'Canadian officials said that the talks were "moving fast".[5] Port spokesman Tom Hale declined to confirm the date until the day before it took place, saying only that it would come "in due course".[6]',
    ])));
    expect(quotes.find((q) => q.quote === 'in due course')?.speaker).toBe('Tom Hale');
  });
});

it('ends a sentence at a single capital when a personal pronoun follows, and keeps initials before names', () => {
  expect(splitSentences('The witness spoke as Witness D. She said little.').map((s) => s.text)).toEqual(['The witness spoke as Witness D.', 'She said little.']);
  expect(splitSentences('We chose Plan B. It worked.').map((s) => s.text)).toEqual(['We chose Plan B.', 'It worked.']);
  expect(splitSentences('John Q. Harlan spoke.').map((s) => s.text)).toEqual(['John Q. Harlan spoke.']);
});

// Sentences written for this test: "no." is the number sign only before a number.
describe('"no." before a number and at a sentence end', () => {
  it('keeps "No. 2" in its sentence and ends one after "says no."', () => {
    expect(splitSentences('He ranked No. 2 in the poll. The board says no. Its chair said so.').map((s) => s.text)).toEqual(['He ranked No. 2 in the poll.', 'The board says no.', 'Its chair said so.']);
  });
});
