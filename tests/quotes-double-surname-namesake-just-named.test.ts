import { describe, it, expect } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people, places and bodies): a woman of two surnames whom the text
// calls by both, and an unrelated man whose one surname is her first.
const researcher = 'For Marta Ruiz Castaño, researcher at the Lindell Institute in Tarsa, the deal "is a marriage of convenience". "The calendars do not coincide," Ruiz Castaño affirmed.';

describe('a bare first surname of a double-surnamed woman, right after a man of that one surname is named', () => {
  it('is the man named in full in the sentence before, past a place fronted and an age set off', () => {
    const paras = [researcher, 'In Porvo, Pedro Ruiz, a 67-year-old former trawler captain, remembers the sailors as "silent men".', '"They did not sing," Ruiz recounts.'];
    expect(speakersByQuote(paras).get('They did not sing')).toBe('Pedro Ruiz');
  });
  it('stays no one when the sentence before names neither', () => {
    const paras = [researcher, 'In Porvo, Pedro Ruiz, a 67-year-old former trawler captain, remembers the sailors as "silent men".', 'The fleet was sold in 1998.', '"They did not sing," Ruiz said.'];
    expect(speakersByQuote(paras).get('They did not sing')).toBeNull();
  });
});
