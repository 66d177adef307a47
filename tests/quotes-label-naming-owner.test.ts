import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('a label after the quote that names the words\' owner in a clause of its own', () => {
  it('the one credited after the label speaks of the line, not its words: nobody is credited', () => {
    const paras = [
      'Oskar Brun ran the ferry for forty years.',
      '"Mind the tide," a line Oskar Brun liked to say, is now painted on the pier, his niece Mara Ostby said.',
      '"Slow and steady," a phrase Brun coined, hangs in the ticket office, Ostby recalled.',
    ];
    expect(speakerOf(paras, 'Mind the tide')).not.toBe('Mara Ostby');
    expect(speakerOf(paras, 'Slow and steady')).not.toBe('Mara Ostby');
  });
  it('a label naming no owner leaves the credit as it is', () => {
    const paras = ['"Mind the tide," a line from the old song, Mara Ostby said.'];
    expect(speakerOf(paras, 'Mind the tide')).toBe('Mara Ostby');
  });
});
