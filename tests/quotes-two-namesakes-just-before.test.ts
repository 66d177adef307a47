import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: a paragraph brings in two unrelated people of one surname by full name, the writer flags
// "no relation", and the next paragraph credits a quote to the bare surname. The one named last is no better guess
// than the other, so no one is credited (a wrong speaker is worse than none).
describe('a bare surname after two unrelated namesakes named in the paragraph before', () => {
  const paras = [
    'Two women named Vantreece keep rival tea rooms in Hollowmere.',
    'Odile Vantreece opened hers in 1988. Marguerite Vantreece, no relation, opened hers in 2004.',
    '"Nobody bakes a better scone," Vantreece said of her own rooms.',
  ];
  it('credits neither', () => {
    expect(speakerOf(paras, 'better scone')).toBeNull();
  });
  it('goes on with the one this paragraph names', () => {
    const named = [paras[0]!, paras[1]!, 'Marguerite Vantreece laughed at the idea. "Nobody bakes a better scone," Vantreece said of her own rooms.'];
    expect(speakerOf(named, 'better scone')).toBe('Marguerite Vantreece');
  });
  it('goes on with the one the paragraph before names alone', () => {
    const one = [paras[0]!, 'Odile Vantreece opened hers in 1988. Her rival, no relation, opened hers in 2004.', 'Marguerite Vantreece keeps the other. "Nobody bakes a better scone," Vantreece said of her own rooms.'];
    expect(speakerOf(one, 'better scone')).toBe('Marguerite Vantreece');
  });
});
