import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a clause joined by "and" after another clause with a verb of asking or
// telling, its own named subject opening the quotation with "said,".
describe('a named subject of a joined clause speaks the quote its verb opens', () => {
  it('`A voter asked for a photo and Roe said, "..."`', () => {
    const paras = ['Mayor Dana Whitlock toured the harbor on Monday.', 'At one point, a fisherman asked for a photo and Whitlock said, “as long as the tide stays out.”'];
    expect(speakerOf(paras, 'the tide stays out')).toBe('Dana Whitlock');
  });
  it('`Roe said Kask and Vos said, "..."` stays uncredited (the names may be inside what Roe reports)', () => {
    const paras = ['Mayor Dana Whitlock toured the harbor on Monday with Ivo Tamm and Mara Lind.', 'Whitlock said Tamm and Lind said, “The harbor needs dredging.”'];
    expect(speakerOf(paras, 'needs dredging')).not.toBe('Mara Lind');
  });
});
