import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a fronted phrase of time or place, its comma, then a role of two lowercase
// words before a full name ("On Monday, finance director Mara Olsen was ..."): the named one is the sentence's
// subject, whom a "she said" in the next sentence means, as with a role of one word.
describe('a two-word role before a name after a fronted phrase', () => {
  it('`On Monday, finance director NAME was .... "...," she said.` is NAME\'s', () => {
    const paras = ['On Monday, finance director Mara Olsen was fielding questions from lenders.', '"Every lender asks the same thing," she said.'];
    expect(speakerOf(paras, 'same thing')).toBe('Mara Olsen');
  });
  it('`At the stand, sales director NAME was .... "...," she said.` is NAME\'s', () => {
    const paras = ['At the stand, sales director Lise Aumont was packing brochures.', '"We sold out by noon," she said.'];
    expect(speakerOf(paras, 'sold out')).toBe('Lise Aumont');
  });
});
