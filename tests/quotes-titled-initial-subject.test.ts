import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): witnesses a report names only by a title and an initial.
describe('"Mr. J, 40," opening a sentence', () => {
  it('is the subject a later "he said" means', () => {
    const paragraphs = ['"That is speculation," said Ruth Imber, a Lisbon economist.', 'Mr. J, 40, spent six years on trawlers off the Faroes. "We slept in the hold," he said.'];
    expect(speakerOf(paragraphs, 'We slept in the hold')).toBe('J');
  });
  it('so is "Ms. P, a cook known here only by her initial,", not the woman quoted before', () => {
    const paragraphs = ['"That is speculation," said Ruth Imber, a Lisbon economist.', 'Ms. P, a former cook known here only by her initial, left the camp in 2017. "My first thought was my sister," she said.'];
    expect(speakerOf(paragraphs, 'My first thought was my sister')).toBe('P');
  });
});
