import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits "that the <description>, NAME, called "..."" to the name set off by commas', () => {
  const got = speakers(['The vote reversed years of policy toward Norland, a country that the party\'s last nominee, Carl Hume, called "our greatest rival."']);
  expect(got.get('our greatest rival')).toBe('Carl Hume');
});

it('credits "that <long title> NAME called "..."" when the title runs to several capitalised words', () => {
  const got = speakers(['And in a recording that U.S. District Judge Ann B. Vos called "distasteful," the host spoke of a fight.']);
  expect(got.get('distasteful')).toBe('Ann B. Vos');
});

it('leaves the words with no one when the description has no name in apposition, or a possessive names another', () => {
  const got = speakers([
    'The budget was cut, a move that the mayor, who had fought it, called "a betrayal."',
    'The deal that the Hume campaign\'s lawyer called "a fraud" was signed.',
  ]);
  expect(got.get('a betrayal')).toBeNull();
  expect(got.get('a fraud')).toBeNull();
});
