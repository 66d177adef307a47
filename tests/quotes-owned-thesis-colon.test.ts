import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a possessive pronoun and a noun of one's own case ("thesis", "theory",
// "complaint") before a colon.
describe('"Her thesis is stated on the first page: "..."" is the owner\'s', () => {
  it('"Her thesis is stated ...:" after the author is named', () => {
    const paras = ['Mara Velt, a former harbour correspondent for the Brisk Ledger, has written the better book.', 'Her thesis is stated on the first page: “The port was never sold. It was given away.”'];
    expect(speakerOf(paras, 'never sold')).toBe('Mara Velt');
  });
  it('"His complaint was familiar:" after the trader is named', () => {
    const paras = ['Ivo Rusk has traded fish on the Brisk quay for thirty years.', 'His complaint was familiar: “The cranes take the work and the city takes the rent.”'];
    expect(speakerOf(paras, 'cranes take the work')).toBe('Ivo Rusk');
  });
  it('"her book:" is still no owned words (a writing others quote from)', () => {
    const paras = ['Mara Velt, a former harbour correspondent, has written the better book.', 'Her book: “The Quiet Port”, out in May.'];
    expect(speakerOf(paras, 'The Quiet Port')).not.toBe('Mara Velt');
  });
});
