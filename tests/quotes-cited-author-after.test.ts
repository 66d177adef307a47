import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented scholars and works): an author-year citation in brackets right after
// a quote that no verb of its sentence credits ('... reads the letters differently: "..." (Oksen 2020: 12).') is
// the cited author's, when the text names one person in full with that surname.
describe('an author cited by surname and year right after the quote', () => {
  it('credits the one person of that surname the text names in full', () => {
    const got = speakersByQuote([
      "Ansel Brandt's history of the salt guilds is the usual starting point.",
      'Mira Oksen, writing a decade later, reads the same letters differently: "What looks like greed from the shore looks like hunger from the boats" (Oksen 2020: 12).',
    ]);
    expect(got.get('What looks like greed from the shore looks like hunger from the boats')).toBe('Mira Oksen');
  });

  it('so with a comma and pages: "(SURNAME, YEAR, p. N)"', () => {
    const got = speakersByQuote([
      'The harbour records were first read closely by Tove Lindahl.',
      'Her verdict on the guilds was harsh: "They sold every promise twice" (Lindahl, 2011, p. 40).',
    ]);
    expect(got.get('They sold every promise twice')).toBe('Tove Lindahl');
  });

  it('no one for two authors cited together', () => {
    const got = speakersByQuote([
      'Mira Oksen and Ansel Brandt wrote the standard survey.',
      'The guilds, on this reading, were always the same: "patient creditors of every prince" (Oksen and Brandt 2018: 3).',
    ]);
    expect(got.get('patient creditors of every prince')).toBeNull();
  });

  it('no one when two people the text names in full bear the surname', () => {
    const got = speakersByQuote([
      'Mira Oksen and her brother Per Oksen both wrote on the guilds.',
      'The guilds, on this reading, were always the same: "patient creditors of every prince" (Oksen 2018: 3).',
    ]);
    expect(got.get('patient creditors of every prince')).toBeNull();
  });
});
