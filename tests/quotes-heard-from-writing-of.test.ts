import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented sentences: words the subject passes on from someone else, after a colon, are that someone's.
function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2025-09-20', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote containing "${contains}"`);
  return q.speaker;
}

describe('word heard from someone, a message received from someone, writing of someone, after a colon', () => {
  it('"heard from" names the one whose words follow, not the one who heard them', () => {
    expect(speakerOf(['Last spring Tobben Ulvang heard from his old skipper, Marit Haaland: "The boat is yours if you want it."'], 'boat is yours')).toBe('Marit Haaland');
  });

  it('a message the subject had received from someone and passes on is the sender\'s', () => {
    expect(speakerOf(['Gaute Sylling showed reporters an email he had received from the landlord, Aina Brekkestø: "The rent doubles in May."'], 'rent doubles')).toBe('Aina Brekkestø');
  });

  it('a diary of someone read out in court is that someone\'s writing, not the reader\'s', () => {
    expect(speakerOf(['The defence lawyer, Hedvig Ramstad, read aloud from the diary of the accused, Osvald Tinnes: "I never meant to hurt him."'], 'never meant')).toBe('Osvald Tinnes');
  });

  it('one who writes to someone and says something herself still speaks', () => {
    expect(speakerOf(['Ragna Fossli wrote to the mayor, Bent Aaslund: "The library must stay open."'], 'library must')).toBe('Ragna Fossli');
  });
});
