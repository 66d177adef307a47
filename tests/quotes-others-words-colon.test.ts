import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { othersWordsBeforeColon } from '../src/quotes/others-words-colon.ts';

// Passages written for these tests: a clause before a colon whose subject hands on another's words: an
// interpreter who "translated his reply", one who remembers "the advice her teacher gave her". Nobody is credited;
// never the one who hands them on.
describe('words handed on before a colon', () => {
  it('`The envoy\'s interpreter, X, translated his reply: "..."` is not X\'s', () => {
    const paras = ['The envoy’s interpreter, Lumi Sandvik, translated his reply: “We are not in a hurry.”'];
    expect(speakerOf(paras, 'not in a hurry')).toBeNull();
  });
  it('a plainly named subject who translates a letter or a reply does not take its words', () => {
    const letter = ['The hearing resumed on Tuesday.', 'Ilse Brandt translated the letter for the court: ‘I never agreed to sell the orchard, and I will not sign now.’'];
    expect(speakerOf(letter, 'sell the orchard')).toBeNull();
    const reply = ['Ilse Brandt translated his reply: “We will wait for the harvest.”'];
    expect(speakerOf(reply, 'wait for the harvest')).toBeNull();
    // (Her own words before a colon stay hers.)
    const own = ['Ilse Brandt told the court: “I never saw the letter.”'];
    expect(speakerOf(own, 'never saw the letter')).toBe('Ilse Brandt');
  });
  it('`X remembered the advice his coach, Y, gave him: "..."` is not X\'s', () => {
    const paras = ['Sprinter Hallvard Moe remembered the advice his coach, Gunn Tveit, gave him at twelve: “Run through the line.”'];
    expect(speakerOf(paras, 'Run through the line')).not.toBe('Hallvard Moe');
  });
  it('`X recalled the words her grandmother wrote on the door: "..."` is not X\'s', () => {
    const paras = ['Potter Esme Radley recalled the words her grandmother wrote on the kiln door: “Slow fire, strong pot.”'];
    expect(speakerOf(paras, 'Slow fire')).not.toBe('Esme Radley');
  });
  it('keeps a subject who gives advice of their own', () => {
    const paras = ['Gunn Tveit gave the juniors some advice: “Run through the line.”'];
    expect(speakerOf(paras, 'Run through the line')).toBe('Gunn Tveit');
  });
  it('reads the handing on', () => {
    expect(othersWordsBeforeColon('The interpreter, Lumi Sandvik, translated his reply: ')).toBe(true);
    expect(othersWordsBeforeColon('Moe remembered the advice his coach, Gunn Tveit, gave him at twelve: ')).toBe(true);
    expect(othersWordsBeforeColon('Gunn Tveit gave the juniors some advice: ')).toBe(false);
  });
});
