import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented people: "fellow" before a lowercase noun is the adjective ("a
// fellow passenger"), no role of learning that would make its bearer "the professor".
describe('"the professor" is not one called a fellow passenger', () => {
  it('a fellow passenger is no academic', () => {
    const p = ['Ian Roe, a fellow passenger on the delayed train, said the heating had failed.', '"We sat in our coats for three hours," the professor said.'];
    expect(speakerOf(p, 'We sat in our coats')).not.toBe('Ian Roe');
  });
  it('nor a fellow senator', () => {
    const p = ['Her fellow senator, Dora Kett, said the bill was rushed.', '"Nobody read it," the professor said.'];
    expect(speakerOf(p, 'Nobody read it')).not.toBe('Dora Kett');
  });
  it('a research fellow still is', () => {
    const p = ['Lena Brisk, a research fellow at the Orvin Institute, said the dam was sound.', '"The cracks are cosmetic," the professor said.'];
    expect(speakerOf(p, 'The cracks are cosmetic')).toBe('Lena Brisk');
  });
});
