import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests: 'He quotes a DESCRIPTION, NAME: "..." ¶ "...," the NOUN tells him.':
// the description set off before the name of the one quoted is their role, so the noun later is read for them.

describe('the role of one quoted by "quotes a DESCRIPTION, NAME:"', () => {
  const intro = 'Oskar Brenner, a former naval officer, has written a book about the harbour.';

  it('"the admiral" later is the admiral quoted by name', () => {
    const got = speakersByOpening([intro, 'He quotes a retired Norwegian admiral, Ivo Kask: "We watched the port for a year."', '"Ships are the price and crates are the payment," the admiral tells him in a later chapter.']);
    expect(got.get('We watched the')).toBe('Ivo Kask');
    expect(got.get('Ships are the')).toBe('Ivo Kask');
  });

  it('a noun the description did not hold is still someone new', () => {
    const got = speakersByOpening([intro, 'He quotes a retired Norwegian admiral, Ivo Kask: "We watched the port for a year."', '"Ships are the price and crates are the payment," the harbour master tells him in a later chapter.']);
    expect(got.get('Ships are the')).toBe('the harbour master');
  });
});
