import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a sentence bringing someone on in turn, its subject after
// its verb ("Next on the line was NAME", "Then came NAME"), has that person at hand for the "he said" after it;
// one described so ("Next was the mayor.") or a place stands between, so the pronoun goes to no earlier speaker.
describe('"Next on the line was NAME"', () => {
  it('a full name after "Next on the line was"', () => {
    const paras = ['"Call us," the host said.', 'Next on the line was Hugo Marsh, 52, a plumber in Leith. "The pipes in this town are older than me," he said.'];
    expect(speakerOf(paras, 'The pipes in this town are older than me')).toBe('Hugo Marsh');
  });
  it('"Then came NAME."', () => {
    const paras = ['Then came Ida Rowe, a teacher. "The roads are bad," she said.'];
    expect(speakerOf(paras, 'The roads are bad')).toBe('Ida Rowe');
  });
  it('a described person brought on so is not the man who spoke before', () => {
    const paras = ['Next on the line was Hugo Marsh, a plumber in Leith. "The pipes are old," he said.', 'Next was the harbour master. "We are ready," he said.'];
    expect(speakerOf(paras, 'We are ready')).not.toBe('Hugo Marsh');
  });
});
