import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('gives words one remembers another shouting to the one remembered, not the one remembering', () => {
  const got = speakers([
    'Corporal Ivo Mattsen said he remembered his sergeant, Rune Aldahl, shouting: "Stay low!"',
    'The nurse, Britta Holm, recalled a porter saying: "The lift is stuck again."',
  ]);
  expect(got.get('Stay low!')).toBe('Rune Aldahl');
  expect(got.get('The lift is stuck again')).not.toBe('Britta Holm');
});

it('gives words a relative "in" a place told the reporter to the relative, or to no one, not the reporter', () => {
  const got = speakers(['Sunna Vell, who left the island in 2019, said her cousin in the North had once told her: "We sell the boats in winter."']);
  expect(got.get('We sell the boats in winter')).not.toBe('Sunna Vell');
});

it('gives "X said the minister\'s words to her were:" to the minister', () => {
  const got = speakers([
    'Former clerk Marit Oddsen said the minister\'s words to her were: "Shred the file."',
    'Oddsen said later: "I kept a copy."',
  ]);
  expect(got.get('Shred the file')).toBe('the minister');
  expect(got.get('I kept a copy')).toBe('Marit Oddsen');
});

it('does not read a possessed answer weighed by a quoted phrase as the possessor\'s words', () => {
  const got = speakers(['A senior aide told the radio station that the ministry\'s answer was "the usual one".']);
  expect(got.get('the usual one')).not.toBe('the ministry');
});
