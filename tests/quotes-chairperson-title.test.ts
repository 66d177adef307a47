import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented bodies and people): "chairperson", the office's word that tells no
// sex, is a person's noun and a title as "chairman" and "chairwoman" are.
describe('"the chairperson" as a subject before a colon', () => {
  const paragraphs = [
    'The Millers Guild struck a calmer note. Its chairperson, Mrs Anna Kerr, said mills had enough wheat.',
    '"There is no need for panic buying," Mrs Kerr said.',
    'She warned, though, that freight was the "real danger." The chairperson explained: "If insurers balk, the cost will go up."',
  ];
  it('is the one the text gave that office', () => {
    expect(speakerOf(paragraphs, 'If insurers balk')).toBe('Anna Kerr');
  });
  it('a title before a name: "Chairperson NAME said"', () => {
    expect(speakerOf(['Chairperson Anna Kerr said the mills were "well stocked for winter".'], 'well stocked')).toBe('Anna Kerr');
  });
});
