import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented sentences: someone after the quote whose verb is denied said nothing.
function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2025-09-20', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote containing "${contains}"`);
  return q.speaker;
}

describe('a subject after the quote whose verb is denied', () => {
  it('"and the mayor, NAME, did not reply" is no credit', () => {
    expect(speakerOf(['"The dam will fail." So warned the surveyor Elbjørg Tangvald, and the mayor, Bastian Ruud, did not reply.'], 'dam will fail')).not.toBe('Bastian Ruud');
  });

  it('"NAME never answered" after a quote credited before it leaves the credit', () => {
    expect(speakerOf(['"Go home," said Agnar Solem, and Gjertrud Lie never answered.'], 'Go home')).toBe('Agnar Solem');
  });

  it('a plain verb after the quote still credits', () => {
    expect(speakerOf(['"The dam will hold," the mayor, Bastian Ruud, replied.'], 'dam will hold')).toBe('Bastian Ruud');
  });
});
