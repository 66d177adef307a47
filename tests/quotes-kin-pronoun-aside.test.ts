import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for this test: a father named in full, then "His daughter, NAME," who speaks; then "Her father
// was less certain. He remembered, he said, when ... "..."": the father, by the relation the text gave in reverse.
describe('a kin description carried by a "he" that opens the quote\'s sentence', () => {
  it('is the one the text named as that kin of the last speaker', () => {
    const paragraphs = [
      'Pyotr Lomov, 70, poured the concrete for the pad. His daughter, Vera Lomova, is a fuel engineer.',
      'Vera Lomova said she was not worried. “Engineers are engineers,” she said.',
      'Her father was less certain. He remembered, he said, when visitors came and “everyone wore a tie.”',
    ];
    expect(speakerOf(paragraphs, 'everyone wore a tie')).toBe('Pyotr Lomov');
  });
  it('leaves the description when the text never named that kin', () => {
    const paragraphs = [
      'Vera Lomova is a fuel engineer at the pad.',
      'Vera Lomova said she was not worried. “Engineers are engineers,” she said.',
      'Her father was less certain. He remembered, he said, when visitors came and “everyone wore a tie.”',
    ];
    expect(speakerOf(paragraphs, 'everyone wore a tie')).toBe('Her father');
  });
});
