import { describe, expect, it } from 'vitest';
import { timeStampEnd } from '../src/quotes/time-stamps.ts';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: a podcast's transcript highlights, each turn headed by its position in the recording.
describe("a recording's position in brackets at a paragraph's head is a label, not the turn's first words", () => {
  it('reads the bold name label after a bracketed stamp as the speaker of the quoted turn', () => {
    const paragraphs = [
      'Hosts Mara Olsen and Pell Olsen talk through the week in harbour news.',
      '**[00:03:12] Mara Olsen:** "We taped this before the vote, so forgive us if it ages badly."',
      '**[00:03:20] Pell Olsen:** "It always ages badly. That is the job."',
    ];
    expect(speakerOf(paragraphs, 'We taped this')).toBe('Mara Olsen');
    expect(speakerOf(paragraphs, 'It always ages')).toBe('Pell Olsen');
  });

  it('reads stamps with or without hours, in square or round brackets', () => {
    expect(timeStampEnd('[00:04:32] Mara Olsen: "Yes."')).toBe('[00:04:32] '.length);
    expect(timeStampEnd('(12:40) Pell Olsen asks a question.')).toBe('(12:40) '.length);
    expect(timeStampEnd('**[01:02:03]** Pell Olsen reads a letter.')).toBe('**[01:02:03]** '.length);
  });

  it('leaves a bracketed aside that is not a clock alone', () => {
    expect(timeStampEnd('[Laughter] Mara Olsen went on.')).toBe(0);
    expect(timeStampEnd('(2019) was the year it began.')).toBe(0);
  });
});
