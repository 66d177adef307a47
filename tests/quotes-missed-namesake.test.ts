import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { surnameFirstBorneByOther } from '../src/quotes/missed-namesake.ts';

// Passages written for these tests, with invented people and places: a bare surname whose full name the reading
// missed, and a namesake named in full only further down.
const later = 'Chidi Okafor, a fisherman who has worked the bay for 30 years, was unconvinced. "The boats are bigger, that is all," he said.';

describe('a bare surname first borne by someone named in a way the reading missed', () => {
  it('"the former pilot Amaka (Ama) Okafor" ... "said Okafor" is not the Chidi Okafor named further down', () => {
    const got = speakersByQuote([
      'The harbour board met on Tuesday. Its chair, the former pilot Amaka (Ama) Okafor, opened the session.',
      '"The channel is silting faster than anyone admits," said Okafor.',
      'The dredging contract went to a firm from Port Lenna.',
      later,
    ]);
    expect(got.get('The channel is silting faster than anyone admits')).not.toBe('Chidi Okafor');
    expect(got.get('The boats are bigger, that is all')).toBe('Chidi Okafor');
  });
  it('nor after a nickname in quotation marks', () => {
    const got = speakersByQuote([
      'The harbour board met on Tuesday. Its chair, Amaka "Ama" Okafor, opened the session.',
      '"The channel is silting faster than anyone admits," said Okafor.',
      later,
    ]);
    expect(got.get('The channel is silting faster than anyone admits')).not.toBe('Chidi Okafor');
  });
  it('a bare surname used first, with no given name before it, is still the one named in full further down', () => {
    const got = speakersByQuote([
      'The harbour board met on Tuesday.',
      '"The channel is silting faster than anyone admits," said Okafor, who has fished the bay for 30 years.',
      later,
    ]);
    expect(got.get('The channel is silting faster than anyone admits')).toBe('Chidi Okafor');
  });
  it('surnameFirstBorneByOther: a given name before the first use, not a title, not the later name\'s own', () => {
    const names = ['Chidi Okafor'];
    expect(surnameFirstBorneByOther('Amaka (Ama) Okafor spoke. Then Chidi Okafor did.', 'okafor', names)).toBe(true);
    expect(surnameFirstBorneByOther('Captain Okafor spoke. Then Chidi Okafor did.', 'okafor', names)).toBe(false);
    expect(surnameFirstBorneByOther('Chidi (Chi) Okafor spoke. Then Chidi Okafor did.', 'okafor', names)).toBe(false);
    expect(surnameFirstBorneByOther('Chidi Okafor spoke. Amaka (Ama) Okafor did too.', 'okafor', names)).toBe(false);
    expect(surnameFirstBorneByOther('De Blasio spoke. Then Bill de Blasio did.', 'blasio', ['Bill de Blasio'])).toBe(false);
    expect(surnameFirstBorneByOther('For Okafor, a hard year. Then Chidi Okafor spoke.', 'okafor', names)).toBe(false);
  });
});
