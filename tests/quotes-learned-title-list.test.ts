import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): a panel's speakers listed with semicolons, two of them of
// one family name, one a doctor and one an ambassador; later "Dr. X" is the doctor, though she never spoke under
// her full name and the list's reading of the ambassador's description ran on into her item.
describe('"Dr. X" after a semicolon list naming "Ambassador A X; Dr. B X, ..."', () => {
  const opening = 'The seminar was chaired by Hana Piel and heard Ambassador (ret.) Oskar Lindgard, a former envoy to Chile; Dr. Mette Lindgard, a fellow at the centre (no relation to the ambassador); and Dr. Ivo Sund.';
  it('the credit "Dr. X said"', () => {
    const paras = [opening, 'Ambassador Lindgard spoke first. "We misread the signals," he said.', '"What we saw was a wish list," Dr. Lindgard said.'];
    expect(speakerOf(paras, 'wish list')).toBe('Mette Lindgard');
    expect(speakerOf(paras, 'misread the signals')).toBe('Oskar Lindgard');
  });
  it('the subject before "she said"', () => {
    const paras = [opening, 'Dr. Lindgard took a different view. "It was a wish list," she said.'];
    expect(speakerOf(paras, 'wish list')).toBe('Mette Lindgard');
  });
});
