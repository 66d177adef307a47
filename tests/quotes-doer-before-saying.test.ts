import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a participle of saying after a reported clause about someone else's deed.
describe('"X told police that Y had come ..., saying: "...""', () => {
  it('is not given to X: the participle may hang on Y', () => {
    const paras = ['Shopkeeper Ilse Varn told police that Corin Dask had walked into her shop carrying a bat, saying: "Open the till."'];
    expect(speakerOf(paras, 'Open the till')).not.toBe('Ilse Varn');
  });
  it('keeps X for a participle after a clause that names no one', () => {
    const paras = ['Ilse Varn told police that the shop had been empty, saying: "Nobody came in all day."'];
    expect(speakerOf(paras, 'Nobody came in')).toBe('Ilse Varn');
  });
  it('keeps X when the reported clause names no one person ("that Varian troops had fought")', () => {
    const paras = ['Mr. Olsen came close to admitting that Varian troops had fought in the valley, saying, "We never said nobody was there."'];
    expect(speakerOf(paras, 'never said nobody')).toBe('Olsen');
  });
  it('keeps X for a participle of naming, not of saying aloud', () => {
    const paras = ['Olsen, the mayor, repeated claims that Tam Berg recites the same lines, calling him a "decent speaker".'];
    expect(speakerOf(paras, 'decent speaker')).toBe('Olsen');
  });
});
