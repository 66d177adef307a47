import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a fronted "As X put it" whose adjunct (to whom, where, when) runs long.
describe('"As NAME put it in a note to our reporter NAME2 in July, X is "..."" credits NAME', () => {
  it('an adjunct naming the one told, before the main clause that holds the quote', () => {
    const paras = ['Critics call the channel a mouthpiece. As Ms. Brandvik put it in a note to our reporter Tomas Vell in July, the channel is “a voice the harbour press ignores.” Others disagree.'];
    expect(speakerOf(paras, 'a voice the harbour')).toBe('Brandvik');
  });
  it('a long adjunct of where and when', () => {
    const paras = ['Ilse Brandvik runs the channel. As Brandvik put it in an interview at the Osterby book fair last spring, the channel is “a voice the harbour press ignores.” Others disagree.'];
    expect(speakerOf(paras, 'a voice the harbour')).toBe('Ilse Brandvik');
  });
  it('a long adjunct holding a verb of saying is not read as the credit\'s (other words are told of in it)', () => {
    const paras = ['Critics call the channel a mouthpiece. As Ms. Brandvik put it after her deputy Tomas Vell said otherwise in July, the channel is “a voice the harbour press ignores.” Others disagree.'];
    expect(speakerOf(paras, 'a voice the harbour')).not.toBe('Brandvik');
  });
});
