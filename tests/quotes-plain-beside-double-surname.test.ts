import { describe, it, expect } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests: a Latin American English-language daily, a congresswoman of two surnames and
// an unrelated fisherman whose only surname is her second one.
describe('a bare surname that is only the second of another\'s two', () => {
  const paras = [
    'Deputy Maria Fernanda Lopez Ortega chairs the committee. "We will win," Lopez Ortega told the paper.',
    'Raul Ortega sees it differently. The retired captain said boats come every year. "They come at night," Ortega said.',
    'Back in the chamber, the vote is on Tuesday. Lopez Ortega expects to win it. "If the minister has nothing to hide, he will come," the deputy said. Ortega, the captain, says he will be watching from the port. "I hope they ask about the boats," he said.',
  ];
  const by = speakersByQuote(paras);
  it('gives "NAME, the captain, says ... "...," he said." to the man whose only surname it is', () => {
    expect(by.get('I hope they ask about the boats')).toBe('Raul Ortega');
  });
  it('keeps the congresswoman her double surname and the fisherman his own "Ortega said"', () => {
    expect(by.get('We will win')).toBe('Maria Fernanda Lopez Ortega');
    expect(by.get('If the minister has nothing to hide, he will come')).toBe('Maria Fernanda Lopez Ortega');
    expect(by.get('They come at night')).toBe('Raul Ortega');
  });
});
