import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

// A document someone else owns, telling someone, whoever is told: the words are the document's, never the subject's
// who released or sent it (`owned-document-telling.ts`).
it("gives no one the words of a late father's letter the subject released, telling a body to act", () => {
  const got = speakers(['Marta Quell published her late uncle\'s letter telling the trustees to "keep the orchard open to all."']);
  expect(got.get('keep the orchard open to all')).toBeNull();
});

it('gives no one the words of a note from a doctor the subject sent, telling a court that he was unwell', () => {
  const got = speakers(['Doran Fisk sent a note from his physician telling the tribunal that he was "too ill to sit for weeks".']);
  expect(got.get('too ill to sit for weeks')).toBeNull();
});

it('still credits the subject with a letter of his own telling a body to act', () => {
  const got = speakers(['Doran Fisk released his letter telling the trustees to "keep the orchard open to all."']);
  expect(got.get('keep the orchard open to all')).toBe('Doran Fisk');
});

it('still credits the subject with a letter sent from the place he is in (prison, a hospital bed)', () => {
  const got = speakers(['Doran Fisk sent a letter from prison telling the trustees to "keep the orchard open to all."']);
  expect(got.get('keep the orchard open to all')).toBe('Doran Fisk');
});
