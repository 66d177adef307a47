import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a retired general and his son, an officer brought in with his rank before
// his name ("His son, Major NAME"), then "the younger SURNAME" and "the elder SURNAME".
const paras = [
  'Lt Gen (retd) Colin Varrow, a former director of capability at the Ministry of Defence in Dunmere, said help with engines would matter most. "Give them reliable second stages and you shorten their programme by years," Varrow said.',
  'His son, Major Eliot Varrow, an artillery officer now serving at an alliance headquarters, has written separately on ammunition supply.',
  '"No factory in Europe can match that tempo on its own," the younger Varrow said.',
  '"I would not expect trains full of shells next week," the elder Varrow said.',
];

describe('"the younger SURNAME" when the son was brought in with a military rank before his name', () => {
  it('the younger is the son named after his rank', () => {
    expect(speakerOf(paras, 'match that tempo')).toBe('Eliot Varrow');
  });
  it('the elder is the father', () => {
    expect(speakerOf(paras, 'trains full of shells')).toBe('Colin Varrow');
  });
});
