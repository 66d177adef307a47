import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a full name after the quote, then where the person serves, a
// body's name with "of" links of its own ("of the Diocese of Marsh Point"), then the verb: the name speaks.
describe('"...," NAME of the BODY of PLACE said', () => {
  it('a diocese of a place', () => {
    expect(speakerOf(['"Bread is not a weapon," Bishop Gregory Tallin of the Diocese of Marsh Point said in his homily.'], 'Bread is not a weapon')).toBe('Gregory Tallin');
  });
  it('a union of a town, with "told"', () => {
    expect(speakerOf(['"The yard will close by spring," Mara Quell of the Union of Dock Workers of Harlow told reporters.'], 'The yard will close by spring')).toBe('Mara Quell');
  });
  it('a description of a body stays a description', () => {
    expect(speakerOf(['"The yard will stay open," the head of the Union of Dock Workers said.'], 'The yard will stay open')).not.toBe('Union of Dock Workers');
  });
});

describe('two people each with a place', () => {
  it('"NAME of X and NAME2 of Y said" is no one of them alone', () => {
    expect(speakerOf(['"Rye is dear this year," Tom Aldane of Westford and Ida Rowe of Leith said.'], 'Rye is dear this year')).not.toBe('Tom Aldane');
  });
});
