import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe("a possessive's noun of speech whose words are not the owner's", () => {
  it('a "that" clause reporting another\'s words with its own verb of saying is not the owner\'s', () => {
    const paras = [
      'The inquiry into the Marlow levee heard from the site foreman, Oskar Brun, and the engineer, Mara Ostby.',
      'The panel read out Brun\'s further statement that Ostby had told him to "pour the concrete anyway."',
      'Ostby rejected Brun\'s claim that she said "nobody will check."',
    ];
    expect(speakerOf(paras, 'pour the concrete anyway')).not.toBe('Oskar Brun');
    expect(speakerOf(paras, 'nobody will check')).not.toBe('Oskar Brun');
  });
  it('words after a colon answering the owner\'s ("responding to Y\'s claim:") are not Y\'s', () => {
    const paras = ['- Oskar Brun, responding to Mara Ostby\'s claim: "That is simply untrue."'];
    expect(speakerOf(paras, 'That is simply untrue')).not.toBe('Mara Ostby');
  });
  it('the owner still speaks in a plain "that" clause or after a plain colon', () => {
    const paras = [
      'The panel read out Oskar Brun\'s further statement that the pour had been "rushed from the start."',
      'Mara Ostby rejected Brun\'s claim: "The levee was never at risk."',
    ];
    expect(speakerOf(paras, 'rushed from the start')).toBe('Oskar Brun');
    expect(speakerOf(paras, 'The levee was never at risk')).toBe('Oskar Brun');
  });
});
