import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and places).
// "averred" reports words as "asserted" does: the subject of the verb governing the quote is its speaker.
it('credits a quote in a "that" clause of "averred" to the subject set off before it', () => {
  expect(speakerOf(['A former ambassador to Lindavia, Chief Obi Nwosu, averred that the summit was "a marriage of convenience".'], 'marriage of convenience')).toBe('Obi Nwosu');
});
