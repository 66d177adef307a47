import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Session 56 (h6): a message the inner clause's subject radioed or cabled ("said the tower had radioed: "..."") is
// that subject's words, not the teller's.

it('gives no teller the words another radioed', () => {
  const got = speakerOf(['The pilot, Captain Osvaldo Quiterio, said the tower had radioed: "Hold at four thousand feet."'], 'Hold at four thousand');
  expect(got === null || got === 'the tower').toBe(true);
  expect(speakerOf(['The skipper, Halvor Brekkestad, said his first mate, Arvid Tollefsen, had radioed: "We are taking water."'], 'We are taking water')).toBe('Arvid Tollefsen');
});

it('gives no teller the words of an embassy that cabled', () => {
  const got = speakerOf(['The envoy Corentin Maubrac said the embassy had cabled: "Leave the city tonight."'], 'Leave the city tonight');
  expect(got === null || got === 'the embassy').toBe(true);
});

it('keeps the teller’s words when no inner verb sends them', () => {
  expect(speakerOf(['The pilot, Captain Osvaldo Quiterio, said the tower was "very calm".'], 'very calm')).toBe('Osvaldo Quiterio');
});
