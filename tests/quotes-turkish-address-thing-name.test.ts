import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented people and places).

describe('"GIVEN Hanım"/"GIVEN Bey" does not stand for a full name that only names a thing', () => {
  it('"the Nesrin Aktaş library ... Nesrin Hanım, the librarian,": not the one the library is named after', () => {
    const got = speakerOf([
      'The Nesrin Aktaş library in Dereli is named after its founder, who died in 1987.',
      'Nesrin Hanım, the oldest librarian, said the roof leaks. "We put pans under it every winter," she said.',
    ], 'We put pans under it every winter');
    expect(got).not.toBe('Nesrin Aktaş');
  });

  it('still: the one named in full as a person', () => {
    const got = speakerOf([
      'Nesrin Aktaş, a librarian in Dereli, has worked there since 1987.',
      'Nesrin Hanım said the roof leaks. "We put pans under it every winter," she said.',
    ], 'We put pans under it every winter');
    expect(got).toBe('Nesrin Aktaş');
  });
});

describe('"GIVEN Hanım" with a given name written with a Turkish letter', () => {
  it('"Ayşe Hanım" stands for the one named in full "Ayşe SURNAME" (the mentions\' words are folded without accents)', () => {
    const got = speakerOf([
      'Gülşen Tandoğan, a librarian in Dereli, has worked there since 1987.',
      '"We put pans under it every winter," Gülşen Hanım said.',
    ], 'We put pans under it every winter');
    expect(got).toBe('Gülşen Tandoğan');
  });
});
