import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented people and places): 'NAME founded .... ¶ His grandson, NAME2
// SURNAME, runs it now. SURNAME told reporters .... "...," he said.': news style keeps the bare surname for the one
// named first, but the text is on the relative named just before; whom the reporter's surname means is not told.

describe('a pronoun going on with a bare surname that reports right after its bearer\'s relative', () => {
  it('"His grandson, NAME2 SURNAME, runs it now. SURNAME told reporters .... \'...,\' he said": not the grandfather', () => {
    const got = speakerOf([
      'Anders Holt founded the Pellby tannery in 1949.',
      'His grandson, Nils Holt, runs it now. Holt told reporters the tannery would close in May. "There is no more hide to tan," he said.',
    ], 'There is no more hide to tan');
    expect(got).not.toBe('Anders Holt');
  });

  it('the relative closing the paragraph before, the reporter opening the quote\'s: not the grandfather either', () => {
    const got = speakerOf([
      'Anders Holt founded the Pellby tannery in 1949. His grandson, Nils Holt, runs it now.',
      'Holt told reporters the tannery would close in May. "There is no more hide to tan," he said.',
    ], 'There is no more hide to tan');
    expect(got).not.toBe('Anders Holt');
  });

  it('"... SURNAME told reporters .... \'...,\' SURNAME said": the credit\'s bare surname going on from it, not the grandfather', () => {
    const got = speakerOf([
      'Anders Holt founded the Pellby tannery in 1949.',
      'His grandson, Nils Holt, runs it now. Holt told reporters the tannery would close in May. "There is no more hide to tan," Holt said.',
    ], 'There is no more hide to tan');
    expect(got).not.toBe('Anders Holt');
  });

  it('still: "\'...,\' SURNAME said" after a sentence between that does not open on the surname is the one named first', () => {
    const got = speakerOf([
      'Anders Holt founded the Pellby tannery in 1949.',
      'His grandson, Nils Holt, runs it now. The tannery will close in May. "There is no more hide to tan," Holt said.',
    ], 'There is no more hide to tan');
    expect(got).toBe('Anders Holt');
  });

  it('still: a relative of the other sex than the pronoun leaves the one named first', () => {
    const got = speakerOf([
      'Mayor Ines Holt opened the Pellby fair on Saturday.',
      'Her son, Nils Holt, runs a stall there. Holt told reporters the fair would grow. "We need a bigger field," she said.',
    ], 'We need a bigger field');
    expect(got).toBe('Ines Holt');
  });

  it('still: with no relative of the surname, the reporter before is the one "he" goes on with', () => {
    const got = speakerOf([
      'Anders Holt founded the Pellby tannery in 1949.',
      'His grandson, Nils Brek, runs it now. Holt told reporters the tannery would close in May. "There is no more hide to tan," he said.',
    ], 'There is no more hide to tan');
    expect(got).toBe('Anders Holt');
  });
});
