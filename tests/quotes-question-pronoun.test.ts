import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a transcript whose question names one person, and an
// answer opening "He called ..." on a quotation: the words are the one the question named.
const opening = ['Harbour director Anders Holmqvist opened the new pier at Kettleby on Tuesday.', 'GRETA LUNDIN: Welcome, Pavel.', 'PAVEL SORVIK: Thank you, Greta.'];
describe('an answer\'s opening "he" is the one the question named', () => {
  it('`LUNDIN: What did you make of Holmqvist\'s speech? / SORVIK: ... He called the pier "..."`', () => {
    const paras = [...opening, "GRETA LUNDIN: What did you make of Holmqvist's speech?", 'PAVEL SORVIK: It was bold. He called the pier "a gift to every trawler." Directors rarely say that.'];
    expect(speakerOf(paras, 'a gift to every trawler')).toBe('Anders Holmqvist');
  });
  it('not when the question names two people', () => {
    const paras = [...opening, 'Harbour mayor Tomas Ekberg spoke after him.', "GRETA LUNDIN: What did you make of Holmqvist's speech, and of Ekberg's?", 'PAVEL SORVIK: It was bold. He called the pier "a gift to every trawler." Directors rarely say that.'];
    expect(speakerOf(paras, 'a gift to every trawler')).toBeNull();
  });
  it('not when the one named is of the other sex', () => {
    const paras = ['Harbour director Maria Holmqvist opened the new pier at Kettleby on Tuesday.', ...opening.slice(1), "GRETA LUNDIN: What did you make of Holmqvist's speech?", 'PAVEL SORVIK: It was bold. He called the pier "a gift to every trawler." Directors rarely say that.'];
    expect(speakerOf(paras, 'a gift to every trawler')).not.toBe('Maria Holmqvist');
  });
});
