import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people).
describe('"A NOUN, also speaking anonymously, was warier."', () => {
  it('sets the described one up to speak, as without "also"', () => {
    const paragraphs = [
      '"That is speculation," said Ruth Imber, a Lisbon economist.',
      'A Danish customs clerk, also speaking anonymously, was warier. "The port will be empty by winter," he said.',
    ];
    expect(speakerOf(paragraphs, 'The port will be empty by winter')).toBe('a Danish customs clerk');
  });
});
