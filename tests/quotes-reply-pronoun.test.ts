import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a "she replied" right after another woman's words.
describe('a pronoun that replies to the words just quoted', () => {
  it('is not the one who spoke them: `"...," Ada Croft told her. "...," she replied.`', () => {
    const paras = ['Ada Croft, 90, met the swimmer Lena Oakes at the harbour.', '"You pulled me out of the water," Croft told her. "Anyone would have done it," she replied.'];
    expect(speakerOf(paras, 'pulled me out')).toBe('Ada Croft');
    expect(speakerOf(paras, 'Anyone would have')).not.toBe('Ada Croft');
  });
  it('nor when the reply opens its sentence: `She answered: "..."`', () => {
    const paras = ['Ada Croft met the swimmer Lena Oakes at the harbour. "Were you scared?" Croft asked her. She answered: "Only afterwards."'];
    expect(speakerOf(paras, 'Only afterwards')).not.toBe('Ada Croft');
  });
  it('keeps a reply to a question the writer put between, in a sentence of its own', () => {
    const paras = ['Ada Croft spoke first. "We will finish the wall," Croft said. She was asked about the cost. "It is covered," she replied.'];
    expect(speakerOf(paras, 'It is covered')).toBe('Ada Croft');
  });
});
