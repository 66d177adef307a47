import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented names): constructions the session-33 summit sets and probes missed.
describe('a relative clause of speech after a surname alone is that person\'s', () => {
  it('"interrupted by Roe, who said the mayor was "..."" is the named Roe\'s', () => {
    const paras = [
      'Marta Kowal spoke first about the harbour plan. Piotr Lenart, a council member, listened.',
      'She was interrupted by Lenart, who said the mayor was "dreaming about money". Kowal shrugged.',
    ];
    expect(speakerOf(paras, 'dreaming about money')).toBe('Piotr Lenart');
  });
  it('a single capitalised word the document names as no one is left alone', () => {
    const paras = ['The plan was backed by Harbourside, who said the bridge was "long overdue".'];
    expect(speakerOf(paras, 'long overdue')).not.toBe('Harbourside');
  });
});
