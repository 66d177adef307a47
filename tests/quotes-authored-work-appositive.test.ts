import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a piece of writing "by" a person named in full opens the sentence, her
// role set off by commas after her name, and what the writing "says" is quoted.
describe('a post by a named author, with her role set off, speaks in her voice', () => {
  it('`A post by Jane Roe, a local blogger with 3,000 followers, says X "..."`', () => {
    const paras = ['The harbour plan has drawn fire online.', 'A post by Tilda Marsh, a local blogger with 3,000 followers, says the mayor “sold the harbour to his friends” last spring.'];
    expect(speakerOf(paras, 'sold the harbour to his friends')).toBe('Tilda Marsh');
  });
  it('`CLAIM: A video shared 9,000 times on Facebook by Jane Roe, a podcaster, says X "..."`', () => {
    const paras = ['We checked two claims about the council.', 'CLAIM: A video shared more than 9,000 times on Facebook by Wendel Price, a podcaster with 50,000 followers, says Mayor Ida Lund “took a bribe from the builders” in March.'];
    expect(speakerOf(paras, 'took a bribe from the builders')).toBe('Wendel Price');
  });
  it('a post "about" a person is not hers: `A post about Jane Roe, a local blogger, says ...` credits no Roe', () => {
    const paras = ['The harbour plan has drawn fire online.', 'A post about Tilda Marsh, a local blogger with 3,000 followers, says the mayor “sold the harbour to his friends” last spring.'];
    expect(speakerOf(paras, 'sold the harbour to his friends')).not.toBe('Tilda Marsh');
  });
});
