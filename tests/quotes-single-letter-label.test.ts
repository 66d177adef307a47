import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: an interview set as "Q:" and "A:" lines with the words in quotation marks.
describe('a letter alone before a quote', () => {
  it('is an interview\'s mark, never a speaker: `Q: "..."`', () => {
    const paras = ['Orla Penn kept the Varrow light for twenty years. She talked to our writer, Cas Dune.', 'Q: "Did the storms frighten you?"', 'A: "Never. The tower was older than any storm."'];
    expect(speakerOf(paras, 'storms frighten')).toBeNull();
  });
  it('is no name to parse, with or without a full stop; an initial before a surname still is', () => {
    expect(parseSpeakerPhrase('Q')).toBeNull();
    expect(parseSpeakerPhrase('Q.')).toBeNull();
    expect(parseSpeakerPhrase('J. Roe')?.type).toBe('name');
  });
});

describe('a plural word of kin opening a phrase', () => {
  it('is no part of the name after it: "Brothers Gareth" is Gareth', () => {
    expect(parseSpeakerPhrase('Brothers Tobin')).toMatchObject({ type: 'name', name: 'Tobin' });
    expect(parseSpeakerPhrase('Twins Ama')).toMatchObject({ type: 'name', name: 'Ama' });
  });
  it('so "he" after "Brothers Tobin and Wyn Carrow" goes to Tobin, never to "Brothers Tobin"', () => {
    const paras = ['Brothers Tobin and Wyn Carrow are in court over the mill.', 'Tobin, 50, says the mill was promised to him. "Dad gave me the key in 1990," he said.'];
    expect(speakerOf(paras, 'gave me the key')).not.toMatch(/Brothers/u);
  });
});
