import { expect, it } from 'vitest';
import fc from 'fast-check';
import { possessedWords } from '../src/quotes/possessed-words.ts';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

const intro = 'Governor Elena Varga and her rival, Mayor Jonas Brandt, clashed again on Monday.';

it('gives words a noun of speech names to the possessor, not to the one who mocks them', () => {
  const got = speakers([
    intro,
    'Brandt mocked Varga\'s "steady as she goes" slogan at a rally.',
    'Varga laughed off Brandt\'s "grown-up in the room" jibe.',
    'Brandt dismissed Varga\'s "bold new era" as a slogan.',
  ]);
  expect(got.get('steady as she goes')).toBe('Elena Varga');
  expect(got.get('grown-up in the room')).toBe('Jonas Brandt');
  expect(got.get('bold new era')).toBe('Elena Varga');
});

it('gives the content of a possessed promise or claim to its owner', () => {
  const got = speakers([
    intro,
    'Brandt said Varga\'s promise of "lower taxes for all" was empty.',
    'Brandt rejected Varga\'s claim that the harbour was "losing money every day".',
  ]);
  expect(got.get('lower taxes for all')).toBe('Elena Varga');
  expect(got.get('losing money every day')).toBe('Elena Varga');
});

it('leaves the subject\'s own words to the subject', () => {
  const got = speakers([
    intro,
    // A label the subject puts on the other's words, and the subject's verdict on a claim.
    'Brandt said he would not answer what he called Varga\'s "cheap shots".',
    'Brandt\'s aide, Ivo Berg, said Varga\'s claim that the port is failing is "simply untrue".',
    'Varga thanked Brandt for his "kind words" at the dinner.',
  ]);
  expect(got.get('cheap shots')).toBe('Jonas Brandt');
  expect(got.get('simply untrue')).toBe('Ivo Berg');
  expect(got.get('kind words')).toBe('Elena Varga');
});

it('reads a possessive with no noun of speech as no owner\'s words', () => {
  expect(possessedWords('Varga hit back at Brandt\'s ', ' at the rally.')).toEqual({ owner: 'Brandt', said: false });
  expect(possessedWords('Varga repeated her ', ' pledge.')).toBeNull();
  expect(possessedWords('Brandt described Varga\'s plan that the port is failing as ', '.')).toBeNull();
});

it('never takes an owner from lower-case words before the possessive', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z ]{0,30}$/u), (words) => {
      const held = possessedWords(`${words} the town's `, ' slogan.');
      expect(held).toBeNull();
    }),
  );
});

it('gives the words after a possessed noun of speech and an article, or a possessed reply and "was:", to the possessor', () => {
  const got = speakers([
    intro,
    'In a statement, Brandt called Varga\'s assertion of a "clear mandate" over the budget baseless.',
    'Brandt wrote to the council in March. Varga\'s reply was: "Is the harbour open on Sundays or not?"',
  ]);
  expect(got.get('clear mandate')).toBe('Elena Varga');
  expect(got.get('Is the harbour open on Sundays or not?')).toBe('Elena Varga');
});

it('reads a year before the noun of speech as placing the owner\'s words', () => {
  const got = speakers([
    'Governor Ada Varga opened the bridge. Senator Karl Brandt stayed away.',
    'Brandt responded online, quoting Varga\'s own 2019 promise: "No new bridges until the roads are fixed."',
  ]);
  expect(got.get('No new bridges until the roads are fixed')).toBe('Ada Varga');
});
