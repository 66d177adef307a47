import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A research firm's client note, credited as "the note said" after the text says whose note it is.
const grain = [
  'Grain prices fell on Monday.',
  'Analysts at Northgate Research said in a client note that they saw no "big shift" in barley flows this year. "Noise, not grain," the note said, adding that the new silo\'s capacity was "a drop in the ocean" for the market.',
];

it('gives "the note said" to the firm whose analysts wrote it', () => {
  expect(speakerOf(grain, 'Noise, not grain')).toBe('Northgate Research');
  expect(speakerOf(grain, 'a drop in the ocean')).toBe('Northgate Research');
});

it('leaves a note with no writer told to no one', () => {
  expect(speakerOf(['The bakery on Quay Street was shut on Monday. A note hung on the door. "Back at noon," the note said.'], 'Back at noon')).toBeNull();
});
