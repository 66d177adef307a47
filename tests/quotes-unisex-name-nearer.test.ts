import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: invented people and places.
describe('a pronoun never leaps past a nearer person whose first name both sexes bear', () => {
  it('gives "he" to no one past a nearer Sasha', () => {
    expect(speakerOf(['Tomas Brandt owns the dock. Sasha Orlov runs the ferry. "The deal will not last," he said.'], 'The deal')).toBeNull();
  });
  it('gives "she" to no one past a nearer Alex', () => {
    expect(speakerOf(['Mara Lind owns the dock. Alex Orlov runs the ferry. "The deal will not last," she said.'], 'The deal')).toBeNull();
  });
  it('still gives the pronoun to the nearer one of the sex the name tells', () => {
    expect(speakerOf(['Sasha Orlov runs the ferry. Mara Lind owns the dock. "The deal will not last," she said.'], 'The deal')).toBe('Mara Lind');
  });
  it('still gives the pronoun to the one named alone', () => {
    expect(speakerOf(['Sasha Orlov runs the ferry. "The deal will not last," she said.'], 'The deal')).toBe('Sasha Orlov');
  });
  it('leaps past no one when one of the pronoun\'s sex is named in the same sentence as the nearer one', () => {
    const paragraphs = ['The head teacher, Greta Hollis, said a pupil, Danny Fenwick, had asked her: "Why learn Latin?" "It was a fair question," she said.'];
    expect(speakerOf(paragraphs, 'It was a fair question')).toBe('Greta Hollis');
  });
  it('nor when the pronoun\'s own sentence names one of its sex who spoke just before, beside the nearer one', () => {
    const paragraphs = ['Mara Lind said the "port must grow." When Danny Orlov accused Lind of being too close to the shippers, she said "I answered to the town" and no one else.'];
    expect(speakerOf(paragraphs, 'I answered to the town')).toBe('Mara Lind');
  });
});
