import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: a father and daughter of one surname, the daughter brought in with a title before her name.
describe('"His daughter, Dr. NAME" makes her the younger, so "the elder SURNAME" is her father', () => {
  it('credits the father on "the elder SURNAME" before or after the quote', () => {
    const paragraphs = [
      'Dr. Ivo Talvik served as a consul in the 1980s. "We were close then," Talvik said.',
      'His daughter, Dr. Mira Talvik, an economist, disagrees. "Not really," she said.',
      'The elder Talvik smiled. "She knows the numbers," he said.',
      '"I only know the people," the elder Talvik said.',
    ];
    expect(speakerOf(paragraphs, 'She knows the numbers')).toBe('Ivo Talvik');
    expect(speakerOf(paragraphs, 'I only know the people')).toBe('Ivo Talvik');
    expect(speakerOf(paragraphs, 'Not really')).toBe('Mira Talvik');
  });
});
