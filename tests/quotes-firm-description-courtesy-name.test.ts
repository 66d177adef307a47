import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { describedFirm } from '../src/quotes/firm-description.ts';

// Passages written for these tests (invented names and firms): "the company" points back to the one firm named
// before it; a name opened by a courtesy title ("Ms Roe") is a person's, and leaves that firm the only one.
describe('"the company" past a name with a courtesy title', () => {
  it('links "the company" to the firm named the sentence before, past "Ms Surname"', () => {
    const paras = [
      'Residents met on Monday to oppose the new timetable.',
      'Harrow Line Shipping sent nobody to the meeting. In a letter read out by Ms Dunmore, the company said it had “nothing left to do except cut the late routes.”',
    ];
    expect(speakerOf(paras, 'nothing left to do except cut')).toBe('Harrow Line Shipping');
  });
  it('still finds no one firm when two bodies are named', () => {
    const text = 'Harrow Line Shipping and Talbrook Systems met the council. Later the company';
    expect(describedFirm(text, text.length - 'the company'.length, null)).toBeNull();
  });
  it('passes over "Mr Surname" and "Dr Surname" alike', () => {
    const text = 'Brenmoor Systems shut its plant, Mr Okafor and Dr Lind said. Later the company';
    expect(describedFirm(text, text.length - 'the company'.length, null)).toBe('Brenmoor Systems');
  });
});
