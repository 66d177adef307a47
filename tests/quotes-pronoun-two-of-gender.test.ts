import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: two women (or two men) a "she" (or "he") may both mean.
describe('a pronoun that two people of its gender may both mean is given to no one', () => {
  it('reached over a sentence, one named beside another woman is not sure ("The judge, NAME, heard from ... his tenant, NAME2.")', () => {
    const paras = ['The judge, Margaret Quennell, heard from the landlord, Simon Astley, and his tenant, Laura Brisco. "The rent was never paid," he told the court. "It was paid in cash," she said.'];
    expect(speakerOf(paras, 'It was paid in cash')).toBeNull();
  });
  it('two sentences running open on a spokeswoman each: the "she" after them is neither', () => {
    const paras = ["The club's spokeswoman, Janet Fulbeck, said the player had apologised. The league's spokeswoman, Susan Marrow, said the case was closed. \"He is very sorry,\" she said."];
    expect(speakerOf(paras, 'He is very sorry')).toBeNull();
  });
  it('one woman only, reached over a sentence, is still the "she"', () => {
    const paras = ['The judge, Margaret Quennell, heard from the landlord, Simon Astley. "The rent was never paid," he told the court. "Sit down," she said.'];
    expect(speakerOf(paras, 'Sit down')).toBe('Margaret Quennell');
  });
  it('two women in different roles running: the "she" is the last one\'s', () => {
    const paras = ["The club's spokeswoman, Janet Fulbeck, said the player had apologised. The league's chairwoman, Susan Marrow, said the case was closed. \"The matter is over,\" she said."];
    expect(speakerOf(paras, 'The matter is over')).toBe('Susan Marrow');
  });
});
