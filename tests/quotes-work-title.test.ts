import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences and names written for this test.

function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('d1', '2024-05-02', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote holds "${contains}"`);
  return q.speaker;
}

describe("a work's title in quotation marks is no one's words", () => {
  it('\'In "Salt and Iron," the fisherman, Tomas, says: ...\' does not give the title to the character', () => {
    const p = ['In "Salt and Iron," the fisherman, Tomas, says: "The sea takes what it wants." Director Ana Reyes called the film a love letter.'];
    expect(speakerOf(p, 'Salt and Iron')).toBeNull();
  });

  it('a novel\'s title in apposition is not the words of the one it follows', () => {
    const p = ['Author Jay Penner\'s new novel, "The Last Orchard," follows a widow. "I wrote it in six weeks," Penner said.'];
    expect(speakerOf(p, 'The Last Orchard')).toBeNull();
    expect(speakerOf(p, 'six weeks')).toBe('Jay Penner');
  });

  it('words in lowercase after "In" still find their speaker', () => {
    const p = ['In a speech on Monday, Mayor Rita Lund said the bridge was "falling apart."'];
    expect(speakerOf(p, 'falling apart')).toBe('Rita Lund');
  });
});

it('leaves a work\'s title set off after "In her new novel," to no one, whoever the sentence names after it', () => {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2024-02-01', ['In her new novel, "The Tide Ledger," Runa Skall writes about a family of net-makers on the coast.'])));
  expect(quotes.find((q) => q.quote.startsWith('The Tide Ledger'))?.speaker ?? null).toBeNull();
});

it('credits a quote opening a paragraph to the one the next sentence says wrote that line, past a book title there', () => {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2024-02-01', ['Ivo Rask, a harbour pilot turned historian, died on Monday. He was 88.', '"No tide ever keeps a promise." Rask wrote that line in 1987, in his book "Charts of the Inner Sound," and quoted it for the rest of his life.'])));
  expect(quotes.find((q) => q.quote.startsWith('No tide ever'))?.speaker).toBe('Ivo Rask');
  expect(quotes.find((q) => q.quote.startsWith('Charts of the'))?.speaker ?? null).toBeNull();
});
