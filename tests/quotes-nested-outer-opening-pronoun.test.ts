import { describe, expect, it } from 'vitest';
import { quoteOpeningWith, speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a quote holding another's words in single marks ('"He told me, '...,' and then
// he left," said NAME.'), and a sentence opening on "But he recalls a conversation with a younger colleague" before
// it: the outer words are the one credited; the inner words are never given to that one.
describe('quotes nested in quotes: the outer is the credited one\'s, the inner never is', () => {
  it('the outer quote goes to the name credited after it, the inner to no one', () => {
    const paras = ["\"He told me, 'We will not go back,' and then he left,\" said Vera Holm."];
    expect(speakerOf(paras, 'He told me')).toBe('Vera Holm');
    const inner = quoteOpeningWith(paras).get('We will not go back').speaker;
    expect(inner).not.toBeUndefined();
    expect(inner).not.toBe('Vera Holm');
  });

  it('one brought in after an opening "he" is not the one that "he" means', () => {
    const paras = [
      'Ivo Tamm, a geologist at a Tarnby institute, says his colleagues were surprised.',
      "Tamm stresses that he has seen no plans. But he recalls a talk with a younger colleague after the visit. \"She told me, 'At least someone still wants our drills,'\" he says. \"It was a joke, but not entirely.\"",
    ];
    expect(speakerOf(paras, 'She told me')).toBe('Ivo Tamm');
    expect(speakerOf(paras, 'It was a joke')).toBe('Ivo Tamm');
    const inner = quoteOpeningWith(paras).get('At least someone').speaker;
    expect(inner).not.toBeUndefined();
    expect(inner).not.toBe('Ivo Tamm');
  });

  it('a described person opening the sentence before is still one "he" may mean', () => {
    const paras = ['Ivo Tamm says his colleagues were surprised.', 'A younger colleague disagreed. "It was a joke," he says.'];
    expect(speakerOf(paras, 'It was a joke')).not.toBe('Ivo Tamm');
  });
});
