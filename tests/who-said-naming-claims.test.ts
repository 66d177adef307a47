import { describe, it, expect } from 'vitest';
import { doc, passagesOf } from './helpers/docs.ts';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { readClaim } from '../src/quotes/claim.ts';

// Passages written for these tests.
const docs = [
  doc('n', '2024-07-01', [
    'The Harbour Gazette was scathing. It described the mayor as "a passenger" and the council as "a crew with no compass".',
    'Dock foreman Ivo Marek spoke first. "The cranes are idle again," Mr. Marek said.',
    'Lena Marek, who runs the ferry kiosk, was calmer. "I am not worried anymore," Ms. Marek said. "The tourists always come back."',
    'Sen. Otto Marek (D-Maine), no relation, visited the dock later. "We will fund the new crane," he said.',
  ]),
];
const passages = passagesOf(...docs);
const book = QuoteBook.build(passages, docs);

describe('claims that someone named someone something', () => {
  it('reads the label apart from the naming verb and its object', () => {
    expect(readClaim('the gazette described the mayor as a passenger')[0]).toMatchObject({ words: 'a passenger', speaker: 'the gazette', naming: 'the mayor as a passenger' });
    expect(readClaim('did the gazette call the council a crew')[0]).toMatchObject({ words: 'a crew', speaker: 'the gazette' });
    // "called for" is no naming.
    expect(readClaim('the gazette called for calm').some((c) => c.naming)).toBe(false);
  });
  it('is close when the reporter\'s clause names the same one so', () => {
    const a = book.whoSaid('the harbour gazette described the mayor as a passenger', 3, passages);
    expect(a.matches[0]?.verdict).toBe('close');
    expect(a.matches[0]?.speaker).toMatch(/Harbour Gazette/u);
  });
  it('is different when the label is given to someone else', () => {
    expect(book.whoSaid('the harbour gazette described the council as a passenger', 3, passages).matches[0]?.verdict).toBe('different');
    expect(book.whoSaid('the harbour gazette called the council a passenger and the mayor a crew with no compass', 3, passages).matches[0]?.verdict).toBe('different');
  });
});

describe('a surname typed with a title, two people sharing it', () => {
  it('looks through the quotes of each person of that name, not only the first', () => {
    const a = book.whoSaid('ms marek said i am still worried', 3, passages);
    expect(a.matches[0]?.verdict).toBe('different');
    expect(a.matches[0]?.speaker).toBe('Lena Marek');
  });
  it('a title of office typed before the surname is no narrower: "senator marek" finds the senator\'s words', () => {
    const a = book.whoSaid('senator marek said we will fund the new crane', 3, passages);
    expect(a.matches[0]?.verdict).toBe('same');
    expect(a.matches[0]?.speaker).toBe('Otto Marek');
    expect(a.matches[0]?.speakerMatches).toBe(true);
  });
});
