import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

function speakers(paras: string[]): { get(start: string): string | null | undefined } {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2024-03-05', paras)));
  return { get: (start) => quotes.find((q) => q.quote.startsWith(start))?.speaker };
}

// The question a fronted "Asked" puts may run long; the name after its comma is still the sentence's subject.
it('reads the subject after a long fronted "Asked by ... whether ..." clause', () => {
  const got = speakers([
    'The ferry captain Olga Mets has arrived at the new quay, where the harbour master Ilse Brandt greeted her with a long handshake.',
    'Asked by local television reporters whether the town would help its neighbour build new ferries, Brandt pointed at the slipway behind her. "That is exactly why we came here," she said.',
  ]);
  expect(got.get('That is exactly why')).toBe('Ilse Brandt');
});
