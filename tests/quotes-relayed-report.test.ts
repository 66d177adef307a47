import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a medium's ", X reported." after a sentence whose own clause has a speaker
// relays that speaker's words; standing alone after a quote, it credits the medium.
describe('a trailing "X reported" relays the speaker the sentence already has', () => {
  it('`Lund wrote that the port "...", national television reported.` is Lund\'s', () => {
    const paras = ['Ines Lund wrote in the visitors\' book that the port "will never close", Danish state television reported.'];
    expect(speakerOf(paras, 'will never close')).toBe('Ines Lund');
  });
  it('`Lund told Berg that ..., the agency reported.` is Lund\'s, not the agency\'s', () => {
    const paras = ['Ines Lund told Per Berg that the ferry would "sail again by spring", the agency reported.'];
    expect(speakerOf(paras, 'sail again by spring')).toBe('Ines Lund');
  });
  it('a quote with no speaker of its own before it stays the medium\'s', () => {
    const paras = ['"The ferry will sail again by spring," the agency reported.'];
    expect(speakerOf(paras, 'sail again by spring')).toBe('the agency');
  });
});
