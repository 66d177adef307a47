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
  it('not when the quote stands in a later sentence of the item, or the credit runs on past "said"', () => {
    const later = ['- **Dunmore harbour office:** Fishermen reject the plan. "It is a lie," a spokesman said.'];
    expect(speakerOf(later, 'It is a lie')).toBe('a spokesman');
    const runsOn = ['- **Dunmore harbour office:** It will reopen "by spring," a spokesman said, speaking for the ferry union.'];
    expect(speakerOf(runsOn, 'by spring')).toBe('a spokesman');
  });
});
