import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: invented people and places.
describe('a "he" or "she" after the writer\'s own clause is the one person that clause names', () => {
  it('after a name set off by a role', () => {
    const paragraphs = ['I do not often agree with our councillor, Mara Lind, but she was right when she told your paper that "harbour fees only work if someone collects them."'];
    expect(speakerOf(paragraphs, 'harbour fees')).toBe('Mara Lind');
  });
  it('after a name the preposition takes', () => {
    const paragraphs = ['I do not often agree with Mara Lind, but she was right when she told your paper that "harbour fees only work if someone collects them."'];
    expect(speakerOf(paragraphs, 'harbour fees')).toBe('Mara Lind');
  });
  it('leaves the words to no one when the clause names two', () => {
    const paragraphs = ['I do not often agree with Mara Lind or Ivo Brandt, but she was right when she told your paper that "harbour fees only work."'];
    expect(speakerOf(paragraphs, 'harbour fees')).toBeNull();
  });
  it('leaves the words to no one when the sex does not fit', () => {
    const paragraphs = ['I do not often agree with Mara Lind, but he was right when he told your paper that "harbour fees only work."'];
    expect(speakerOf(paragraphs, 'harbour fees')).toBeNull();
  });
});
