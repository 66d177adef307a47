import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences and names written for this test.

function speakerAcross(docs: string[][], contains: string): string | null {
  const all = docs.map((paragraphs, i) => doc(`d${i}`, '2024-05-02', paragraphs));
  const q = extractQuotes(passagesOf(...all)).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote holds "${contains}"`);
  return q.speaker;
}

describe('a bare given name a document never gives in full, across documents', () => {
  it('a carer known only as "Lucy" is not the Lucy Brandt another report names', () => {
    const docs = [
      ['A carer who asked to be called only Lucy said the home was short of staff. "We do our best," Lucy said.'],
      ['The home\'s manager, Lucy Brandt, defended the rota. "We meet every rule," Lucy Brandt said.'],
    ];
    expect(speakerAcross(docs, 'We do our best')).toBe('Lucy');
  });

  it('a daughter named only "Amy" keeps her own name beside an Amy Rowe elsewhere', () => {
    const docs = [
      ['Councillor Amy Rowe opened the session. "About time," Amy Rowe said.'],
      ['Grocer Frank Hill, 80, is retiring. His daughter, Amy, will take over. "He never took a holiday," Amy said.'],
    ];
    expect(speakerAcross(docs, 'never took a holiday')).toBe('Amy');
  });

  it('a bare surname still joins the full name it ends', () => {
    const docs = [
      ['Mayor Ingrid Solvang opened the bridge on Monday. "It is a great day," Ingrid Solvang said.'],
      ['The ribbon was cut at noon. "We waited ten years," Solvang said.'],
    ];
    expect(speakerAcross(docs, 'We waited ten years')).toBe('Ingrid Solvang');
  });
});
