import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { whatCalledSubject } from '../src/quotes/what-called.ts';

// Sentences and names written for these tests: "NAME pledged his "..." for what he called PLACE's "..."": a
// place's possessive before the words stands as a determiner does, and the sentence's other quote between does not
// unbind "he" from the name opening the sentence.

describe('"what he called PLACE\'s "..."" after another quote in the sentence', () => {
  it('the sentence\'s subject called it', () => {
    const got = speakersByOpening([
      'At the cosmodrome, Lund had been plain about what his guest wanted. Brand, for his part, pledged his "full and unconditional support" for what he called Tallinn\'s "honest struggle" against its neighbours.',
    ]);
    expect(got.get('honest struggle')).toBe('Brand');
  });

  it('reads the possessive as a determiner', () => {
    expect(whatCalledSubject('the mayor condemned what Ana Roe called Riga\'s "')).toBe('Ana Roe');
  });
});
