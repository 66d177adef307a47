import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { sourceByClause, sourceClauseSex } from '../src/quotes/speech-manner.ts';

// Passages written for these tests: a source described and kept unnamed by a clause saying so ("who asked that
// his name not be used", "who would not give her name"), then quoted with "he said" / "she said".
describe('a described source whose name is kept back is set up to speak', () => {
  it('`A welder from Hull, who asked that his name not be used because ..., was angrier. "...," he said.`', () => {
    const paras = ['The shipyard closed its gates on Friday.', 'A welder from Hull, who asked that his name not be used because he hopes to be rehired, was angrier. “They gave us one hour to clear our lockers,” he said.'];
    expect(speakerOf(paras, 'one hour to clear')).toBe('a welder from Hull');
  });
  it('the description opened by "The man who ..." and a comma: the one set off after it', () => {
    const paras = ['The shipyard closed its gates on Friday.', 'The man who sold me coffee at the gate, a former riveter who asked that his name not be used, laughed. “Closed again,” he said.'];
    expect(speakerOf(paras, 'Closed again')).toBe('a former riveter');
  });
  it('"who would not give her name" a paragraph before "she said"', () => {
    const paras = ['The shipyard closed its gates on Friday.', 'Outside the canteen, a cook in a white apron, who would not give her name, was smoking.', '“Forty years of soup, and not a word of thanks,” she said.'];
    expect(speakerOf(paras, 'Forty years of soup')).toBe('a cook in a white apron');
  });
  it('no comma before the clause: "a boy in a red cap who would not give his name"', () => {
    const paras = ['The shipyard closed its gates on Friday.', 'Her grandson, a boy in a red cap who would not give his name, shrugged. “I never liked boats,” he said.'];
    // (Session 48: the kin noun opening the sentence is the one shown, the description set off its role: the same boy.)
    expect(speakerOf(paras, 'never liked boats')).toBe('Her grandson');
  });
  it('the clause tells the sex: a "she said" does not go to the man kept unnamed', () => {
    const paras = ['The shipyard closed its gates on Friday.', 'Ines Corrado runs the canteen. A welder, who would not give his name, was angrier.', '“Forty years of soup,” she said.'];
    expect(speakerOf(paras, 'Forty years of soup')).not.toBe('a welder');
  });
  it('reads the description and the sex', () => {
    expect(sourceByClause('A welder, who spoke on condition that he not be named, said the yard was finished.')).toBe('A welder');
    expect(sourceClauseSex('A welder, who spoke on condition that he not be named, said the yard was finished.')).toBe('m');
    expect(sourceClauseSex('A cook who would not give her name was smoking.')).toBe('f');
    expect(sourceByClause('A welder, who gave his name to the police, was arrested.')).toBeNull();
  });
});
