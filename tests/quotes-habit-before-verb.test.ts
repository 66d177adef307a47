import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { subjectBefore } from '../src/quotes/attribution.ts';

// Passages written for these tests: a habit's words ("used to", "always", "liked to") between a described name
// and its verb of saying are no part of the subject; the name set off after the description says the words.
describe('a habit before the verb of saying', () => {
  it('`My old boss at the think tank, NAME, used to say, "..."` is NAME\'s', () => {
    const paras = ['Not much, honestly. My old boss at the think tank, Tomas Vellacourt, used to say, "Never trust a quiet summit." He said it every week.'];
    expect(speakerOf(paras, 'quiet summit')).toBe('Tomas Vellacourt');
  });
  it('`My first editor in Dorvik, NAME, always said, "..."` is NAME\'s', () => {
    const paras = ['My first editor in Dorvik, Marta Ellison, always said, "A headline is a promise."'];
    expect(speakerOf(paras, 'headline is a promise')).toBe('Marta Ellison');
  });
  it('reads the subject past the habit', () => {
    expect(subjectBefore('My old boss in Prague, Tomas Vellacourt, used to ')).toEqual({ phrase: 'My old boss in Prague', appositive: 'Tomas Vellacourt' });
    expect(subjectBefore('Her coach, Ivo Rask, liked to ')?.appositive).toBe('Ivo Rask');
  });
});
