import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a person named in full, then in the next paragraph the bare surname with a
// copula's stance that is "ADJ not to VERB" or "ADJ and ADJ", then a "he said" credit or "He said:". The stance's
// subject stays at hand for the pronoun, as after "was careful." (The given name "Marek" tells no sex to the lists.)
describe('a copula stance with "not to VERB" or two adjectives keeps its subject at hand', () => {
  it('"SURNAME was careful not to say so. He said: "...""', () => {
    const paras = ['Marek Halvorsen met the harbour delegates on Monday.', 'Halvorsen was careful not to say so. He said: "We have no deal yet."'];
    expect(speakerOf(paras, 'We have no deal yet')).toBe('Marek Halvorsen');
  });
  it('"SURNAME was old and bitter. "...," he said."', () => {
    const paras = ['Marek Halvorsen met the harbour delegates on Monday.', 'Halvorsen was old and bitter. "We have no deal yet," he said.'];
    expect(speakerOf(paras, 'We have no deal yet')).toBe('Marek Halvorsen');
  });
  it('"SURNAME was careful not to say so. Asked ..., he smiled: "...""', () => {
    const paras = ['Mayor Victor Lund met the delegates on Monday.', 'The port needs grain, and Tarnia has plenty of it. Lund was careful not to say so. Asked by reporters whether trade was on the agenda, he smiled: "We will talk about everything."'];
    expect(speakerOf(paras, 'We will talk about everything')).toBe('Victor Lund');
  });
});
