import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]): Map<string, string | null> => speakersByOpening(paras, 'p', '2025-05-01');

it('ties "says the caretaker" paragraphs later to the one person the text gave that role', () => {
  const got = speakers([
    'The island has one shop, one school and one light. Edvin Sæther, the caretaker, has kept the light burning since 1998.',
    'The ferry comes twice a week in winter. Children take it to school on the mainland.',
    'The tower has ninety steps. "The lamp does not care about the weather," says the caretaker.',
  ]);
  expect(got.get('The lamp does')).toBe('Edvin Sæther');
});

it('ties it when the role stands before the name without commas ("the shopkeeper Ole Brun")', () => {
  const got = speakers([
    'On the quay, the shopkeeper Ole Brun counts the crates.',
    'Two buses wait for the boat that will not come today.',
    '"Storms used to be rarer," the shopkeeper says.',
  ]);
  expect(got.get('Storms used to')).toBe('Ole Brun');
});

it('ties no one when two people hold the role, or someone unnamed was brought in by it', () => {
  const got = speakers([
    'Edvin Sæther, the caretaker, lives by the school. Tor Lie, the caretaker at the harbour, lives by the quay.',
    'The winter was hard on both buildings.',
    '"Nothing works when it freezes," says the caretaker.',
  ]);
  expect(got.get('Nothing works when')).not.toBe('Edvin Sæther');
  const other = speakers([
    'Edvin Sæther, the caretaker, lives by the school. A caretaker from the next village helps in winter.',
    'The winter was hard on the building.',
    '"Nothing works when it freezes," says the caretaker.',
  ]);
  expect(other.get('Nothing works when')).not.toBe('Edvin Sæther');
});

it('gives words to the name set beside "One analyst" even when the name carries its firm', () => {
  const got = speakers(['One analyst, Petra Lund of Osprey Securities, called the merger "the cheapest growth story in shipping."']);
  expect(got.get('the cheapest growth')).toBe('Petra Lund');
});

it('ties "the stationmaster" to no one when another stationmaster, set apart by other words, came in since', () => {
  const got = speakers([
    'Ivan Petrov, the stationmaster at Osten, has seen few trains this year. "Two a week," Petrov says.',
    'Across the river, we reach the Norland stationmaster by phone. He is gloomy.',
    '"Nothing has changed," says the stationmaster.',
  ]);
  expect(got.get('Nothing has changed')).not.toBe('Ivan Petrov');
});
