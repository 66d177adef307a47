import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: a reported clause whose subject "is
// continuing" something right before the quote says how that thing goes on; the one who said it speaks.
describe('NAME said THING were continuing "..."', () => {
  it('is the one who said it, not the subject of the reported clause', () => {
    const got = speakersByQuote([
      'Tomas Verlan said ferry crossings to the Oskar Islands were continuing "on a reduced timetable".',
      'Speaking in Merrow, the harbourmaster of the port, Ilse Brandvik, said repairs to the Tolling Pier were continuing "without interruption".',
    ]);
    expect(got.get('on a reduced timetable')).toBe('Tomas Verlan');
    expect(got.get('without interruption')).toBe('Ilse Brandvik');
  });
  it('still reads "continued" as speech where the words follow it as speech does', () => {
    const got = speakersByQuote(['Tomas Verlan paused. He continued: "The ferries will run until the ice comes."']);
    expect(got.get('The ferries will run until the ice comes')).toBe('Tomas Verlan');
  });
});
