import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a subject of eleven words or so (a title, a name and where the person
// works, with "of" links) before "was more cautious.", then the "she replied" of a quote in the next sentence.
// The stance after the copula makes the name the one the pronoun means, however long the subject ran.
describe('a long subject before "was more cautious"', () => {
  it('a title, a name of three words and a school with two "of" links', () => {
    const text = ['Associate Professor Tan Mei Ling of the Harbour School of Strategy was more cautious. Asked whether the pact was an alliance, she replied: "An alliance needs trust, and trust takes years."'];
    expect(speakerOf(text, 'trust takes years')).toBe('Tan Mei Ling');
  });

  it('a two-word title and a body joined by "for"', () => {
    const text = ['Senior Lecturer Mara Olsen of the Estmark Institute for Harbour Studies was more cautious. Asked whether the deal was a turning point, she replied: "It is a step, not a turn."'];
    expect(speakerOf(text, 'not a turn')).toBe('Mara Olsen');
  });

  it('a pronoun of the other sex does not take the long subject', () => {
    const text = ['Senior Lecturer Mara Olsen of the Estmark Institute for Harbour Studies was more cautious. Asked whether the deal was a turning point, he replied: "It is a step, not a leap."'];
    expect(speakerOf(text, 'not a leap')).not.toBe('Mara Olsen');
  });
});
