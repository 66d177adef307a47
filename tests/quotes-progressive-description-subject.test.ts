import { describe, it, expect } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people, places and bodies): an unnamed trader quoted, a named
// analyst (a man) quoted after him, then the trader again as a definite description in the progressive.
const opening = [
  'A grain trader at a Dutch bank in Kestrel, who asked not to be named, said clients had "not asked once" about the deal. "They asked about my holiday," he said.',
  'Wheat rose 2 per cent. "It is noise," said Otto Brenner, an analyst at Faldor & Sons.',
];

describe('"The <role> was (already) <verb>ing ..." right before a quote', () => {
  it('sets the one described up for the "he said" after it, past the man quoted between', () => {
    const paras = [...opening, 'The trader was already looking ahead. "Tomorrow it is the rate again," he said.'];
    expect(speakersByQuote(paras).get('Tomorrow it is the rate again')).toBe('a grain trader at a Dutch bank in Kestrel');
  });
  it('does so without the adverb', () => {
    const paras = [...opening, 'The trader was waiting for the close. "Tomorrow it is the rate again," he said.'];
    expect(speakersByQuote(paras).get('Tomorrow it is the rate again')).toBe('a grain trader at a Dutch bank in Kestrel');
  });
  it('leaves a progressive with no quote after it in its paragraph to the readings before', () => {
    const paras = [...opening, 'The trader was already looking ahead.', '"Tomorrow it is the rate again," he said.'];
    expect(speakersByQuote(paras).get('Tomorrow it is the rate again')).toBeNull();
  });
});
