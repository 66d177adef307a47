import { describe, it, expect } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests: a fronted participle of being asked ("Asked what the town could do,") before
// "NAME was blunt:" has the name for its subject, and the full sentence after the colon is the name's.
describe('a fronted "Asked ...," before a name that spoke so, then a colon', () => {
  it('gives the quote after the colon to the name', () => {
    const q = speakersByQuote([
      'Dr Nadia Ferrow, a harbour economist at the Calder Institute, studies grain shipments. "The figures are thin," she said.',
      'Mr Piet Ansell, a trader, disagreed with her on most points.',
      'Asked what the port could do, Dr Ferrow was blunt: "Publish every manifest and let the buyers decide."',
    ]);
    expect(q.get('Publish every manifest and let the buyers decide')).toBe('Nadia Ferrow');
  });
});
