import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a buyer who gives only a title and a family name,
// and a namesake named in full only further on.
describe('a title and family name said to be all the name given is no full name named further on', () => {
  const page = [
    'At the fair in Kellby, a buyer who gave her name only as Mrs Vasko said rents had risen.',
    '"I sell less than I did in spring," Mrs Vasko said.',
    "The town's mayor, Brita Vasko, no relation, said the council would cut stall fees. \"We hear the traders,\" she said.",
  ];
  it('does not hand the titled surname to the namesake named later', () => {
    expect(speakerOf(page, 'I sell less than')).not.toBe('Brita Vasko');
  });
  it('still gives the namesake her own words', () => {
    expect(speakerOf(page, 'We hear the traders')).toBe('Brita Vasko');
  });
});
