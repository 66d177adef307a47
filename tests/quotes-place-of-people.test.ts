import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an office named with the country ("the President of Estonia") after the
// text gave the person that office with the people's adjective ("Estonian President Omar Kask").
describe('"the President of <country>" is the one the text called "<people> President"', () => {
  it('goes to the person the text titled with the adjective', () => {
    const paras = ['Estonian President Omar Kask met the Latvian delegation in Tartu.', '"We will build the bridge together," the President of Estonia said after the talks.'];
    expect(speakerOf(paras, 'build the bridge')).toBe('Omar Kask');
  });
  it('stays unnamed when the text never gave anyone that office', () => {
    const paras = ['Omar Kask met the Latvian delegation in Tartu.', '"We will build the bridge together," the President of Estonia said after the talks.'];
    expect(speakerOf(paras, 'build the bridge')).not.toBe('Omar Kask');
  });
  it('does not go to the president of another country', () => {
    const paras = ['Latvian President Ivo Tamm met the Estonian delegation in Riga.', '"We will build the bridge together," the President of Estonia said after the talks.'];
    expect(speakerOf(paras, 'build the bridge')).not.toBe('Ivo Tamm');
  });
});
