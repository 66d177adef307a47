import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { documentOwner } from '../src/quotes/owned-document.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences written for these tests.
function speakerOf(paragraphs: string[], words: string): string | null | undefined {
  return extractQuotes(passagesOf(doc('t', '2024-05-02', paragraphs))).quotes.find((q) => q.quote.includes(words))?.speaker;
}

describe('a toast raised by "he" or "she", to someone\'s "..."', () => {
  it('the one who raised the glass speaks, not the one whose health is toasted', () => {
    expect(speakerOf(['Arno Kask hosted Lena Vos at the port.', 'At supper he raised a toast to Lena Vos\'s "long life and happiness."'], 'long life')).toBe('Arno Kask');
    expect(speakerOf(['Lena Vos hosted Arno Kask at the port.', 'Later she proposed a toast to "the fishermen of both shores."'], 'fishermen')).toBe('Lena Vos');
    expect(speakerOf(['Lena Vos hosted Arno Kask at the port.', 'Later she raises a toast to her guest\'s "safe journey home."'], 'safe journey')).toBe('Lena Vos');
  });
});

describe('a document named by its owner\'s possessive speaks for its owner', () => {
  it('reads the owner of "X\'s (own) readout|statement|communiqué|transcript"', () => {
    expect(documentOwner("The Harbour Board's own readout")).toBe('the Harbour Board');
    expect(documentOwner("Lena Vos's statement")).toBe('Lena Vos');
    expect(documentOwner("the ministry's statement")).toBeNull();
    expect(documentOwner("The Harbour Board's ships")).toBeNull();
  });
  it('credits the quote the document gives to its owner', () => {
    expect(speakerOf(['Arno Kask met Lena Vos at the port.', 'The Harbour Board\'s own readout said the meeting had been "warm and businesslike."'], 'warm and')).toBe('the Harbour Board');
    expect(speakerOf(['Arno Kask met Lena Vos at the port.', 'Arno Kask\'s official communique said the two sides had found "common ground."'], 'common ground')).toBe('Arno Kask');
  });
});
