import { describe, it, expect } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests: a given name the lists may not know, then a surname that is also a word
// firms end their names with ("Steel", "Banks", "Systems"). The person reading must hold.
describe('a given name and a firm-like surname stay a person', () => {
  it('"said Chidi Steel, a welder at the yard"', () => {
    expect(quoteOpeningWith(['"We have orders for a year," said Chidi Steel, a welder at the yard.']).get('We have orders')).toEqual({ speaker: 'Chidi Steel', kind: 'person' });
  });
  it('"Chidi Steel, 45, said ... "...," she said."', () => {
    expect(quoteOpeningWith(['Chidi Steel, 45, said the plant would reopen in May. "We have orders for a year," she said.']).get('We have orders')).toEqual({ speaker: 'Chidi Steel', kind: 'person' });
  });
  it('"Ama Banks told reporters ... "...," she said."', () => {
    expect(quoteOpeningWith(['Ama Banks told reporters the loan had been repaid. "It was a hard year," she said.']).get('It was a hard')).toEqual({ speaker: 'Ama Banks', kind: 'person' });
  });
  it('"Kofi Systems said ... "...," he said."', () => {
    expect(quoteOpeningWith(['Kofi Systems said the plant would reopen in May. "We have orders for a year," he said.']).get('We have orders')).toEqual({ speaker: 'Kofi Systems', kind: 'person' });
  });
});
