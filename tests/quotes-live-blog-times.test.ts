import { describe, expect, it } from 'vitest';
import { timeStampEnd } from '../src/quotes/time-stamps.ts';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: a live blog's entries, each headed by its time.
describe("a live blog's entry time at a paragraph's head is a label, not the sentence's subject", () => {
  it('finds the speaker named first in a timed entry for a pronoun in the paragraph after', () => {
    const paragraphs = [
      '**11:05** Ji-won Seo, a lecturer at the Harbour College of Law, told our programme the ruling came as no surprise.',
      '"The judges had signalled this for months," she said.',
    ];
    expect(speakerOf(paragraphs, 'The judges had signalled')).toBe('Ji-won Seo');
  });

  it('reads a stamp with a clock word, a zone or a dash, bold or plain', () => {
    const paragraphs = ['9.40pm GMT - Ari Tanaka said the count was slow.', '"Nobody is leaving until it is done," he said.'];
    expect(speakerOf(paragraphs, 'Nobody is leaving')).toBe('Ari Tanaka');
    expect(timeStampEnd('**14:52 (Seoul)** Ari Tanaka said')).toBe('**14:52 (Seoul)** '.length);
  });

  it('leaves a number that begins a sentence alone', () => {
    expect(timeStampEnd('12:30 was when the doors opened.')).toBe(0);
    expect(timeStampEnd('3.25 million people voted, officials said.')).toBe(0);
    expect(timeStampEnd('Ari Tanaka said at 10:15 that he was tired.')).toBe(0);
  });
});
