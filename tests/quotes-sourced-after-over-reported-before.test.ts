import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a sentence of reported speech, then a quote
// standing alone whose next sentence says who put it so ("That was how one delegate summed up her speech").
describe('a lone quote after reported speech whose next sentence gives it another source', () => {
  it('is the one described as summing up, not the one who spoke before (across paragraphs)', () => {
    const paras = ['Orla Vennick, the delegate from Strand, spoke first at the congress.', '"We will not sign this year." That was how one observer summed up her speech afterwards.'];
    expect(speakerOf(paras, 'We will not sign')).toBe('one observer');
  });
  it('likewise within a paragraph', () => {
    const paras = ['Orla Vennick said the treaty was dead. "Nobody will sign it." That was how one observer put it later.'];
    expect(speakerOf(paras, 'Nobody will sign')).toBe('one observer');
  });
  it('still goes to the one reporting before when nothing sources it after', () => {
    const paras = ['Orla Vennick said the treaty was dead. "Nobody will sign it." The congress ends on Friday.'];
    expect(speakerOf(paras, 'Nobody will sign')).toBe('Orla Vennick');
  });
});
