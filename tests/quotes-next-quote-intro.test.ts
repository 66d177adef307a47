import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a quote introduced in its own sentence that ends on a question or
// exclamation mark, then a clause that introduces the next quote ("Vos then wrote back, "...""). That clause
// is the next quote's credit, not a credit after the first quote.
describe('a clause introducing the next quote is no credit of the quote before', () => {
  it('`Roe responds to Vos with, "Why today?" Vos then writes back, "..."` does not give the question to Vos', () => {
    const paras = ['Hilda Roe wrote to her aide, Cora Vos, about the trip.', 'Roe responds to Vos with, "Why today? Was that not on my route to Lisbon?" Vos then writes back, "You look rested."'];
    expect(speakerOf(paras, 'on my route to Lisbon')).not.toBe('Cora Vos');
    expect(speakerOf(paras, 'You look rested')).toBe('Cora Vos');
  });
  it('`Tom Corbin turned to Ada Marsh and asked, "Are you ready?" Marsh answered, "..."` does not give the question to Marsh', () => {
    const paras = ['Tom Corbin turned to Ada Marsh and asked, "Are you ready?" Marsh answered, "Not yet."'];
    expect(speakerOf(paras, 'Are you ready')).not.toBe('Ada Marsh');
    expect(speakerOf(paras, 'Not yet')).toBe('Ada Marsh');
  });
  it('a split quote still credits both halves: `"Yes," Marsh said, "but not now."`', () => {
    const paras = ['Ada Marsh was asked about the vote. "Yes," Marsh said, "but not now."'];
    expect(speakerOf(paras, 'Yes')).toBe('Ada Marsh');
    expect(speakerOf(paras, 'but not now')).toBe('Ada Marsh');
  });
  it('`"Are you ready?" Marsh asked.` still credits Marsh', () => {
    const paras = ['Ada Marsh came in late. "Are you ready?" Marsh asked.'];
    expect(speakerOf(paras, 'Are you ready')).toBe('Ada Marsh');
  });
});
