import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: one person's words, then after a semicolon another's verdict in a word.
describe('a credit before an earlier quote does not reach past a semicolon clause with a subject of its own', () => {
  it('"her husband, NAME, thought it "..."" after a semicolon is not the first speaker\'s', () => {
    const paras = ['Marguerite Pellow said the new bridge was "an eyesore"; her brother, Anselm, thought it "rather handsome"; she added: "He would."'];
    expect(speakerOf(paras, 'rather handsome') ?? '').not.toMatch(/Marguerite/u);
    expect(speakerOf(paras, 'an eyesore')).toBe('Marguerite Pellow');
  });
  it('"his rival, NAME, found it "..."" after a semicolon is not the first speaker\'s either', () => {
    const paras = ['Crispin Vale said the opera was "a marvel"; his rival, Henrietta Soames, found it "interminable".'];
    expect(speakerOf(paras, 'interminable') ?? '').not.toMatch(/Crispin/u);
  });
  it('a semicolon that goes on with the same speaker keeps the credit', () => {
    const paras = ['Marguerite Pellow said the new bridge was "an eyesore"; it was also "far too late".'];
    expect(speakerOf(paras, 'far too late')).toBe('Marguerite Pellow');
  });
});
