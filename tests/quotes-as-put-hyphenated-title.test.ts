import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an "as X put it" credit whose lowercase title before the name is hyphenated.
describe('"as anti-fraud prosecutor NAME put it" credits the name after a hyphenated title', () => {
  it('a hyphenated title of one word before the name', () => {
    const paras = ['The smuggler was first noticed by the harbour police in 2009. Back then, as anti-smuggling prosecutor Marek Tovell put it, “apart from the wrong friends there was little to complain about.” He was later released.'];
    expect(speakerOf(paras, 'apart from the wrong friends')).toBe('Marek Tovell');
  });
  it('a hyphenated word among two title words, the credit opening the sentence', () => {
    const paras = ['The council met on Monday. As deputy vice-chair Ilse Brandvik put it, “we have talked for a year and built nothing.” The vote was put off.'];
    expect(speakerOf(paras, 'talked for a year')).toBe('Ilse Brandvik');
  });
  it('a word that joins still ends the title: "as spokesman for NAME put it" credits no one', () => {
    const paras = ['The council met on Monday. As co-spokesman for Ilse Brandvik put it, “we have talked for a year and built nothing.” The vote was put off.'];
    expect(speakerOf(paras, 'talked for a year')).toBeNull();
  });
});
