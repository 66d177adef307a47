import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented sentences: a bare description that two people named just before both fit.
function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2025-09-20', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote containing "${contains}"`);
  return q.speaker;
}

describe('"the minister" after two ministers named in the same paragraph', () => {
  it('names neither', () => {
    const s = speakerOf(['The fisheries minister, Arnstein Bøe, met the health minister, Ingvild Saltnes, on Friday. The minister said afterwards: "We found common ground."'], 'common ground');
    expect(s).not.toBe('Arnstein Bøe');
    expect(s).not.toBe('Ingvild Saltnes');
  });

  it('a description with the word that tells them apart never names the other one (it was the subject before)', () => {
    const s = speakerOf(['The fisheries minister, Arnstein Bøe, met the health minister, Ingvild Saltnes, on Friday. The health minister said afterwards: "We found common ground."'], 'common ground');
    expect(s).not.toBe('Arnstein Bøe');
  });

  it('one minister in the paragraph: the description names him', () => {
    expect(speakerOf(['The fisheries minister, Arnstein Bøe, met trawler owners on Friday. The minister said afterwards: "We found common ground."'], 'common ground')).toBe('Arnstein Bøe');
  });
});
