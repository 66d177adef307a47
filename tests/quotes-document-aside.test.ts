import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented sentences: a document as the subject of "says", with who wrote it and to whom told around it.
function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2025-09-20', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote containing "${contains}"`);
  return q.speaker;
}

describe('a document that says something, its writer and its addressee told in an aside', () => {
  it('the one who signed it speaks, not the one it was sent to', () => {
    expect(speakerOf(['The telegram, signed by the aviator Sigbjørn Lavik and sent to his sister, Oddlaug Lavik, in 1925, reads: "Landed safe. Tell mother."'], 'Landed safe')).toBe('Sigbjørn Lavik');
  });

  it('"from X to Y" in the aside: X speaks', () => {
    expect(speakerOf(['The letter, from the bishop Arnulf Heggen to the abbess Torunn Vatle, said: "The chapel must close."'], 'chapel must')).toBe('Arnulf Heggen');
  });

  it('a statement owned by one and read out by another is the owner\'s', () => {
    expect(speakerOf(['Vilde Aarseth\'s statement, read outside the court by her solicitor, Kolbein Nærø, said: "I regret nothing."'], 'regret nothing')).toBe('Vilde Aarseth');
  });

  it('a text someone sent to another: the sender\'s words', () => {
    expect(speakerOf(['A message that Lorents Skogvoll sent to his partner, Eira Holtan, at dawn said: "Do not open the shop today."'], 'open the shop')).toBe('Lorents Skogvoll');
  });

  it('no writer named in the aside: no one, never the addressee', () => {
    expect(speakerOf(['The note, sent to the caretaker, Jomar Bekkevold, last week, says only: "Fix the boiler or else."'], 'Fix the boiler')).toBeNull();
  });

  it('two signers: neither alone', () => {
    expect(speakerOf(['The memo, signed by Halstein Rygh and his deputy, Ylva Bratberg, read: "All leave is cancelled."'], 'leave is cancelled')).toBeNull();
  });
});
