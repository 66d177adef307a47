import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an age epithet after the quote, inverted ("says the 61-year-old"), and one
// whose age the text never gave, pointing back to the person just named.
describe('an age epithet credit', () => {
  it('"said the 61-year-old" after a name given that age is read whole, not cut at the hyphen', () => {
    const paras = ['John Smith, 61, a net mender, was surprised. "We have more problems," said the 61-year-old.'];
    expect(speakerOf(paras, 'more problems')).toBe('John Smith');
  });
  it('an age never given goes to the one person the paragraph named before it', () => {
    const paras = ['Tomas Varga, a net mender who has worked the docks for decades, says his colleagues were surprised. "So now we must become instructors?" says the 58-year-old.'];
    expect(speakerOf(paras, 'become instructors')).toBe('Tomas Varga');
  });
  it('but not when the paragraph named two people before it', () => {
    const paras = ['Tomas Varga met Ivo Brandt at the dock. "So now we must become instructors?" says the 58-year-old.'];
    expect(speakerOf(paras, 'become instructors')).not.toBe('Tomas Varga');
    expect(speakerOf(paras, 'become instructors')).not.toBe('Ivo Brandt');
  });
  it('nor when the one named was given another age', () => {
    const paras = ['Tomas Varga, 45, a net mender, was surprised. "So now we must become instructors?" says the 58-year-old.'];
    expect(speakerOf(paras, 'become instructors')).not.toBe('Tomas Varga');
  });
});
