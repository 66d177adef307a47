import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): someone asks a named person something, and the next sentence
// opens with the quote and "he replied": the one asked replies, not the asker.
describe('"X asked NAME whether ... "...," he replied."', () => {
  it('gives the reply to the man asked, past a woman quoted just before', () => {
    const paras = [
      'Martin Kesk, the harbour master, toured the new quay on Monday.',
      'A retired net maker, Liis Aru, was sceptical: "They promised us a quay in 1998 too."',
      'A local reporter asked Kesk whether the ferries would return. "That is exactly why we built it," he replied.',
    ];
    expect(speakerOf(paras, 'That is exactly why we built it')).toBe('Martin Kesk');
  });
  it('leaves a "he said" after the question to the reading it had (the asker may go on)', () => {
    const paras = ['Martin Kesk toured the quay on Monday.', 'Anton Pold asked Kesk whether the ferries would return. "We have waited long enough," he said.'];
    expect(speakerOf(paras, 'We have waited long enough')).not.toBe('Martin Kesk');
  });
  it('does not give a "she replied" to a man asked', () => {
    const paras = ['Martin Kesk toured the quay on Monday with Mari Sepp.', 'A reporter asked Kesk whether the ferries would return. "Not this year," she replied.'];
    expect(speakerOf(paras, 'Not this year')).not.toBe('Martin Kesk');
  });
});
