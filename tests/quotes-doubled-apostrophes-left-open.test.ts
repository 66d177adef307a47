import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: quotes set in doubled apostrophes (''...''), as converted text writes them,
// with the last quote of a paragraph left open because the words go on in the next paragraph.
const orrin = [
  "''This man hates the ferry workers,'' Mr. Orrin said of the arsonist. ''If he had burned down a chapel, we would all name it plainly for the crime it was.",
  "''This was a hate crime against the harbour as well as an act of terror.''",
  'The harbour board met on Friday.',
];

describe('a quote in doubled apostrophes left open at the end of its paragraph', () => {
  it('is read as a quote, going on from the quote before it', () => {
    expect(speakerOf(orrin, 'burned down a chapel')).toBe('Orrin');
  });

  it("credits the next paragraph's opening quote to the same speaker", () => {
    expect(speakerOf(orrin, 'hate crime against the harbour')).toBe('Orrin');
  });

  it('reads the same as the paragraphs written in curly marks', () => {
    const curly = orrin.map((p) => p.replace(/(^|\s)''/gu, '$1“').replace(/''/gu, '”'));
    expect(speakerOf(curly, 'hate crime against the harbour')).toBe('Orrin');
  });

  it('after a question left open too', () => {
    const paras = [
      "''People make all these promises,'' Mrs. Vandel said. ''And how are voters to judge them? Are they out in left field?",
      "''That is why I have tried to say what I will do and how much it will cost.''",
    ];
    expect(speakerOf(paras, 'how much it will cost')).toBe('Vandel');
  });

  it('takes no stray pair of apostrophes in running text for a quote', () => {
    const { quotes } = extractQuotes(passagesOf(doc('p', '2024-03-01', ["Mr. Orrin wrote that the plan was ''bold and said the board agreed."])));
    expect(quotes).toHaveLength(0);
  });
});
