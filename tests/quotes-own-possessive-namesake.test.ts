import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: an unrelated woman and man of one surname,
// both heard before, then a bare surname crediting a quote with "his own" or "her own" after the verb.
const base = [
  '"Every new friend costs us bread," said Dr Wanja Kerubo, a political scientist at the Lakeside Institute. "Wheat is our foreign policy," she said.',
  'In Portsea, grain importer Daniel Kerubo, no relation, sees the same pictures. "The insurers read the news first," he said.',
  'The state spokesman, Ivo Tarn, said the government had "no cause for alarm".',
  'For the importers, the calendar matters more than the communiques. The short rains start in October.',
];
describe('"SURNAME said of his own ..." between a woman and a man of the surname', () => {
  it('"his own" is the man', () => {
    const got = speakersByQuote([...base, '"We have maybe ten weeks of stock," Kerubo said of his own firm.']);
    expect(got.get('We have maybe ten weeks of stock')).toBe('Daniel Kerubo');
  });
  it('"her own" is the woman', () => {
    const got = speakersByQuote([...base, '"We have maybe ten weeks of stock," Kerubo said of her own institute.']);
    expect(got.get('We have maybe ten weeks of stock')).toBe('Wanja Kerubo');
  });
  it('no "own": still no one rather than a guess', () => {
    const got = speakersByQuote([...base, '"We have maybe ten weeks of stock," Kerubo said of the firm.']);
    expect(got.get('We have maybe ten weeks of stock')).toBeNull();
  });
});
