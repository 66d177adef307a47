import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a surname opened by a particle of two words ("de la", "von der"), written
// later without its given name and in lower case, is the one named in full before.
describe('a surname opened by a particle of two words, written alone', () => {
  it('`"...," de la Fuente said.` after "Ana de la Fuente" is hers', () => {
    const paras = ['Ana de la Fuente, a port economist in Valdoria, doubts the plan will hold.', '"Nobody has priced the risk," de la Fuente said.'];
    expect(speakerOf(paras, 'priced the risk')).toBe('Ana de la Fuente');
  });
  it('`"...," de los Santos said.` beside another named in full is his', () => {
    const paras = ['Ana Brisk met Piet de los Santos at the dock in Orsk.', '"The boats are older than the captains," de los Santos said.'];
    expect(speakerOf(paras, 'older than the captains')).toBe('Piet de los Santos');
  });
});
