import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a "who" clause of a verb of a manner of speaking closing on the quote's colon.
describe('"was heckled by a farmer, NAME, who shouted: "..."": the antecedent of "who" speaks', () => {
  it('shouted', () => {
    const paras = ['The minister, Bert Kolk, was heckled by a farmer, Gijs Ham, who shouted: "Liar!"'];
    expect(speakerOf(paras, 'Liar')).toBe('Gijs Ham');
  });
  it('snapped, after a plain object', () => {
    const paras = ['Ada Vink turned to her neighbour, Piet Loos, who snapped: "Mind your own business."'];
    expect(speakerOf(paras, 'Mind your own business')).toBe('Piet Loos');
  });
});
