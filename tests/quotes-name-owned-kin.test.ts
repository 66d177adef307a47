import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('names "SURNAME\'s wife" as the wife the text brought in by name', () => {
  const got = speakers([
    'Oskar Pryde keeps bees near Tarvik. His wife, Lena Pryde, sells the honey at the market.',
    'He was out with the hives all morning.',
    '"He loves them more than me," Pryde\'s wife said.',
  ]);
  expect(got.get('He loves them more than me')).toBe('Lena Pryde');
});

it('names her when a title stands before her name and she speaks again after a set-up sentence', () => {
  const got = speakers([
    'Sir Oskar Pryde blasted the plan.',
    '"It is a disgrace," the former minister said.',
    'His wife, Lady Lena Pryde, who runs a charity, was just as blunt.',
    '"I have seen the families," she said.',
    'Pryde\'s wife was not finished either.',
    '"My husband has been saying this for a year," she said.',
  ]);
  expect(got.get('My husband has been saying this for a year')).toBe('Lady Lena Pryde');
});

it('leaves the description when two men bear the surname', () => {
  const got = speakers([
    'Oskar Pryde and his brother Tomas Pryde keep bees near Tarvik. His wife, Lena Pryde, sells the honey.',
    '"He loves them more than me," Pryde\'s wife said.',
  ]);
  expect(got.get('He loves them more than me')).toBe("Pryde's wife");
});
