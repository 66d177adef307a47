import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a name with where the person is from in lowercase words, then words set off.
describe('`NAME of the opposition, who ..., said ... "..."` is NAME\'s', () => {
  it('with a who-clause set off', () => {
    expect(speakerOf(['Rep. Mira Sollen of the opposition, who also attended, said the briefing had been "thin on evidence".'], 'thin on evidence')).toBe('Mira Sollen');
  });
  it('with a role set off and a colon', () => {
    expect(speakerOf(['Mira Sollen of the union, a former crane driver, told reporters: "We load what we are told."'], 'We load what we are told')).toBe('Mira Sollen');
  });
  it('not a lowercase phrase that is no place of belonging before the verb ("NAME of the opposition said" reads as before)', () => {
    expect(speakerOf(['Mira Sollen of the opposition said the briefing had been "thin on evidence".'], 'thin on evidence')).toBe('Mira Sollen');
  });
});
