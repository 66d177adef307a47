import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('a bare "a spokesman" in a list item whose label names a body', () => {
  const paras = [
    "**What they're saying:**",
    "- **Marlow's water ministry:** It will act \"within days,\" a spokesman said.",
    '- **On the menu:** Fish was served "with pride," a spokesman said.',
  ];
  it('is that body\'s spokesman', () => {
    expect(speakerOf(paras, 'within days')).toBe("a spokesman for Marlow's water ministry");
  });
  it('a label naming no body leaves the credit as it is', () => {
    expect(speakerOf(paras, 'with pride')).toBe('a spokesman');
  });
});
