import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a surname opened by a lowercase particle and double-barrelled ("von
// Harlitz-Öberg"), written later without its given name, credits the quote to the one named in full before.
describe('a double-barrelled surname opened by a particle, written alone', () => {
  it('`"...," von Harlitz-Öberg told the radio.` after the full name is his', () => {
    const paras = [
      'Benedikt von Harlitz-Öberg, a former envoy to Tarnavia, said the venue was chosen with care. "A launch pad is a message," von Harlitz-Öberg told the radio. "It says: we can build together."',
    ];
    expect(speakerOf(paras, 'A launch pad is a message')).toBe('Benedikt von Harlitz-Öberg');
    expect(speakerOf(paras, 'It says: we can build together.')).toBe('Benedikt von Harlitz-Öberg');
  });
  it('`von Harlitz-Öberg said` opening a later paragraph is hers, beside another person named in full', () => {
    const paras = ['Ulla von Harlitz-Öberg met Tomas Rieck at the quay in Ostrava.', 'Von Harlitz-Öberg was unmoved. "Nobody asked the ferrymen," von Harlitz-Öberg said.'];
    expect(speakerOf(paras, 'Nobody asked the ferrymen')).toBe('Ulla von Harlitz-Öberg');
  });
});
