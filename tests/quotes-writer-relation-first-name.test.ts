import { describe, it, expect } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a column whose writer names a friend by his
// first name alone after "My friend".
const byline = 'By Tobias Renwick';

describe('"My <relation> <first name>" opening a sentence', () => {
  it('is the subject a "he said" after it means', () => {
    const paras = [byline, 'My friend Dmitri laughed at the news. "My brother is usually right," he said.'];
    expect(speakersByQuote(paras).get('My brother is usually right')).toBe('Dmitri');
  });
  it('is so past a description set off after the name that is more than a noun', () => {
    const paras = [byline, 'My friend Dmitri, a sound engineer from Torvik, laughed at the news. "My brother is usually right," he said.'];
    expect(speakersByQuote(paras).get('My brother is usually right')).toBe('Dmitri');
  });
  it('leaves a capitalised word no list knows as a first name alone', () => {
    const paras = [byline, 'My friend Qzorvath laughed at the news. "My brother is usually right," he said.'];
    expect(speakersByQuote(paras).get('My brother is usually right')).toBeNull();
  });
});
