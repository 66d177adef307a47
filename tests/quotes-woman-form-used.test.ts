import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { manTitleTellsMan } from '../src/quotes/woman-form-used.ts';

// Passages written for these tests: a "spokesman" and a "spokeswoman" of two bodies, then "she said".
describe('a "-man" title is a man\'s in a text that uses its "-woman" form', () => {
  it('"she" after a spokesman and a spokeswoman is not the spokesman', () => {
    const paras = ['A spokesman for the coastguard said the boat sank at dawn, while a spokeswoman for the owners said it was sound. "The hull was cracked," the coastguard spokesman said. "It passed every test," she said.'];
    expect(speakerOf(paras, 'It passed every test') ?? '').not.toMatch(/coastguard/u);
  });
  it('with no "-woman" form in the text, "she" may still go back to a spokesman', () => {
    const paras = ['A spokesman for the lifeboat station said the crew was safe. "They are all home," the spokesman said. "Nobody was hurt," she said.'];
    expect(speakerOf(paras, 'Nobody was hurt')).toMatch(/spokesman/u);
  });
  it('tells the forms apart', () => {
    expect(manTitleTellsMan('spokesman', 'a spokeswoman for the club')).toBe(true);
    expect(manTitleTellsMan('chairman', 'the chairwomen of two boards')).toBe(true);
    expect(manTitleTellsMan('spokesman', 'a spokesperson for the club')).toBe(false);
    expect(manTitleTellsMan('fisherman', 'a fisherwoman')).toBe(false);
  });
});
