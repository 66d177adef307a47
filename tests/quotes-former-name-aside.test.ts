import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a medium's old name set off after its new one, before the subject.
describe('", previously known as Twitter," set off before the subject is read past', () => {
  it('`In a post on X, previously known as Twitter, the minister, NAME, said ... "..."`', () => {
    const paras = ['In a post on X, previously known as Twitter, the minister, Anke Smulders, said the figures were "a disgrace."'];
    expect(speakerOf(paras, 'a disgrace')).toBe('Anke Smulders');
  });
  it('`wrote on X, formerly Twitter, that ...`', () => {
    const paras = ['Noor Zwart wrote on X, formerly Twitter, that she would "not be silenced by anyone."'];
    expect(speakerOf(paras, 'not be silenced by anyone')).toBe('Noor Zwart');
  });
});
