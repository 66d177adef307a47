import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: an abbreviated title of office before a
// courtesy title ("Prof. Dr. NAME", as German writes it) gives the office, so "the professor" later is the one
// so titled.
describe('Prof. Dr. NAME ... The professor .... "...," he says.', () => {
  it('is the one titled "Prof. Dr.", his surname opening on a particle', () => {
    const got = speakersByQuote([
      'For Prof. Dr. Ulrich von Seefeld, the talks in Marstadt held no surprise. "Both sides needed a photograph," von Seefeld says.',
      'Von Seefeld shares that view. The professor points to the choice of the hall. "Venues are chosen with care," he says.',
    ]);
    expect(got.get('Venues are chosen with care')).toBe('Ulrich von Seefeld');
  });
});
