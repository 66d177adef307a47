import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (probe state-media reports, session 35): a family name of two letters
// opening a name written family name first is part of the name, not a capitalised description dropped from it.
describe('a two-letter family name first', () => {
  it('"Ri Yong Hwa, vice-premier, said" keeps "Ri"', () => {
    const paras = ['Ri Yong Hwa, vice-premier of the Cabinet, said the new dam was "a proud fruit of collective effort".'];
    expect(speakerOf(paras, 'a proud fruit')).toBe('Ri Yong Hwa');
  });
  it('"Wu Mei Lan said:" keeps "Wu"', () => {
    const paras = ['Wu Mei Lan said: "The harvest will be the largest in ten years."'];
    expect(speakerOf(paras, 'largest in ten years')).toBe('Wu Mei Lan');
  });
});
