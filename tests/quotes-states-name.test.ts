import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// "States" capitalised is a country's or a group's name ("the United States", "the Gulf States"), never the
// reporting verb "states": a phrase ending in it is not cut there and read as the speaker.

it('does not read the capitalised "States" of a country as the verb "states"', () => {
  const got = speakersByOpening([
    'Bishop Orel Vanko toured the northern parishes on Tuesday.',
    'His critics in the United States, several of them rich patrons, argue that Bishop Vanko is a "party priest" who favours one side.',
  ]);
  expect(got.get('party priest')).not.toBe('His opponents in the United');
});

it('still reads "states" as a reporting verb', () => {
  const got = speakersByOpening([
    'The Harbour Board states that the quay is "unsafe for big ships" after the storm.',
    'Mayor Tobin Rask states that the quay is "unsafe for any ships" after the storm.',
  ]);
  expect(got.get('unsafe for big')).toBe('the Harbour Board');
  expect(got.get('unsafe for any')).toBe('Tobin Rask');
});
